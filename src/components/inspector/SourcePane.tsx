import type { FrameSource } from "./coroutineSources.ts";

/**
 * A generator function's source as the build imported it, with line numbers, and the line of
 * the `yield` its frame stands at highlighted (a `mark`, which assistive technology reads).
 */
export function SourcePane({ source, current }: { source: FrameSource; current: boolean }) {
  const { file, generator, at } = source;
  const text = file.text;
  const lineStart = text.lastIndexOf("\n", generator.start) + 1;
  const firstLine = text.slice(0, lineStart).split("\n").length;
  const lines = text.slice(lineStart, generator.end).split("\n");
  // The line holding the yield, counted from the function's first line.
  const marked = at === null ? -1 : text.slice(lineStart, at).split("\n").length - 1;
  return (
    <figure className={`source-pane${current ? " current" : ""}`}>
      <figcaption>
        {file.path}
        {marked >= 0 && <span className="visually-hidden">, line {firstLine + marked}</span>}
      </figcaption>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a long line scrolls sideways, and a keyboard must reach it to scroll it */}
      <pre tabIndex={0}>
        <code>
          {lines.map((line, i) => {
            const number = firstLine + i;
            const content = (
              <>
                <span className="line-number" aria-hidden="true">
                  {number}
                </span>
                {line || " "}
              </>
            );
            return i === marked ? (
              <mark key={number} className="source-line" data-testid="current-yield">
                {content}
              </mark>
            ) : (
              <span key={number} className="source-line">
                {content}
              </span>
            );
          })}
        </code>
      </pre>
    </figure>
  );
}
