import { useId, useState } from "react";
import { copyToClipboard } from "../app/systemClipboard.ts";
import { encodeShareState, ShareLinkError } from "../share/index.ts";
import { useLifeStoreApi } from "../store/useLifeStore.ts";

/**
 * Share: the whole state (cells, rule, topology, size and view) compressed into the link's
 * fragment, shown in a field and copied to the clipboard. No server is involved. The button sits
 * in the header; the link and whether it was copied appear beside it, over the grid.
 */
export function SharePanel() {
  const store = useLifeStoreApi();
  const [link, setLink] = useState("");
  const [note, setNote] = useState("");
  const linkId = useId();
  const share = async () => {
    const s = store.getState();
    try {
      const payload = await encodeShareState({
        width: s.width,
        height: s.height,
        topology: s.topology,
        rule: s.ruleText,
        cells: s.cells.toBytes(),
        view: {
          centerX: (s.canvasWidth / 2 - s.view.panX) / s.view.zoom,
          centerY: (s.canvasHeight / 2 - s.view.panY) / s.view.zoom,
          zoom: s.view.zoom,
        },
      });
      const url = `${window.location.origin}${window.location.pathname}#${payload}`;
      setLink(url);
      const copied = await copyToClipboard(url);
      setNote(copied ? "Copied to the clipboard." : "Copy the link from the field.");
      store.setState({ announcement: copied ? "Share link copied" : "Share link ready" });
    } catch (error) {
      if (!(error instanceof ShareLinkError)) throw error;
      s.showAlert(`Cannot share this grid: ${error.message}`);
    }
  };
  return (
    <div className="share">
      <button type="button" onClick={() => void share()}>
        Share
      </button>
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
