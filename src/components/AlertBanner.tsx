import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";

/**
 * Errors that are not tied to one field, in a `role="alert"` region, with a way to dismiss them.
 * It is shown over the grid (see `.messages` in styles.css), so it never moves or resizes it.
 */
export function AlertBanner() {
  const store = useLifeStoreApi();
  const alert = useLifeStore((s) => s.alert);
  if (!alert) return null;
  return (
    <div className="alert" role="alert">
      <span>{alert}</span>
      <button type="button" aria-label="Dismiss" onClick={() => store.getState().showAlert(null)}>
        ×
      </button>
    </div>
  );
}
