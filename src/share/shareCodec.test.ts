import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import type { Topology } from "../engine/Grid.ts";
import { PackedCells } from "../engine/PackedCells.ts";
import { parseRle } from "../formats/parseRle.ts";
import { formatRule } from "../rules/formatRule.ts";
import { lifeLike } from "../rules/Rule.ts";
import { decodeShareState } from "./decodeShareState.ts";
import { encodeShareState } from "./encodeShareState.ts";
import { ShareLinkError } from "./ShareLinkError.ts";
import type { ShareState } from "./ShareState.ts";
import { MAX_SHARE_INFLATED_BYTES } from "./shareLimits.ts";
import { findStateProblem, payloadOf } from "./shareTestSupport.ts";

const SIZES: readonly [number, number][] = [
  [1, 1],
  [1, 7],
  [9, 1],
  [2, 3],
  [16, 16],
  [37, 11],
  [64, 48],
  [100, 100],
  [128, 1],
  [300, 200],
];
const DENSITIES = [0, 0.01, 0.5, 1];
const GOSPER =
  "x = 36, y = 9, rule = B3/S23\n24bo$22bobo$12b2o6b2o12b2o$11bo3bo4b2o12b2o$2o8bo5bo3b2o$2o8bo3bob2o4bobo$10bo5bo7bo$11bo3bo$12b2o!";

/** A seeded random state: random cells at `density`, a random Life-like rule, maybe a view. */
function randomState(
  seed: number,
  width: number,
  height: number,
  density: number,
  topology: Topology,
): ShareState {
  const random = createRandom(seed);
  const bytes = new Uint8Array(width * height);
  for (let i = 0; i < bytes.length; i++) bytes[i] = random() < density ? 1 : 0;
  const cells = PackedCells.fromBytes(bytes, width, height);
  const rule = formatRule(lifeLike(Math.floor(random() * 512), Math.floor(random() * 512)));
  const state = { width, height, topology, rule, cells };
  if (random() < 0.5) return state;
  const view = {
    centerX: (random() - 0.5) * width * 4,
    centerY: Math.round(random() * height),
    zoom: random() < 0.5 ? 2 ** Math.floor(random() * 10 - 5) : random() * 40 + 1e-7,
  };
  return { ...state, view };
}

function gosperState(width: number, height: number, left: number, top: number): ShareState {
  const gun = parseRle(GOSPER);
  const cells = new PackedCells(width, height);
  for (let y = 0; y < gun.height; y++)
    for (let x = 0; x < gun.width; x++)
      if (gun.cells[y * gun.width + x]) cells.set(left + x, top + y, 1);
  return { width, height, topology: "torus", rule: "B3/S23", cells };
}

/** Compares by fields, with the cells as a string: deep equality on large typed arrays is slow. */
function comparable(state: ShareState): object {
  return { ...state, cells: state.cells.toBytes().join("") };
}

