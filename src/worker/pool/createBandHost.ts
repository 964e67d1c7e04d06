import { type LoadedBand, loadBand } from "./loadBand.ts";
import type { BandReply, BandRequest } from "./protocol.ts";
import { runShared } from "./runShared.ts";

/** How a band host answers: the reply, and the buffers to move rather than copy. */
export type BandPost = (reply: BandReply, transfer: ArrayBuffer[]) => void;

/**
 * A band worker's side of the pool protocol, the same in a Web Worker, a Node worker thread
 * and in-process: it owns one band, applies loads and edits in the order they arrive, and
 * answers `run`, `step` and `read`. Any failure is answered with `failed`, and in shared mode
 * also aborts the barrier so the other bands stop instead of waiting for this one forever.
 */
export function createBandHost(post: BandPost): (request: BandRequest) => void {
  let band: LoadedBand | undefined;

  const handle = (request: BandRequest): void => {
    switch (request.kind) {
      case "load":
        band?.engine.dispose();
        band = undefined; // a load that fails leaves no band rather than the old one
        band = loadBand(request.setup);
        return;
      case "unload":
        band?.engine.dispose();
        band = undefined;
        return;
      case "edit":
        if (band) applyChanges(band, request.changes);
        return;
      case "run": {
        const loaded = need(band);
        runShared(loaded, request.generations);
        const output = loaded.outputs?.[request.output];
        if (output) loaded.engine.readWords(output);
        const { engine } = loaded;
        post(
          { kind: "ran", id: request.id, population: engine.population(), kernel: engine.kernel },
          [],
        );
        return;
      }
      case "step": {
        const loaded = need(band);
        loaded.engine.setHalos(request.above, request.below);
        loaded.engine.step();
        reply(loaded, request.id, request.cells);
        return;
      }
      case "read":
        reply(need(band), request.id, request.cells);
        return;
    }
  };

  /**
   * The band's edge rows and, when asked, its cells and population (counting every generation
   * would cost the fast kernels as much as a step), in fresh buffers that can be moved.
   */
  const reply = (loaded: LoadedBand, id: number, withCells: boolean): void => {
    const { engine } = loaded;
    const top = engine.readEdge("top");
    const bottom = engine.readEdge("bottom");
    const words = withCells ? engine.readWords() : undefined;
    const transfer = [top.buffer, bottom.buffer, ...(words ? [words.buffer] : [])];
    post(
      {
        kind: "band",
        id,
        top,
        bottom,
        kernel: engine.kernel,
        words,
        population: words && engine.population(),
      },
      transfer as ArrayBuffer[],
    );
  };

  return (request) => {
    try {
      handle(request);
    } catch (error) {
      band?.barrier?.abort();
      post(
        {
          kind: "failed",
          id: "id" in request ? request.id : -1,
          message: error instanceof Error ? error.message : String(error),
        },
        [],
      );
    }
  };
}

function need(band: LoadedBand | undefined): LoadedBand {
  if (!band) throw new Error("this worker has no band loaded");
  return band;
}

/** Applies the (index, state) pairs that fall in the band's rows. */
function applyChanges(band: LoadedBand, changes: Int32Array): void {
  const { width, from, to } = band.setup;
  const start = from * width;
  const end = to * width;
  for (let i = 0; i + 1 < changes.length; i += 2) {
    const index = changes[i] as number;
    if (index < start || index >= end) continue;
    const offset = index - start;
    const y = Math.floor(offset / width);
    band.engine.setCell(y, offset - y * width, changes[i + 1] !== 0);
  }
}
