import { ltlWasm } from "./generated/ltlWasm.ts";
import { webAssembly } from "./webAssembly.ts";

let compiled: object | null | undefined;

/**
 * The compiled range kernels of Larger than Life (`ltl.wat`), compiled once per thread;
 * null when this host cannot run it (no WebAssembly or SIMD, or compilation refused), and the
 * JavaScript kernel runs instead.
 */
export function ltlModule(): object | null {
  if (compiled === undefined) compiled = compile();
  return compiled;
}

function compile(): object | null {
  const api = webAssembly();
  if (!api?.validate(ltlWasm)) return null;
  try {
    return new api.Module(ltlWasm);
  } catch {
    return null;
  }
}