describe("encodeShareState and decodeShareState", () => {
  const seed = pickSeed();

  it.each(SIZES)(
    "round-trip seeded random %ix%i grids at every density and topology",
    async (width, height) => {
      let index = 0;
      for (const density of DENSITIES) {
        for (const topology of ["torus", "plane"] as const) {
          const caseSeed = seed + width * 1000 + height + index++;
          const state = randomState(caseSeed, width, height, density, topology);
          const payload = await encodeShareState(state);
          expect(payload, `seed ${caseSeed}`).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
          const decoded = await decodeShareState(payload);
          expect(findStateProblem(decoded), `seed ${caseSeed}`).toBeUndefined();
          expect(comparable(decoded), `seed ${caseSeed}`).toEqual(comparable(state));
        }
      }
    },
  );

  it("round-trips many random rules on a small grid", async () => {
    for (let i = 0; i < 200; i++) {
      const state = randomState(seed + i, 5, 4, 0.3, i % 2 === 0 ? "torus" : "plane");
      const decoded = await decodeShareState(await encodeShareState(state));
      expect(decoded.rule, `seed ${seed + i}`).toBe(state.rule);
    }
  });

  it("encodes a Gosper glider gun on a 200x200 grid in well under 200 characters", async () => {
    const state = gosperState(200, 200, 82, 95);
    const payload = await encodeShareState(state);
    // For the record: `https://example.org/#` + payload is the whole link, 21 characters more.
    expect(payload.length).toBeLessThan(130);
    const withView = await encodeShareState({
      ...state,
      view: { centerX: 100, centerY: 99.5, zoom: 4 },
    });
    expect(withView.length).toBeLessThan(140);
    expect(comparable(await decodeShareState(withView))).toEqual(
      comparable({ ...state, view: { centerX: 100, centerY: 99.5, zoom: 4 } }),
    );
  });

  it("stores only the live cells' box, so the grid size barely matters", async () => {
    const small = await encodeShareState(gosperState(40, 12, 2, 1));
    const large = await encodeShareState(gosperState(5000, 5000, 2500, 2500));
    expect(large.length - small.length).toBeLessThanOrEqual(8);
  });

  it("writes the rule in canonical form and accepts an empty grid", async () => {
    const cells = new PackedCells(4, 3);
    const state = { width: 4, height: 3, topology: "plane" as const, rule: "HighLife", cells };
    const decoded = await decodeShareState(await encodeShareState(state));
    expect(comparable(decoded)).toEqual(comparable({ ...state, rule: "B36/S23" }));
  });

  it("keeps the view's numbers exactly, including tiny, huge and negative ones", async () => {
    const cells = PackedCells.fromBytes(Uint8Array.of(1), 1, 1);
    for (const view of [
      { centerX: -0.5, centerY: 1e-7, zoom: 1.5e21 },
      { centerX: 0.1 + 0.2, centerY: -1234567.875, zoom: 5e-324 },
    ]) {
      const state = {
        width: 1,
        height: 1,
        topology: "torus" as const,
        rule: "B3/S23",
        cells,
        view,
      };
      expect((await decodeShareState(await encodeShareState(state))).view).toEqual(view);
    }
  });

  it("accepts a leading # and surrounding whitespace, as location.hash gives it", async () => {
    const payload = await encodeShareState(gosperState(50, 20, 3, 4));
    expect(comparable(await decodeShareState(` #${payload}\n`))).toEqual(
      comparable(gosperState(50, 20, 3, 4)),
    );
  });

  it.each([
    ["a zero width", { width: 0, height: 3 }, /whole numbers of at least 1/],
    ["a fractional height", { width: 2, height: 1.5 }, /whole numbers of at least 1/],
    ["too many cells", { width: 65536, height: 65536 }, /over the limit/],
    ["cells of another size", { cells: new PackedCells(2, 3) }, /needs 3x2 cells/],
    ["cells at a byte each", { cells: new Uint8Array(6) }, /needs 3x2 cells/],
    ["an unknown topology", { topology: "sphere" }, /unknown topology "sphere"/],
    ["a bad rule", { rule: "B9/S23" }, /cannot share/],
    ["a rule with a grid suffix", { rule: "B3/S23:T10,10" }, /size separately/],
    ["a zero zoom", { view: { centerX: 0, centerY: 0, zoom: 0 } }, /zoom above 0/],
    [
      "an infinite centre",
      { view: { centerX: Number.POSITIVE_INFINITY, centerY: 0, zoom: 1 } },
      /finite/,
    ],
  ])("refuses to encode %s with a ShareLinkError", async (_what, change, message) => {
    const state = {
      width: 3,
      height: 2,
      topology: "torus",
      rule: "B3/S23",
      cells: new PackedCells(3, 2),
      ...change,
    };
    const encoding = encodeShareState(state as ShareState);
    await expect(encoding).rejects.toThrow(ShareLinkError);
    await expect(encoding).rejects.toThrow(message);
  });

  it("refuses to encode a grid whose link would be refused", async () => {
    const random = createRandom(7);
    const bytes = Uint8Array.from({ length: 1400 * 1400 }, () => (random() < 0.5 ? 1 : 0));
    const cells = PackedCells.fromBytes(bytes, 1400, 1400);
    const state = { width: 1400, height: 1400, topology: "torus" as const, rule: "B3/S23", cells };
    await expect(encodeShareState(state)).rejects.toThrow(/too busy to share/);
    await expect(
      encodeShareState(state, { maxInflatedBytes: 4 * MAX_SHARE_INFLATED_BYTES }),
    ).resolves.toMatch(/^v1\./);
    await expect(encodeShareState(gosperState(50, 20, 3, 4), { maxArea: 999 })).rejects.toThrow(
      /over the limit of 999/,
    );
  });
});

