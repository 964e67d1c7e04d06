import { parseRle } from "../formats/index.ts";

const GOSPER_GUN =
  "x = 36, y = 9\n24bo$22bobo$12b2o6b2o12b2o$11bo3bo4b2o12b2o$2o8bo5bo3b2o$2o8bo3bob2o4bobo$11bo5bo7bo$12bo3bo$13b2o!";
const LWSS = "x = 5, y = 4\nbo2bo$o4b$o3bo$4o!";
const GLIDER = "x = 3, y = 3\nbo$2bo$3o!";

/**
 * What the app opens on: a Gosper glider gun firing across a torus, with a few spaceships
 * already in flight, so the first thing a visitor sees is Life at work.
 */
export function createDefaultWorld(): { width: number; height: number; cells: Uint8Array } {
  const width = 120;
  const height = 80;
  const cells = new Uint8Array(width * height);
  const stamp = (rle: string, y: number, x: number) => {
    const pattern = parseRle(rle);
    for (let py = 0; py < pattern.height; py++) {
      for (let px = 0; px < pattern.width; px++) {
        if (pattern.cells[py * pattern.width + px]) cells[(y + py) * width + (x + px)] = 1;
      }
    }
  };
  stamp(GOSPER_GUN, 6, 6);
  stamp(LWSS, 40, 10);
  stamp(LWSS, 60, 50);
  stamp(GLIDER, 30, 80);
  stamp(GLIDER, 55, 95);
  return { width, height, cells };
}
