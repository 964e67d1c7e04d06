import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import { PackedCells } from "../engine/index.ts";
import { writePackedRle } from "./writePackedRle.ts";
import { writePackedRleBody } from "./writePackedRleBody.ts";
import { writeRle } from "./writeRle.ts";

function randomCells(width: number, height: number, density: number, seed: number) {
  const random = createRandom(seed);
  const bytes = Uint8Array.from({ length: width * height }, () => (random() < density ? 1 : 0));
  return { bytes, packed: PackedCells.fromBytes(bytes, width, height) };
}

function bodyOf(cells: PackedCells, options: Parameters<typeof writePackedRleBody>[1]): string {
  const chunks: Uint8Array[] = [];
  writePackedRleBody(cells, { ...options, onChunk: (chunk) => chunks.push(chunk) });
  return chunks.map((chunk) => new TextDecoder().decode(chunk)).join("");
}

/** writeRle's body: everything after its header line, without the final line break. */
function referenceBody(bytes: Uint8Array, width: number, height: number): string {
  const text = writeRle({ width, height, cells: bytes, comments: [] });
  return text.slice(text.indexOf("\n") + 1, -1);
}

describe("writePackedRleBody", () => {
  it("writes what writeRle writes, on seeded soups at word-straddling widths", () => {
    const seed = pickSeed();
    for (const width of [1, 5, 31, 32, 33, 64, 65, 97, 200]) {
      for (const density of [0, 0.02, 0.3, 0.5, 0.9, 1]) {
        const height = 1 + ((seed + width) % 23);
        const { bytes, packed } = randomCells(width, height, density, seed + width);
        const context = `seed ${seed}, ${width}x${height} at ${density}`;
        // Small chunks, so runs and line breaks fall across chunk boundaries too.
        expect(bodyOf(packed, { onChunk: () => {}, chunkBytes: 7 }), context).toBe(
          referenceBody(bytes, width, height),
        );
      }
    }
  });

  it("writes a box of the grid on one line, as a share link's body", () => {
    const seed = pickSeed();
    const { bytes, packed } = randomCells(100, 40, 0.4, seed);
    const box = { x: 13, y: 5, width: 60, height: 30 };
    const inner = new Uint8Array(box.width * box.height);
    for (let y = 0; y < box.height; y++)
      for (let x = 0; x < box.width; x++)
        inner[y * box.width + x] = bytes[(box.y + y) * 100 + box.x + x] as number;
    const expected = referenceBody(inner, box.width, box.height).replaceAll("\n", "");
    expect(
      bodyOf(packed, { onChunk: () => {}, box, lineLength: Number.POSITIVE_INFINITY }),
      `seed ${seed}`,
    ).toBe(expected);
  });

  it("stops at maxBytes and says so", () => {
    const { packed } = randomCells(300, 300, 0.5, 1);
    const chunks: Uint8Array[] = [];
    const done = writePackedRleBody(packed, { maxBytes: 1000, onChunk: (c) => chunks.push(c) });
    expect(done).toBe(false);
    expect(writePackedRleBody(packed, { onChunk: () => {} })).toBe(true);
  });

  it("reports progress by rows, ending with all of them", () => {
    const { packed } = randomCells(200, 120, 0.5, 2);
    const progress: number[] = [];
    writePackedRleBody(packed, {
      chunkBytes: 500,
      onChunk: () => {},
      onProgress: (done, rows) => progress.push(done / rows),
    });
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });
});

describe("writePackedRle", () => {
  it("writes the same file as writeRle, comments and rule included", () => {
    const seed = pickSeed();
    const { bytes, packed } = randomCells(77, 41, 0.35, seed);
    const comments = [
      { kind: "N", text: "Soup ü" },
      { kind: "C", text: "two\nlines" },
    ];
    const chunks: Uint8Array[] = [];
    writePackedRle(packed, (chunk) => chunks.push(chunk), { rule: "B3/S23:T77,41", comments });
    const text = new TextDecoder().decode(Buffer.concat(chunks));
    expect(text, `seed ${seed}`).toBe(
      writeRle({ width: 77, height: 41, cells: bytes, comments }, { rule: "B3/S23:T77,41" }),
    );
  });
});