describe("decodeShareState refuses bad links with a clear ShareLinkError", () => {
  const valid = "B3/S23;10x8;t;2,3\nbo$2bo$3o!";

  it("reads the hand-written envelope it is tested against", async () => {
    const state = await decodeShareState(await payloadOf(valid));
    expect(state).toMatchObject({ width: 10, height: 8, topology: "torus", rule: "B3/S23" });
    expect(state.cells.population()).toBe(5);
    expect(state.cells.get(3, 3)).toBe(1);
    expect(state.view).toBeUndefined();
  });

  it.each([
    ["", /should start with "v1\."/],
    ["hello", /not a share link/],
    ["v2.AAAA", /version 2, which this app cannot read/],
    ["v1.", /corrupt or cut short/],
    ["v1.ab$c", /not base64url: it holds "\$"/],
    ["v1.abcde", /base64 length is impossible/],
    ["v1.////", /not base64url/],
    ["v1.AAAA", /corrupt or cut short/],
    ["v1.éé", /not base64url/],
  ])("refuses %j", async (payload, message) => {
    const decoding = decodeShareState(payload);
    await expect(decoding).rejects.toThrow(ShareLinkError);
    await expect(decoding).rejects.toThrow(message);
  });

  it("refuses cut-short deflate data", async () => {
    const payload = await payloadOf(valid);
    await expect(decodeShareState(payload.slice(0, -6))).rejects.toThrow(ShareLinkError);
  });

  it("stops inflating a deflate bomb as soon as it passes the cap", async () => {
    // 64 MiB of one letter deflates to about 64 KiB.
    const bomb = await payloadOf("b".repeat(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(200_000);
    const started = performance.now();
    await expect(decodeShareState(bomb)).rejects.toThrow(/inflates to more than 1048576 bytes/);
    expect(performance.now() - started).toBeLessThan(2000);
    await expect(decodeShareState(bomb, { maxInflatedBytes: 1000 })).rejects.toThrow(
      /more than 1000 bytes/,
    );
  });

  it("refuses a payload longer than the cap before decoding it", async () => {
    await expect(
      decodeShareState(`v1.${"A".repeat(100)}`, { maxPayloadLength: 50 }),
    ).rejects.toThrow(/over the limit of 50/);
  });

  it.each([
    ["no cells line", "B3/S23;10x8;t;2,3", /no cells/],
    ["too few fields", "B3/S23;10x8;t\n!", /3 fields/],
    ["too many fields", "B3/S23;10x8;t;0,0;1,2,3;x\n!", /6 fields/],
    ["a bad rule", "B9/S23;10x8;t;0,0\n!", /rule is not valid/],
    ["a rule name too long", `${"B".repeat(65)};10x8;t;0,0\n!`, /too long/],
    ["a rule with a suffix", "B3/S23:T10,8;10x8;t;0,0\n!", /grid size/],
    ["a zero size", "B3/S23;0x8;t;0,0\n!", /empty/],
    ["a fractional size", "B3/S23;1.5x8;t;0,0\n!", /size "1.5x8" is not valid/],
    ["a negative size", "B3/S23;-1x8;t;0,0\n!", /not valid/],
    [
      "an absurd size",
      "B3/S23;999999999x999999999;t;0,0\n!",
      /over the limit of 16384 cells a side/,
    ],
    [
      "a long side",
      "B3/S23;268435456x1;t;0,0\n!",
      /268435456x1 is over the limit of 16384 cells a side/,
    ],
    [
      "a side past 16384",
      "B3/S23;100x20000;t;0,0\n!",
      /100x20000 is over the limit of 16384 cells a side/,
    ],
    ["an unknown topology", "B3/S23;10x8;k;0,0\n!", /topology "k"/],
    ["a bad offset", "B3/S23;10x8;t;a,0\n!", /pattern position "a,0"/],
    ["an offset off the grid", "B3/S23;10x8;t;10,0\n!", /outside its 10x8 grid/],
    ["a bad view", "B3/S23;10x8;t;0,0;1,2\n!", /view "1,2"/],
    ["a zero zoom", "B3/S23;10x8;t;0,0;1,2,0\n!", /zoom above 0/],
    ["a non-numeric view", "B3/S23;10x8;t;0,0;1,Infinity,1\n!", /view/],
    ["cells past the right edge", "B3/S23;10x8;t;2,3\n9o!", /outside its 10x8 grid/],
    ["cells past the bottom", "B3/S23;10x8;t;2,3\no5$o!", /outside its 10x8 grid/],
    ["a grid 1 cell wide and 2^28 tall", "B3/S23;1x268435456;t;0,0\n!", /16384 cells a side/],
    ["a grid 20000 cells wide", "B3/S23;20000x100;t;0,0\n!", /16384 cells a side/],
    ["a dead run past the edge", "B3/S23;10x8;t;0,0\n11bo!", /outside/],
    ["a huge run count", "B3/S23;10x8;t;0,0\n9999999999o!", /too long/],
    ["a zero run count", "B3/S23;10x8;t;0,0\n0o!", /starts with 0/],
    ["an unknown tag", "B3/S23;10x8;t;0,0\nbxo!", /unexpected "x"/],
    ["no end", "B3/S23;10x8;t;0,0\nbo", /no "!"/],
    ["text after the end", "B3/S23;10x8;t;0,0\nbo!o", /must end/],
    ["a counted end", "B3/S23;10x8;t;0,0\nbo3!", /must end/],
  ])("refuses an envelope with %s", async (_what, envelope, message) => {
    const decoding = decodeShareState(await payloadOf(envelope));
    await expect(decoding).rejects.toThrow(ShareLinkError);
    await expect(decoding).rejects.toThrow(message);
  });

  it("refuses non-text bytes in the envelope", async () => {
    await expect(decodeShareState(await payloadOf("B3/S23;1x1;t;0,0\n\u00ff!"))).rejects.toThrow(
      /not text/,
    );
  });

  it("applies a smaller area limit before allocating the grid", async () => {
    const payload = await payloadOf("B3/S23;1000x1000;t;0,0\no!");
    await expect(decodeShareState(payload)).resolves.toMatchObject({ width: 1000 });
    await expect(decodeShareState(payload, { maxArea: 10_000 })).rejects.toThrow(
      /over the limit of 10000/,
    );
  });
});
