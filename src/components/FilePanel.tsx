import { useRef } from "react";
import { downloadBlob, downloadText } from "../app/download.ts";
import { readPatternText } from "../app/readPatternText.ts";
import { copyToClipboard } from "../app/systemClipboard.ts";
import { worldToRle } from "../app/worldRle.ts";
import { patternFileName, writeCells } from "../formats/index.ts";
import { useLifeStoreApi } from "../store/useLifeStore.ts";

/** The largest file the app reads (a pattern file is text; 64 MiB is far beyond any real one). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Opens RLE, plaintext and Life 1.06 files (also by dropping them on the grid), and saves the
 * grid as RLE (download or copy, with the opened file's comments), as .cells, or the view as a
 * PNG, named after the opened pattern ("life" when none was opened). `part` picks what to show:
 * the Open button (in the header, one click from the first screen) or the save buttons.
 */
export function FilePanel({ part }: { part: "open" | "save" }) {
  const store = useLifeStoreApi();
  const input = useRef<HTMLInputElement>(null);
  const s = () => store.getState();
  const fileName = (extension: string) => patternFileName(s().patternName, extension);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const problem = await openFile(store, file);
    if (problem) s().showAlert(problem);
    if (input.current) input.current.value = "";
  };
  const exportPng = () => {
    const canvas = document.querySelector<HTMLCanvasElement>("canvas.life-canvas");
    canvas?.toBlob((blob) => blob && downloadBlob(fileName("png"), blob), "image/png");
  };
  if (part === "open") {
    return (
      <label className="button" title="Open an RLE, .cells or Life 1.06 file">
        Open
        <input
          ref={input}
          id="open-file"
          className="visually-hidden"
          aria-label="Open pattern file"
          type="file"
          accept=".rle,.cells,.lif,.life,.txt,text/plain"
          onChange={(event) => void onFile(event.target.files?.[0])}
        />
      </label>
    );
  }
  return (
    <div className="field-group">
      <div className="button-row">
        <button type="button" onClick={() => downloadText(fileName("rle"), worldToRle(s()))}>
          Download RLE
        </button>
        <button
          type="button"
          onClick={async () => {
            const copied = await copyToClipboard(worldToRle(s()));
            s().showAlert(
              copied ? null : "The browser did not allow copying: use Download RLE instead.",
            );
            if (copied) store.setState({ announcement: "RLE copied to the clipboard" });
          }}
        >
          Copy RLE
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(
              fileName("cells"),
              writeCells({
                width: s().width,
                height: s().height,
                cells: s().cells.toBytes(),
                comments: s().comments,
              }),
            )
          }
        >
          Download .cells
        </button>
        <button type="button" onClick={exportPng}>
          Download PNG
        </button>
      </div>
    </div>
  );
}

/** Reads a file and opens it as the new world; returns a message when it cannot. */
export async function openFile(
  store: ReturnType<typeof useLifeStoreApi>,
  file: File,
): Promise<string | null> {
  if (file.size > MAX_FILE_BYTES) {
    return `${file.name} is ${Math.round(file.size / 1048576)} MiB: pattern files over ${MAX_FILE_BYTES / 1048576} MiB are not read.`;
  }
  const pattern = readPatternText(await file.text(), file.name);
  if (typeof pattern === "string") return pattern;
  return store.getState().openPattern(pattern, file.name);
}
