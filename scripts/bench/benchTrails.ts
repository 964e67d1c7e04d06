import { createRandom } from "../../src/engine/createRandom.ts";
import { parseRule } from "../../src/rules/index.ts";
import { createUniverse } from "../../src/universe/createUniverse.ts";
import type { DensityPicture } from "../../src/universe/Universe.ts";
import { paintPicture } from "../../src/view/paintPicture.ts";
import { DARK_THEME } from "../../src/view/Theme.ts";
import { createTrailMemory } from "../../src/view/trailMemory.ts";
import { measureRates, type Summary, summarize } from "./summarize.ts";

export interface TrailRow {
  /** The picture's size in pixels (a cell a pixel). */
  readonly picture: string;
  /** CPU milliseconds to paint one picture as the worker does without trails (the baseline). */
  readonly plainMillis: Summary;
  /** With trails: ageing the pixels (createTrailMemory's frame) as they are painted by age. */
  readonly trailsMillis: Summary;
  /** What making the picture from the universe costs, for scale (the same either way). */
  readonly pictureMillis: Summary;
}

const FRAMES = 8;

/**
 * What trails cost the universe worker's painter: painting a screenful picture (1280x800 and
 * 2560x1600 cells, a cell a pixel) of a 35% soup on a torus, and a sparse one (the soup in a
 * 128² corner of the 1280x800), with and without trails, runs interleaved; each paints the same 8 pictures of consecutive generations in turn (the trails
 * aged by one generation a picture). ImageData and the bitmap's upload cost the same either
 * way and are left out (Node has no OffscreenCanvas). Milliseconds of CPU time, steadier than
 * the wall clock on a shared machine.
 */
export function benchTrails(runs: number, millis: number): TrailRow[] {
  const rows: TrailRow[] = [];
  const { empty, alive, trail, history } = DARK_THEME;
  for (const [width, height, soup] of [
    [1280, 800, "soup"],
    [2560, 1600, "soup"],
    [1280, 800, "sparse"],
  ] as const) {
    const universe = createUniverse({
      space: { kind: "torus", width, height },
      rule: parseRule("B3/S23").rule,
    });
    const random = createRandom(1234);
    // A sparse view: the soup in a 128² corner of it, the rest never alive.
    const [soupWidth, soupHeight] = soup === "soup" ? [width, height] : [128, 128];
    for (let y = 0; y < soupHeight; y++)
      for (let x = 0; x < soupWidth; x++) if (random() < 0.35) universe.set(x, y, 1);
    universe.step(16n);
    const rect = { x: 0, y: 0, width, height };
    const pictures: DensityPicture[] = [];
    for (let i = 0; i < FRAMES; i++) {
      pictures.push(universe.picture(rect, 0));
      universe.step(1n);
    }
    const buffer = new Uint32Array(width * height);
    const trails = createTrailMemory();
    let plainFrame = 0;
    let trailFrame = 0;
    const plain = () => {
      paintPicture(pictures[plainFrame++ % FRAMES] as DensityPicture, { empty, alive }, buffer);
    };
    const withTrails = () => {
      const picture = pictures[trailFrame % FRAMES] as DensityPicture;
      const frame = trails.frame(picture, {
        epoch: 1,
        editSeq: 0,
        generation: BigInt(trailFrame++),
      });
      paintPicture(picture, { empty, alive, trails: { trail, history } }, buffer, frame);
    };
    const plainMillis: number[] = [];
    const trailsMillis: number[] = [];
    const pictureMillis: number[] = [];
    for (let r = 0; r < runs; r++) {
      plainMillis.push(1000 / measureRates(plain, millis).cpu);
      trailsMillis.push(1000 / measureRates(withTrails, millis).cpu);
      pictureMillis.push(1000 / measureRates(() => universe.picture(rect, 0), millis).cpu);
    }
    rows.push({
      picture: `${width}x${height}${soup === "sparse" ? " sparse" : ""}`,
      plainMillis: summarize(plainMillis),
      trailsMillis: summarize(trailsMillis),
      pictureMillis: summarize(pictureMillis),
    });
    universe.dispose();
  }
  return rows;
}

export function formatTrailRows(rows: readonly TrailRow[], runs: number): string {
  const ms = (s: Summary) =>
    `${s.median.toFixed(2)} ms [${s.min.toFixed(2)}-${s.max.toFixed(2)}]`.padEnd(26);
  let out = `\nTrails: painting a picture of a B3/S23 soup, CPU ms, ${runs} runs; median [min-max]\n`;
  for (const r of rows) {
    const ratio = r.trailsMillis.median / r.plainMillis.median;
    out +=
      `${r.picture.padEnd(17)} plain ${ms(r.plainMillis)} trails ${ms(r.trailsMillis)}` +
      ` (${ratio.toFixed(2)}x)  making the picture ${ms(r.pictureMillis)}\n`;
  }
  return out;
}
