import { type FormEvent, useId, useState } from "react";
import { formatCount } from "../store/formatCount.ts";
import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";

/** The largest generation Go to takes: far past any run (2^62 is a step). */
const MAX_TARGET = 2n ** 100n;

/**
 * The step (2^k generations a Step, and each request while running as fast as possible) and Go
 * to generation, any generation, exactly: HashLife jumps there on the infinite plane, the
 * kernels run there on a grid.
 */
export function HyperspeedControls() {
  const store = useLifeStoreApi();
  const exponent = useLifeStore((s) => s.stepExponent);
  const [target, setTarget] = useState("");
  const [error, setError] = useState<string | null>(null);
  const stepId = useId();
  const stepHintId = useId();
  const goId = useId();
  const errorId = useId();

  const go = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseGeneration(target);
    if (typeof parsed === "string") {
      setError(parsed);
      return;
    }
    setError(store.getState().goToGeneration(parsed));
  };

  return (
    <div className="field-group">
      <label htmlFor={stepId}>Step (2^k generations)</label>
      <input
        id={stepId}
        type="number"
        min={0}
        max={62}
        value={exponent}
        aria-describedby={stepHintId}
        onChange={(event) => store.getState().setStepExponent(Number(event.target.value))}
      />
      <p className="field-hint" id={stepHintId}>
        Each Step runs {formatCount(2n ** BigInt(exponent))} generation{exponent === 0 ? "" : "s"}
        {exponent > 0 && ", and Play runs that many at a time as fast as it can"}.
      </p>
      <form onSubmit={go} className="go-to">
        <label htmlFor={goId}>Go to generation</label>
        <input
          id={goId}
          value={target}
          inputMode="numeric"
          spellCheck={false}
          autoComplete="off"
          placeholder="e.g. 1000000 or 2^40"
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setTarget(event.target.value);
            setError(null);
          }}
        />
        <button type="submit">Go</button>
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}

/** "1,000,000", "1000000" or "2^40" as a bigint, or what is wrong with it. */
export function parseGeneration(text: string): bigint | string {
  const clean = text.replace(/[\s,_]/g, "");
  const power = /^2\^(\d{1,3})$/.exec(clean);
  const value = power
    ? 2n ** BigInt(power[1] as string)
    : /^\d{1,40}$/.test(clean)
      ? BigInt(clean)
      : null;
  if (value === null) return `"${text.slice(0, 40)}" is not a generation: write a number or 2^k`;
  if (value > MAX_TARGET) return `Generation ${text.slice(0, 40)} is past 2^100`;
  return value;
}
