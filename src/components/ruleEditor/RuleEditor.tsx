import { useEffect, useId, useRef, useState } from "react";
import { useLifeStoreApi } from "../../store/useLifeStore.ts";
import { USER_RULE_EXAMPLES } from "../../userRule/examples.ts";
import type { UserRuleProblem } from "../../userRule/index.ts";
import { SandboxProblem } from "../../worker/sandbox/createRuleSandbox.ts";
import { ruleSandbox } from "../../worker/sandbox/ruleSandbox.ts";
import type { CodeEditor } from "./createCodeEditor.ts";
import { ruleOfVerdict } from "./ruleOfVerdict.ts";

const LABEL = "Rule source (JavaScript)";

/**
 * The rule editor: a user writes `gameLogic(state, neighbors)` or a whole cell coroutine in a
 * code editor (CodeMirror, loaded when the editor opens), starting from an example. Check runs
 * it in the rule sandbox and says what it is; Apply makes it the world's rule. A problem is
 * underlined at its line and read out (role="alert"); the running rule stays.
 */
export function RuleEditor({ onClose }: { readonly onClose: () => void }) {
  const store = useLifeStoreApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<CodeEditor | null>(null);
  const [problem, setProblem] = useState<UserRuleProblem | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const titleId = useId();
  const exampleId = useId();

  useEffect(() => {
    dialog.current?.showModal();
    // The sandbox starts while the user reads and writes (it runs nothing yet), so a check, or
    // stopping a rule that loops, is not slowed by its start.
    ruleSandbox.warm();
    let cancelled = false;
    const current = store.getState().rule;
    const start =
      current.family === "user" ? current.source : (USER_RULE_EXAMPLES[0]?.source ?? "");
    import("./createCodeEditor.ts").then(({ createCodeEditor }) => {
      if (cancelled || !host.current) return;
      editor.current = createCodeEditor(host.current, start, LABEL);
      setLoaded(true);
      editor.current.focus();
    });
    return () => {
      cancelled = true;
      editor.current?.destroy();
      editor.current = null;
    };
  }, [store]);

  const show = (found: UserRuleProblem | null) => {
    setProblem(found);
    editor.current?.showProblem(found);
  };

  const check = async (apply: boolean) => {
    const source = editor.current?.source();
    if (source === undefined) return;
    setBusy(true);
    setOutcome(null);
    try {
      const verdict = await ruleSandbox.prepare(source);
      show(null);
      const { rule, note } = ruleOfVerdict(source, verdict);
      if (!apply) {
        setOutcome(note.replace("Your rule", "This rule").replace("runs", "would run"));
        return;
      }
      const refused = store.getState().setUserRule(rule, note, source);
      if (refused) show({ message: refused, detail: refused });
      else setOutcome(note);
    } catch (error) {
      const found =
        error instanceof SandboxProblem
          ? error.problem
          : { message: String(error), detail: String(error) };
      show(found);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="rule-editor"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id={titleId}>Write a rule</h2>
      <p className="field-hint">
        Write <code>gameLogic(state, neighbors)</code> (or only its body), or a whole cell coroutine{" "}
        <code>function* cell(y, x)</code> that yields <code>query(y, x)</code> and one{" "}
        <code>transition(y, x, next)</code>; <code>countNeighbors</code>, <code>readBlock</code> and{" "}
        <code>countInRange</code> compose with <code>yield*</code>. It runs in a sandbox with no
        network and no access to this page.
      </p>
      <div className="field-group">
        <label htmlFor={exampleId}>Example</label>
        <select
          id={exampleId}
          defaultValue=""
          onChange={(event) => {
            const example = USER_RULE_EXAMPLES.find((e) => e.name === event.target.value);
            if (example) editor.current?.setSource(example.source);
            show(null);
            setOutcome(null);
          }}
        >
          <option value="" disabled>
            Start from an example…
          </option>
          {USER_RULE_EXAMPLES.map((example) => (
            <option key={example.name} value={example.name}>
              {example.name}
            </option>
          ))}
        </select>
      </div>
      <p className="code-label" aria-hidden="true">
        {LABEL}
      </p>
      <div ref={host} className="code-host" data-testid="rule-code">
        {!loaded && <p className="field-hint">Loading the editor…</p>}
      </div>
      {problem ? (
        <p className="field-error" role="alert" data-testid="rule-problem">
          {problem.message}
        </p>
      ) : (
        outcome && (
          <p className="field-hint" role="status" data-testid="rule-outcome">
            {outcome}
          </p>
        )
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={() => check(false)} disabled={busy || !loaded}>
          Check
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => check(true)}
          disabled={busy || !loaded}
        >
          Apply
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
