import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { fillRandom } from "../../src/engine/fillRandom.ts";
import { PackedCells } from "../../src/engine/PackedCells.ts";
import { lifeLike } from "../../src/rules/Rule.ts";
import { createUniverse } from "../../src/universe/createUniverse.ts";

// The built universe worker in Chromium, started as the page starts it, holding a torus: it
// starts its band workers itself (nested dedicated workers, bundled by `vite build`) and steps
// the grid on them in shared memory (the preview server makes the page cross-origin isolated).
// The app does not talk to it about bounded grids yet, so the test talks to it directly.

const SIZE = 512;
const SEED = 20261129;
const LIFE = lifeLike(1 << 3, (1 << 2) | (1 << 3));

/** The built universe worker's URL, as `vite build` named it. */
function universeWorkerUrl(): string {
  const name = readdirSync("dist/assets").find((file) => /^universe\.worker-.*\.js$/.test(file));
  if (!name) throw new Error("no universe worker in dist/assets: the web server builds it");
  return `/assets/${name}`;
}

/** The soup after `generations`, packed, on the bounded fast engine here in Node. */
function expectedWords(generations: number): number[] {
  const soup = new PackedCells(SIZE, SIZE);
  fillRandom(soup, 0.4, SEED);
  const space = { kind: "torus", width: SIZE, height: SIZE } as const;
  const universe = createUniverse({ space, rule: LIFE, engine: "fast" });
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) universe.set(x, y, soup.get(x, y));
  universe.step(BigInt(generations));
  const packed = new PackedCells(SIZE, SIZE);
  for (const [x, y] of universe.cells()) packed.set(x, y, 1);
  return [...packed.words];
}

test("the universe worker steps a 512² torus on band workers it starts itself", async ({
  page,
}) => {
  await page.goto("/");
  const url = universeWorkerUrl();
  const result = await page.evaluate(
    async ({ url, size, seed, rule }) => {
      const worker = new Worker(url, { type: "module" });
      const replies: { kind: string; [key: string]: unknown }[] = [];
      let wake = () => {};
      worker.onmessage = (event) => {
        replies.push(event.data);
        wake();
      };
      const next = async (kind: string) => {
        for (;;) {
          const i = replies.findIndex((r) => r.kind === kind || r.kind === "failed");
          if (i >= 0) {
            const [reply] = replies.splice(i, 1);
            if (reply?.kind === "failed") throw new Error(String(reply.message));
            return reply as { kind: string; [key: string]: unknown };
          }
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
      };
      const space = { kind: "torus", width: size, height: size };
      const random = { density: 0.4, seed };
      worker.postMessage({ kind: "workers", id: 1, workers: 3 });
      const workers = (await next("workers")).workers;
      worker.postMessage({
        kind: "load",
        epoch: 1,
        space,
        rule,
        engine: "fast",
        random,
        generation: 0n,
      });
      await next("status");
      worker.postMessage({ kind: "step", id: 2, generations: 200n });
      const stepped = (await next("stepped")).status as { pool: unknown; generation: bigint };
      worker.postMessage({ kind: "words", id: 3 });
      const words = [...((await next("words")).words as Uint32Array)];
      worker.postMessage({ kind: "workers", id: 4, workers: 2 });
      await next("workers");
      worker.postMessage({ kind: "step", id: 5, generations: 100n });
      const resized = (await next("stepped")).status as { pool: unknown; generation: bigint };
      worker.postMessage({ kind: "words", id: 6 });
      const after = [...((await next("words")).words as Uint32Array)];
      worker.terminate();
      return {
        isolated: crossOriginIsolated,
        workers,
        first: { pool: stepped.pool, generation: String(stepped.generation), words },
        second: { pool: resized.pool, generation: String(resized.generation), words: after },
      };
    },
    { url, size: SIZE, seed: SEED, rule: LIFE },
  );
  expect(result.isolated).toBe(true);
  expect(result.workers).toBe(3);
  expect(result.first.pool).toMatchObject({
    bands: 3,
    workers: 3,
    where: "worker",
    mode: "shared",
    kernel: "wasm-table",
  });
  expect(result.first.generation).toBe("200");
  expect(result.first.words).toEqual(expectedWords(200));
  expect(result.second.pool).toMatchObject({ bands: 2, where: "worker", mode: "shared" });
  expect(result.second.generation).toBe("300");
  expect(result.second.words).toEqual(expectedWords(300));
});
