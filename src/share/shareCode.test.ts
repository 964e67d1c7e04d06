import { describe, expect, it } from "vitest";
import { PackedCells } from "../engine/PackedCells.ts";
import { decodeShareState } from "./decodeShareState.ts";
import { encodeShareState } from "./encodeShareState.ts";
import { ShareLinkError } from "./ShareLinkError.ts";
import type { ShareState } from "./ShareState.ts";

function stateWith(code: string | undefined, view?: ShareState["view"]): ShareState {
  const cells = new PackedCells(12, 9);
  cells.set(3, 4, 1);
  cells.set(4, 4, 1);
  cells.set(5, 4, 1);
  return {
    width: 12,
    height: 9,
    topology: "torus",
    rule: "B3/S23",
    cells,
    ...(view && { view }),
    ...(code !== undefined && { code }),
  };
}

describe("share links carrying a user's rule", () => {
  const code = `// "Höhere" Reichweite; mit ; und %\nfunction* cell(y, x) {\n  const me = yield query(y, x);\n  yield transition(y, x, me);\n}\n`;

  it.each([
    ["without a view", undefined],
    ["with a view", { centerX: 6.5, centerY: -2, zoom: 4 }],
  ])("gives back the code, the rule and the cells, %s", async (_, view) => {
    const state = stateWith(code, view);
    const back = await decodeShareState(await encodeShareState(state));
    expect(back.code).toBe(code);
    expect(back.rule).toBe("B3/S23");
    expect(back.view).toEqual(view);
    expect(back.cells.toBytes()).toEqual(state.cells.toBytes());
  });

  it("carries no code when there is none", async () => {
    const back = await decodeShareState(await encodeShareState(stateWith(undefined)));
    expect("code" in back).toBe(false);
  });

  it("refuses code that is not percent-encoded", async () => {
    const payload = await encodeShareState(stateWith("x"));
    // The same link with the code field made malformed by hand.
    const { deflateRaw } = await import("./deflateRaw.ts");
    const { encodeBase64Url } = await import("./encodeBase64Url.ts");
    const { asciiBytes } = await import("./asciiBytes.ts");
    const envelope = "B3/S23;12x9;t;3,4;c%E0%A4%A\n3o!";
    const forged = `v1.${encodeBase64Url(await deflateRaw(asciiBytes(envelope)))}`;
    expect(payload.startsWith("v1.")).toBe(true);
    await expect(decodeShareState(forged)).rejects.toThrow(ShareLinkError);
    await expect(decodeShareState(forged)).rejects.toThrow(/code is not percent-encoded/);
  });
});
