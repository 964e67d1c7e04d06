import {
  type ChangeEvent,
  type FormEvent,
  lazy,
  Suspense,
  useEffect,
  useId,
  useState,
} from "react";
import {
  describeRule,
  findPreset,
  parseRule,
  RULE_PRESETS,
  RuleError,
  type RulePreset,
  ruleFamilyName,
} from "../rules/index.ts";
import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";

// The rule editor and CodeMirror load when it is first opened, in chunks of their own.
const RuleEditor = lazy(() =>
  import("./ruleEditor/RuleEditor.tsx").then((module) => ({ default: module.RuleEditor })),
);

/** The presets by family, in the order the families first appear in the list. */
const PRESET_GROUPS: readonly (readonly [family: string, presets: readonly RulePreset[]])[] =
  (() => {
    const groups = new Map<string, RulePreset[]>();
    for (const preset of RULE_PRESETS) {
      const family = ruleFamilyName(parseRule(preset.rulestring).rule);
      const group = groups.get(family) ?? [];
      group.push(preset);
      groups.set(family, group);
    }
    return [...groups];
  })();

/**
 * A preset list, grouped by rule family, and a free-text rulestring. The text is checked as it is typed; Enter (or
 * leaving the field) applies it. A bad rule shows its error inline and the running rule stays.
 */
export function RulePicker() {
  const store = useLifeStoreApi();
  const ruleText = useLifeStore((s) => s.ruleText);
  const rule = useLifeStore((s) => s.rule);
  const [draft, setDraft] = useState(ruleText);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const errorId = useId();
  const presetId = useId();
  const inputId = useId();

  useEffect(() => {
    setDraft(ruleText);
    setError(null);
  }, [ruleText]);

  const validate = (text: string) => {
    try {
      parseRule(text);
      return null;
    } catch (e) {
      if (e instanceof RuleError) return e.message;
      throw e;
    }
  };
  const onInput = (event: ChangeEvent<HTMLInputElement>) => {
    setDraft(event.target.value);
    setError(validate(event.target.value));
  };
  const apply = (event?: FormEvent) => {
    event?.preventDefault();
    if (draft.trim() === ruleText) return;
    const problem = store.getState().setRule(draft);
    setError(problem);
  };
  const preset = findPreset(ruleText);

  return (
    <form className="field-group" onSubmit={apply}>
      <label htmlFor={presetId}>Rule preset</label>
      <select
        id={presetId}
        value={preset?.rulestring ?? ""}
        onChange={(event) => event.target.value && store.getState().setRule(event.target.value)}
      >
        {!preset && <option value="">Custom</option>}
        {PRESET_GROUPS.map(([family, presets]) => (
          <optgroup key={family} label={family}>
            {presets.map((p) => (
              <option key={p.rulestring} value={p.rulestring}>
                {p.name} ({p.rulestring})
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <label htmlFor={inputId}>Rule</label>
      <input
        id={inputId}
        value={draft}
        onChange={onInput}
        onBlur={() => apply()}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        spellCheck={false}
        autoComplete="off"
      />
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : (
        <p className="field-hint">{preset ? preset.description : `${describeRule(rule)}.`}</p>
      )}
      <button type="button" onClick={() => setEditing(true)}>
        Write a rule…
      </button>
      {editing && (
        <Suspense fallback={null}>
          <RuleEditor onClose={() => setEditing(false)} />
        </Suspense>
      )}
    </form>
  );
}
