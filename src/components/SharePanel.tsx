import { useId, useState } from "react";
import { isMultiState } from "../rules/Rule.ts";
import { ShareLinkError } from "../share/index.ts";
import { useLifeStoreApi } from "../store/useLifeStore.ts";
import { isUnbounded } from "../store/world/WorldView.ts";
import { encodeShareOffThread } from "../worker/codec/index.ts";
import { copyToClipboard } from "./browser/systemClipboard.ts";
import { CodecProgress } from "./CodecProgress.tsx";
import { useCodecJob } from "./useCodecJob.ts";

/**
 * The longest link Share makes: 65,536 characters of payload. Browsers take links of a few
 * megabytes, but mail and chat apps cut or refuse long ones; a pattern past this is for Download
 * RLE.
 */
export const MAX_SHARE_LINK_LENGTH = 65_536;

/**
 * Share: the whole state (cells, rule, topology, size and view) compressed into the link's
 * fragment, shown in a field and copied to the clipboard. No server is involved. The button sits
 * in the header; the link and whether it was copied appear beside it, over the grid. The link is
 * made in the codec worker (a big grid's cells take a while to find and compress), with Cancel.
 */
export function SharePanel() {
  const store = useLifeStoreApi();
  const [link, setLink] = useState("");
  const [note, setNote] = useState("");
  const linkId = useId();
  const { job, run } = useCodecJob();
  const share = async () => {
    const s = store.getState();
    const view = {
      centerX: (s.canvasWidth / 2 - s.view.panX) / s.view.zoom,
      centerY: (s.canvasHeight / 2 - s.view.panY) / s.view.zoom,
      zoom: s.view.zoom,
    };
    if (isUnbounded(s.world)) {
      // The infinite plane (or a tube or strip, its suffix in the rule) shares its RLE as a
      // readable `rle` parameter, which opens there.
      try {
        const rle = await s.infiniteRle();
        const url = `${window.location.origin}${window.location.pathname}?rle=${encodeURIComponent(rle)}`;
        if (url.length > MAX_SHARE_LINK_LENGTH) {
          s.showAlert("This pattern is too big for a link: use Download RLE.");
          return;
        }
        setLink(url);
        const copied = await copyToClipboard(url);
        setNote(copied ? "Copied to the clipboard." : "Copy the link from the field.");
        store.setState({ announcement: copied ? "Share link copied" : "Share link ready" });
      } catch (error) {
        s.showAlert(`No link could be made: ${(error as Error).message}`);
      }
      return;
    }
    store.setState({ announcement: "Compressing the pattern for a link…" });
    try {
      // The universe worker has the cells: packed (and a multi-state grid's states a byte a
      // cell), then compressed in the codec worker.
      const grid = isMultiState(s.rule) ? await s.gridStates() : { cells: await s.gridCells() };
      const payload = await run("Compressing the pattern", () =>
        encodeShareOffThread({ ...s, ...grid }, view, { maxPayloadLength: MAX_SHARE_LINK_LENGTH }),
      );
      if (payload === undefined) return store.setState({ announcement: "Share cancelled" });
      const url = `${window.location.origin}${window.location.pathname}#${payload}`;
      setLink(url);
      const copied = await copyToClipboard(url);
      setNote(copied ? "Copied to the clipboard." : "Copy the link from the field.");
      store.setState({ announcement: copied ? "Share link copied" : "Share link ready" });
    } catch (error) {
      if (!(error instanceof ShareLinkError)) throw error;
      store.setState({ announcement: "" });
      s.showAlert(`This pattern is too big for a link (${error.message}): use Download RLE.`);
    }
  };
  return (
    <div className="share">
      <button type="button" disabled={job !== null} onClick={() => void share()}>
        Share
      </button>
      <CodecProgress job={job} />
      {link && (
        <div className="share-popover">
          <label htmlFor={linkId}>Share link</label>
          <input id={linkId} readOnly value={link} onFocus={(event) => event.target.select()} />
          {note && <p className="field-hint">{note}</p>}
          <button type="button" onClick={() => setLink("")}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
