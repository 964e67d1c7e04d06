import { lifeModule } from "../wasm/lifeModule.ts";
import { webAssembly } from "../wasm/webAssembly.ts";
import { synthesizeCircuit } from "./synthesizeCircuit.ts";
import { tableWasm } from "./tableWasm.ts";

/** Rule modules kept compiled: a page or worker runs one rule at a time, a test a few. */
const CACHED_RULES = 8;

const modules = new Map<string, object | null>();

/**
 * The compiled WebAssembly module stepping bands by this rule table (`tableWasm` of its
 * `synthesizeCircuit`), compiled once per thread and rule and kept for the last few rules; null when
 * the host cannot run it (no WebAssembly SIMD, as for `lifeModule`, whose instance lends it
 * its memory). Compiled synchronously: a few kilobytes at most.
 */
export function tableModule(table: Uint8Array): object | null {
  const key = table.join("");
  const cached = modules.get(key);
  if (cached !== undefined) {
    // Most recently used last, so that the oldest is the one dropped.
    modules.delete(key);
    modules.set(key, cached);
    return cached;
  }
  const module = lifeModule() ? compile(table) : null;
  modules.set(key, module);
  if (modules.size > CACHED_RULES) modules.delete(modules.keys().next().value as string);
  return module;
}

function compile(table: Uint8Array): object | null {
  const api = webAssembly();
  try {
    const bytes = tableWasm(synthesizeCircuit(table));
    return api?.validate(bytes) ? new api.Module(bytes) : null;
  } catch {
    // a circuit too big for the scratch memory, or compilation refused
    return null;
  }
}
