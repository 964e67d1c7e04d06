import { useId, useState } from "react";
import { useLifeStore, useLifeStoreApi } from "../../store/useLifeStore.ts";
import { SandboxProblem } from "../../worker/sandbox/createRuleSandbox.ts";
import { ruleSandbox } from "../../worker/sandbox/ruleSandbox.ts";
import { ruleOfVerdict } from "./ruleOfVerdict.ts";

/**
 * A rule in JavaScript not yet run: the one an opened link carries, or the user's saved rule
 * that could not be run again. Its code is shown, and nothing of it runs (not even its check,
 * which runs it in the sandbox) until the user presses the button that says it will run it.
 * Until then the pattern stays paused on the built-in rule the link (or the save) names.
 */
export function LinkedRuleNotice() {
  const store = useLifeStoreApi();
  const linked = useLifeStore((s) => s.linkedRule);
  const ruleText = useLifeStore((s) => s.ruleText);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  if (linked === null) return null;
  const { source, from } = linked;

  const run = async () => {
    setBusy(true);
    try {
      const verdict = await ruleSandbox.prepare(source);
      const { rule, note } = ruleOfVerdict(source, verdict);
      const refused = store.getState().setUserRule(rule, note, source);
      if (refused) setProblem(refused);
      else store.getState().setLinkedRule(null);
    } catch (error) {
      setProblem(error instanceof SandboxProblem ? error.problem.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="notice linked-rule" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {from === "link"
          ? "This link carries a rule written in JavaScript"
          : "Your last rule, written in JavaScript"}
      </h2>
      <p>
        {from === "link" ? "None of it has run." : "It could not be run again."} The pattern is
        paused on {ruleText}. Read the code; running it runs it in a sandbox with no network and no
        access to this page.
      </p>
      <textarea
        readOnly
        aria-label={from === "link" ? "The link's code" : "Your rule's code"}
        data-testid="linked-code"
        value={source}
        rows={Math.min(12, source.split("\n").length)}
        spellCheck={false}
      />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
          {from === "link" ? "Run the code from this link" : "Run your rule again"}
        </button>
        <button type="button" onClick={() => store.getState().setLinkedRule(null)}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
