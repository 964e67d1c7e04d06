import { ringWasm } from "./generated/ringWasm.ts";
import { webAssembly } from "./webAssembly.ts";

let compiled: object | null | undefined;

/**
 * The step of a Generations rule's dying cells on SIMD vectors (`ring.wat`), compiled once per
 * thread; null when this host cannot run it (no WebAssembly or SIMD, or compilation refused),
 * and `RingPlanes` steps them in JavaScript instead.
 */
export function ringModule(): object | null {
  if (compiled === undefined) compiled = compile();
  return compiled;
}

function compile(): object | null {
  const api = webAssembly();
  if (!api?.validate(ringWasm)) return null;
  try {
    return new api.Module(ringWasm);
  } catch {
    return null;
  }
}
