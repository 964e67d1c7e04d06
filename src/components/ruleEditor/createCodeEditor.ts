import { javascript } from "@codemirror/lang-javascript";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { basicSetup, EditorView } from "codemirror";

/** The rule editor's code editor: CodeMirror 6 with JavaScript, line numbers and lint marks. */
export interface CodeEditor {
  source(): string;
  setSource(text: string): void;
  /** Underlines the problem at `line`:`column` (1-based), or clears the marks (null). */
  showProblem(problem: { line?: number; column?: number; message: string } | null): void;
  focus(): void;
  destroy(): void;
}

/**
 * A CodeMirror editor in `parent`, labelled `label` for assistive technology. Loaded lazily
 * with the rule editor, so the app's main bundle carries none of CodeMirror. Tab is left to
 * move focus (basicSetup does not capture it), so the editor is no keyboard trap.
 */
export function createCodeEditor(parent: HTMLElement, text: string, label: string): CodeEditor {
  const view = new EditorView({
    doc: text,
    parent,
    extensions: [
      basicSetup,
      javascript(),
      lintGutter(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ "aria-label": label }),
    ],
  });
  return {
    source: () => view.state.doc.toString(),
    setSource(next) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
      view.dispatch(setDiagnostics(view.state, []));
    },
    showProblem(problem) {
      if (!problem) {
        view.dispatch(setDiagnostics(view.state, []));
        return;
      }
      const { doc } = view.state;
      const lineNumber = Math.min(Math.max(problem.line ?? 1, 1), doc.lines);
      const line = doc.line(lineNumber);
      const from = problem.column ? Math.min(line.from + problem.column - 1, line.to) : line.from;
      const to = problem.column ? Math.min(from + 1, line.to) : line.to;
      view.dispatch(
        setDiagnostics(view.state, [
          { from, to: Math.max(to, from), severity: "error", message: problem.message },
        ]),
      );
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
