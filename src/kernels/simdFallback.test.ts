import { afterEach, describe, expect, it, vi } from "vitest";
import { TLIFE } from "../../tests/support/sampleRules.ts";
import { lifeLike } from "../rules/Rule.ts";
import { compileRuleOf } from "../universe/compileRuleOf.ts";

const life = compileRuleOf(lifeLike(0b1000, 0b1100));
if (!life) throw new Error("Life did not compile");
const tlife = compileRuleOf(TLIFE);
if (!tlife) throw new Error("tlife did not compile");

/** createStepper loaded afresh, so that the wasm module is looked for again. */
async function freshCreateStepper() {
  vi.resetModules();
  return (await import("./createStepper.ts")).createStepper;
}

describe("createStepper without WebAssembly SIMD", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("runs the bit-sliced JS kernel when SIMD does not validate", async () => {
    const { Module, Instance } = WebAssembly;
    vi.stubGlobal("WebAssembly", { Module, Instance, validate: () => false });
    const createStepper = await freshCreateStepper();
    const stepper = createStepper({ width: 9, height: 9, topology: "torus", compiled: life });
    expect(stepper.kind).toBe("bits");
  });

  it("runs the bit-sliced JS kernel when there is no WebAssembly at all", async () => {
    vi.stubGlobal("WebAssembly", undefined);
    const createStepper = await freshCreateStepper();
    const stepper = createStepper({
      width: 9,
      height: 9,
      topology: "plane",
      compiled: life,
      kind: "wasm",
    });
    expect(stepper.kind).toBe("bits");
  });

  it("runs a rule that is not Life-like on the byte kernel when SIMD does not validate", async () => {
    const { Module, Instance } = WebAssembly;
    vi.stubGlobal("WebAssembly", { Module, Instance, validate: () => false });
    const createStepper = await freshCreateStepper();
    const stepper = createStepper({ width: 9, height: 9, topology: "torus", compiled: tlife });
    expect(stepper.kind).toBe("bytes");
  });
});
