import { lifeWasm } from "./generated/lifeWasm.ts";
import { webAssembly } from "./webAssembly.ts";

let compiled: object | null | undefined;

/**
 * The compiled SIMD kernel module, compiled once per thread; null when this host cannot run
 * it: no WebAssembly, no SIMD (the module then does not validate), or compilation refused (a
 * page whose Content-Security-Policy lacks 'wasm-unsafe-eval').
 * Compiled synchronously: it is about 1 KB, well under the size browsers allow on the main
 * thread.
 */
export function lifeModule(): object | null {
  if (compiled === undefined) compiled = compile();
  return compiled;
}

function compile(): object | null {
  const api = webAssembly();
  if (!api?.validate(lifeWasm)) return null;
  try {
    return new api.Module(lifeWasm);
  } catch {
    return null;
  }
}
