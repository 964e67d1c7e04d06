/**
 * Hensel's letters for isotropic non-totalistic rules (`B2-a/S12`): each letter names one
 * arrangement of n live neighbours up to rotation and reflection. The pictures are Golly's
 * definitions (liferules.cpp), drawn in the 3x3 block's own order: rows top to bottom, `o` a
 * live neighbour, `x` the cell itself. Counts 5 to 7 are the complements of counts 3 to 1.
 */
const PICTURES: readonly (readonly [name: string, picture: string])[] = [
  ["1c", ".../.x./..o"],
  ["1e", ".../.x./.o."],
  ["2c", ".../.x./o.o"],
  ["2e", ".../.xo/.o."],
  ["2a", ".../.x./.oo"],
  ["2i", ".../oxo/..."],
  ["2k", ".../ox./..o"],
  ["2n", "..o/.x./o.."],
  ["3c", "..o/.x./o.o"],
  ["3e", ".../oxo/.o."],
  ["3a", ".../.xo/.oo"],
  ["3i", ".../.x./ooo"],
  ["3k", "..o/ox./.o."],
  ["3n", ".../.xo/o.o"],
  ["3j", ".../.xo/oo."],
  ["3q", "..o/.x./oo."],
  ["3r", ".../oxo/..o"],
  ["3y", "..o/ox./..o"],
  ["4c", "o.o/.x./o.o"],
  ["4e", ".o./oxo/.o."],
  ["4a", ".../.xo/ooo"],
  ["4i", ".../oxo/o.o"],
  ["4k", "..o/ox./.oo"],
  ["4n", "..o/.x./ooo"],
  ["4j", "..o/oxo/.o."],
  ["4q", "..o/ox./oo."],
  ["4r", ".../oxo/.oo"],
  ["4y", "..o/ox./o.o"],
  ["4t", "..o/oxo/..o"],
  ["4w", "..o/.xo/oo."],
  ["4z", "..o/oxo/o.."],
];

/** The eight neighbours of the 3x3 block, in `CompiledRule`'s bit order (the centre is bit 4). */
export const MOORE_NEIGHBOURS = 0b111_101_111;

/**
 * The letters each neighbour count (0 to 8) takes, in the order Golly prints them
 * (alphabetical). Counts 0 and 8 have a single arrangement and so no letters.
 */
export const HENSEL_LETTERS: readonly string[] = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((count) =>
  PICTURES.filter(([name]) => Number(name[0]) === Math.min(count, 8 - count))
    .map(([name]) => name.slice(1))
    .sort()
    .join(""),
);

/** Every letter of every count, for telling a Hensel letter from a stray character. */
export const ALL_HENSEL_LETTERS = "ceaiknjqrytwz";

/** For each arrangement of live neighbours (a block with the centre clear), its letter. */
let letterByBlock: readonly string[] | undefined;

/**
 * The Hensel letter of the arrangement of live neighbours in `block` (the centre bit is
 * ignored); "" for 0 or 8 neighbours, whose arrangement is unique.
 */
export function letterOf(block: number): string {
  letterByBlock ??= buildLetterIndex();
  return letterByBlock[block & MOORE_NEIGHBOURS] ?? "";
}

const blocksByLetter = new Map<string, readonly number[]>();

/** The blocks (centre clear) of `count` live neighbours arranged as `letter`, in all 8 symmetries. */
export function blocksOf(count: number, letter: string): readonly number[] {
  const key = `${count}${letter}`;
  const known = blocksByLetter.get(key);
  if (known) return known;
  letterByBlock ??= buildLetterIndex();
  const blocks: number[] = [];
  for (let block = 0; block < 512; block++) {
    if ((block & ~MOORE_NEIGHBOURS) !== 0 || popcount(block) !== count) continue;
    if (letterByBlock[block] === letter) blocks.push(block);
  }
  blocksByLetter.set(key, blocks);
  return blocks;
}

function buildLetterIndex(): string[] {
  const letters = new Array<string>(512).fill("");
  for (const [name, picture] of PICTURES) {
    const count = Number(name[0]);
    const letter = name.slice(1);
    for (const block of symmetries(blockOfPicture(picture))) {
      letters[block] = letter;
      if (count < 4) letters[MOORE_NEIGHBOURS ^ block] = letter;
    }
  }
  return letters;
}

function blockOfPicture(picture: string): number {
  const cells = picture.replaceAll("/", "");
  let block = 0;
  for (let bit = 0; bit < 9; bit++) if (cells[bit] === "o") block |= 1 << bit;
  return block;
}

/** The block turned through the four rotations, and each of those mirrored left to right. */
function symmetries(block: number): number[] {
  const found: number[] = [];
  let turned = block;
  for (let turn = 0; turn < 4; turn++) {
    found.push(
      turned,
      mapCells(turned, (row, col) => [row, 2 - col]),
    );
    turned = mapCells(turned, (row, col) => [col, 2 - row]);
  }
  return found;
}

function mapCells(
  block: number,
  move: (row: number, col: number) => readonly [number, number],
): number {
  let moved = 0;
  for (let bit = 0; bit < 9; bit++) {
    if (((block >> bit) & 1) === 0) continue;
    const [row, col] = move(Math.floor(bit / 3), bit % 3);
    moved |= 1 << (3 * row + col);
  }
  return moved;
}

export function popcount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}
