import type { Frame } from "./Frame.ts";

/**
 * The offsets of the `yield` keywords (`yield` and `yield*`) in JavaScript or TypeScript
 * `text`, in order, skipping comments, strings and template literals: the places where a
 * coroutine can stop. A minifier keeps every one of them and their order, so the n-th `yield`
 * of a function as it runs is the n-th in its source.
 */
export function yieldOffsets(text: string): number[] {
  const offsets: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === '"' || c === "'" || c === "`") {
      i = skipString(text, i);
    } else if (/[A-Za-z_$]/.test(c as string)) {
      const start = i;
      while (i < text.length && /[\w$]/.test(text[i] as string)) i++;
      if (text.slice(start, i) === "yield" && !/[\w$.]/.test(text[start - 1] ?? " ")) {
        offsets.push(start);
      }
    } else {
      i++;
    }
  }
  return offsets;
}

function skipString(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === "\\" ? 2 : 1;
  return i + 1;
}

/**
 * Which `yield` of its function a frame stands at (0 for the first in the source), read from
 * the function's text as it runs (`Function.prototype.toString()`, which begins where the
 * frame's `functionLine` and `functionColumn` say): the frame's position is the call after the
 * `yield` (`query(…)`, or the coroutine a `yield*` waits in), so it is the last `yield` before
 * it. -1 when the position is not inside the text.
 */
export function yieldIndexAt(functionText: string, frame: Frame): number {
  let offset: number;
  if (frame.line === frame.functionLine) {
    offset = frame.column - frame.functionColumn;
  } else {
    let at = 0;
    for (let line = frame.functionLine; line < frame.line; line++) {
      at = functionText.indexOf("\n", at) + 1;
      if (at === 0) return -1;
    }
    offset = at + frame.column - 1;
  }
  if (offset < 0 || offset > functionText.length) return -1;
  let index = -1;
  for (const at of yieldOffsets(functionText)) {
    if (at >= offset) break;
    index++;
  }
  return index;
}

/** A generator function's text in a source file, and its yields. */
export interface GeneratorSource {
  /** The offsets of the function's first and past its last character in the file. */
  readonly start: number;
  readonly end: number;
  /** The offsets of its `yield`s in the file, in order. */
  readonly yields: readonly number[];
}

/**
 * The generator function `name` (`function* name(`) in a source file, with its yields; null
 * when the file has none of that name.
 */
export function findGenerator(source: string, name: string): GeneratorSource | null {
  const match = new RegExp(`function\\*\\s*${name}\\s*\\(`).exec(source);
  if (!match) return null;
  const start = match.index;
  // The body: from the first `{` outside the parameters and the return type's `<...>`.
  let depth = 0;
  let nesting = 0;
  let i = start + match[0].length - 1;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === "(" || c === "<") nesting++;
    else if (c === ")" || (c === ">" && source[i - 1] !== "=")) nesting--;
    else if (c === "{" && nesting === 0) break;
  }
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === "/" && (source[i + 1] === "/" || source[i + 1] === "*")) {
      const end = source[i + 1] === "/" ? source.indexOf("\n", i) : source.indexOf("*/", i) + 1;
      i = end < 0 ? source.length : end;
    } else if (c === '"' || c === "'" || c === "`") {
      i = skipString(source, i) - 1;
    } else if (c === "{") {
      depth++;
    } else if (c === "}" && --depth === 0) {
      const end = i + 1;
      const yields = yieldOffsets(source.slice(start, end)).map((at) => at + start);
      return { start, end, yields };
    }
  }
  return null;
}

/** Where a frame stands in its function's source file. */
export interface YieldInSource {
  readonly generator: GeneratorSource;
  /** The offset in the file of the `yield` the frame stands at, or null when not found. */
  readonly at: number | null;
}

/**
 * The `yield` a frame stands at, in the source file of its function: `runningText` is the
 * function's text as it runs (`toString()`), `source` the file it was written in (found by the
 * frame's name). The n-th `yield` of the running text is the n-th of the source's function,
 * as long as the build keeps them in their order (see vite.config.ts). Null when the file has
 * no generator of that name; `at` is null when the two do not have the same yields.
 */
export function locateYield(
  frame: Frame,
  runningText: string,
  source: string,
): YieldInSource | null {
  const generator = findGenerator(source, frame.name);
  if (!generator) return null;
  // Yields lost or added on the way to the running code: no yield is shown rather than a wrong one.
  if (yieldOffsets(runningText).length !== generator.yields.length) return { generator, at: null };
  const index = yieldIndexAt(runningText, frame);
  return { generator, at: generator.yields[index] ?? null };
}
