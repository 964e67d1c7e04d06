import { useRef } from "react";
import {
  decodePatternBytes,
  describeReadError,
  MACROCELL_HEADER,
  parseAnyPattern,
  patternFileName,
  writeCells,
} from "../formats/index.ts";
import { isMultiState } from "../rules/Rule.ts";
import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";
import { isUnbounded } from "../store/world/WorldView.ts";
import { encodeRleOffThread, worldStatesRle } from "../worker/codec/index.ts";
import { downloadBlob, downloadText } from "./browser/download.ts";
import { copyToClipboard } from "./browser/systemClipboard.ts";
import { CodecProgress } from "./CodecProgress.tsx";
import { useCodecJob } from "./useCodecJob.ts";

/** The largest file the app reads (a pattern file is text; 64 MiB is far beyond any real one). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Opens RLE, plaintext, Life 1.05/1.06 and Macrocell files, gzipped or not (also by dropping
 * them on the grid), and saves the grid as RLE (download or copy, with the opened file's
 * comments), as .cells (bounded grids) or .mc (the infinite plane), or the view as a PNG, named
 * after the opened pattern ("life" when none was opened). `part` picks what to show:
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
  const { job, run } = useCodecJob();
  const infinite = useLifeStore((state) => state.world.space.kind === "infinite");
  // The infinite plane and a tube or strip write their live cells' box, with its position.
  const unbounded = useLifeStore((state) => isUnbounded(state.world));
  // The RLE is written in the codec worker, with progress and Cancel: a 16384² soup's is
  // hundreds of megabytes.
  const writeRle = async (label: string) => {
    store.setState({ announcement: `${label}…` });
    if (unbounded) {
      // The universe worker has the cells: the bounding box, with its position and generation.
      try {
        return new Blob([await s().infiniteRle()], { type: "text/plain" });
      } catch (error) {
        s().showAlert(`The RLE could not be written: ${(error as Error).message}`);
        return null;
      }
    }
    if (isMultiState(s().rule)) {
      // A multi-state grid's states, written from their bytes on this thread.
      const { states } = await s().gridStates();
      return new Blob([worldStatesRle({ ...s(), states })], { type: "text/plain" });
    }
    // The universe worker has the cells: packed, then written in the codec worker.
    const cells = await s().gridCells();
    return run(label, (onProgress) => encodeRleOffThread({ ...s(), cells }, onProgress));
  };
  const downloadRle = async () => {
    const blob = await writeRle("Writing the RLE");
    if (!blob) return store.setState({ announcement: "RLE download cancelled" });
    downloadBlob(fileName("rle"), blob);
    store.setState({ announcement: "RLE downloaded" });
  };
  const copyRle = async () => {
    const blob = await writeRle("Copying the RLE");
    if (!blob) return store.setState({ announcement: "RLE copy cancelled" });
    const copied = await copyToClipboard(await blob.text());
    s().showAlert(copied ? null : "The browser did not allow copying: use Download RLE instead.");
    if (copied) store.setState({ announcement: "RLE copied to the clipboard" });
  };
  const downloadMacrocell = async () => {
    store.setState({ announcement: "Writing the macrocell…" });
    try {
      const bytes = await s().infiniteMacrocell();
      downloadBlob(fileName("mc"), new Blob([bytes as BlobPart], { type: "text/plain" }));
      store.setState({ announcement: "Macrocell downloaded" });
    } catch (error) {
      s().showAlert(`The macrocell could not be written: ${(error as Error).message}`);
    }
  };
  const exportPng = () => {
    const canvas = document.querySelector<HTMLCanvasElement>("canvas.life-canvas");
    canvas?.toBlob((blob) => blob && downloadBlob(fileName("png"), blob), "image/png");
  };
  if (part === "open") {
    return (
      <label className="button" title="Open an RLE, .cells, Life 1.06 or Macrocell (.mc) file">
        Open
        <input
          ref={input}
          id="open-file"
          className="visually-hidden"
          aria-label="Open pattern file"
          type="file"
          accept=".rle,.cells,.lif,.life,.mc,.txt,.gz,text/plain"
          onChange={(event) => void onFile(event.target.files?.[0])}
        />
      </label>
    );
  }
  return (
    <div className="field-group">
      <div className="button-row">
        <button type="button" disabled={job !== null} onClick={() => void downloadRle()}>
          Download RLE
        </button>
        <button type="button" disabled={job !== null} onClick={() => void copyRle()}>
          Copy RLE
        </button>
        <button
          type="button"
          disabled={unbounded}
          title={unbounded ? "Without a bounded grid, use Download RLE" : undefined}
          onClick={async () => {
            const cells = await s().gridCells();
            downloadText(
              fileName("cells"),
              writeCells({
                width: s().width,
                height: s().height,
                cells: cells.toBytes(),
                comments: s().comments,
              }),
            );
          }}
        >
          Download .cells
        </button>
        <button
          type="button"
          disabled={!infinite}
          title={
            infinite
              ? "The world as a Macrocell file, as Golly writes it"
              : "Macrocell is for the infinite plane: on a grid, use Download RLE"
          }
          onClick={() => void downloadMacrocell()}
        >
          Download .mc
        </button>
        <button type="button" onClick={exportPng}>
          Download PNG
        </button>
      </div>
      <CodecProgress job={job} />
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
  // Gzip-compressed files too; a pattern too big for a grid but sparse opens on the infinite plane.
  let pattern: ReturnType<typeof parseAnyPattern>;
  try {
    const text = await decodePatternBytes(new Uint8Array(await file.arrayBuffer()));
    // A macrocell's nodes are read in the universe worker: it may stand for 10^8 cells.
    if (text.startsWith(MACROCELL_HEADER)) return store.getState().openMacrocell(text, file.name);
    pattern = parseAnyPattern(text);
  } catch (error) {
    return describeReadError(error, file.name);
  }
  return store.getState().openPattern(pattern, file.name);
}
