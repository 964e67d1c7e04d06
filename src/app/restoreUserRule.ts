import { ruleOfVerdict } from "../components/ruleEditor/ruleOfVerdict.ts";
import type { LifeStore } from "../store/createLifeStore.ts";
import type { UserRuleVerdict } from "../userRule/index.ts";

/** Checks and compiles a user's rule in the rule sandbox (`RuleSandboxHub.prepare`). */
export type PrepareUserRule = (source: string) => Promise<UserRuleVerdict>;

/**
 * Runs again the rule the user wrote that the autosaved world ran: the user's own code, which
 * the app saved in its own storage when the user applied it, checked and compiled again in the
 * sandbox (where alone it runs) and applied as the rule editor applies it. When that fails, the
 * world keeps the rule its save names (Life) and the code is shown as a link's is, with the
 * button that runs it, so that nothing the user wrote is lost.
 */
export async function restoreUserRule(
  store: LifeStore,
  source: string,
  prepare: PrepareUserRule,
): Promise<void> {
  let problem: string;
  try {
    const { rule, note } = ruleOfVerdict(source, await prepare(source));
    const refused = store.getState().setUserRule(rule, note, source);
    if (refused === null) {
      store.setState({ announcement: `Restored your last pattern and your rule. ${note}` });
      return;
    }
    problem = refused;
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  const s = store.getState();
  s.setLinkedRule(source, "saved");
  s.showAlert(`Your last rule could not be run again (${problem}): its code is shown below.`);
}
