/**
 * A spaceship's speed as LifeWiki and LifeViewer write it, from its period and its displacement
 * in one period: `c/4 diagonal`, `c/2 orthogonal`, `2c/5 orthogonal`, `c orthogonal` (one cell a
 * generation), and `(2,1)c/6` for an oblique ship (a knightship), larger step first. The
 * fraction is reduced: a ship that moves 20 cells in 40 generations flies at `c/2`.
 */
export function formatSpeed(period: number, dx: number, dy: number): string {
  const a = Math.abs(dx);
  const b = Math.abs(dy);
  if (a === 0 && b === 0) return "stationary";
  if (a === 0 || b === 0 || a === b) {
    const cells = Math.max(a, b);
    const common = gcd(cells, period);
    return `${fraction(cells / common, period / common)} ${a === b ? "diagonal" : "orthogonal"}`;
  }
  const common = gcd(gcd(a, b), period);
  const [big, small] = a > b ? [a, b] : [b, a];
  return `(${big / common},${small / common})${fraction(1, period / common)}`;
}

/** `c`, `c/4`, `2c/5`: `cells` cells in `generations` generations. */
function fraction(cells: number, generations: number): string {
  const c = cells === 1 ? "c" : `${cells}c`;
  return generations === 1 ? c : `${c}/${generations}`;
}

export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
