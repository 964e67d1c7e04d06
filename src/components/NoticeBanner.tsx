import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";

/**
 * Information that is not an error (e.g. why a big grid is not autosaved): read out politely,
 * shown over the grid (never moving it) until dismissed.
 */
export function NoticeBanner() {
  const store = useLifeStoreApi();
  const notice = useLifeStore((s) => s.notice);
  return (
    <div className="notice-region" aria-live="polite">
      {notice && (
        <div className="notice">
          <span>{notice}</span>
          <button
            type="button"
            aria-label="Dismiss notice"
            onClick={() => store.getState().showNotice(null)}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
