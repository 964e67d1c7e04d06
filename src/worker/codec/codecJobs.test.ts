import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { fillRandom, PackedCells } from "../../engine/index.ts";
import { parsePattern } from "../../formats/index.ts";
import { parseRule } from "../../rules/index.ts";
import { encodeShareState, ShareLinkError } from "../../share/index.ts";
import {
  CodecCancelled,
  decodeShareOffThread,
  encodeRleOffThread,
  encodeShareOffThread,
} from "./index.ts";

function soup(width: number, height: number, seed: number) {
  const cells = new PackedCells(width, height);
  fillRandom(cells, createRandom(seed)() * 0.8, seed);
  return { width, height, topology: "plane" as const, rule: parseRule("B36/S23").rule, cells };
}

describe("the codec jobs (on this thread, where there are no workers)", () => {
  it("write RLE that reads back as the same grid, rule and bounds", async () => {
    const seed = pickSeed();
    const world = soup(97, 45, seed);
    const fractions: number[] = [];
    const blob = await encodeRleOffThread(world, (f) => fractions.push(f)).result;
    const pattern = parsePattern(await blob.text());
    expect(pattern.rule, `seed ${seed}`).toBe("B36/S23:P97,45");
    expect(PackedCells.fromBytes(pattern.cells, 97, 45).equals(world.cells), `seed ${seed}`).toBe(
      true,
    );
    expect(fractions.at(-1)).toBe(1);
  });

  it("make a share link that decodes to the same state, and refuse a too-long one", async () => {
    const seed = pickSeed();
    const world = soup(60, 40, seed);
    const view = { centerX: 30, centerY: 20, zoom: 4 };
    const payload = await encodeShareOffThread(world, view).result;
    const state = await decodeShareOffThread(payload);
    expect(state.cells.equals(world.cells), `seed ${seed}`).toBe(true);
    expect(state).toMatchObject({
      width: 60,
      height: 40,
      topology: "plane",
      rule: "B36/S23",
      view,
    });
    const tooLong = encodeShareOffThread(world, view, { maxPayloadLength: 50 }).result;
    await expect(tooLong).rejects.toThrow(ShareLinkError);
    await expect(tooLong).rejects.toThrow(/50/);
  });

  it("reject a bad link with the decoder's ShareLinkError", async () => {
    const payload = await encodeShareState({ ...soup(4, 4, 1), rule: "B3/S23" });
    await expect(decodeShareOffThread(payload.slice(0, -3))).rejects.toThrow(ShareLinkError);
  });

  it("reject with CodecCancelled when cancelled", async () => {
    const job = encodeRleOffThread(soup(10, 10, 3));
    job.cancel();
    await expect(job.result).rejects.toThrow(CodecCancelled);
  });
});
