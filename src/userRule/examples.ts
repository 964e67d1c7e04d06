/** A rule a user can start from: its name, what it shows, and its source. */
export interface UserRuleExample {
  readonly name: string;
  readonly source: string;
}

/**
 * The rule editor's examples, each a different way a rule can be written: the seed's own rule
 * as a game logic (it compiles to B3/S23), HighLife as a whole coroutine (it compiles to
 * B36/S23), a larger sphere of influence (range 2: it runs on the interpreter) and a rule with
 * more states (Brian's Brain, three states: it runs on the interpreter).
 */
export const USER_RULE_EXAMPLES: readonly UserRuleExample[] = [
  {
    name: "The seed's rule (B3/S23) as gameLogic",
    source: `// The seed's rule: a cell's next state from its state and its live neighbours.
// It runs inside the engine's stepCell: query itself, countNeighbors, transition.
function gameLogic(state, neighbors) {
  if (state === 1 && (neighbors === 2 || neighbors === 3)) return 1;
  if (state === 0 && neighbors === 3) return 1;
  return 0;
}
`,
  },
  {
    name: "HighLife (B36/S23) as a coroutine",
    source: `// HighLife: a whole cell coroutine. It asks for its own state, composes
// countNeighbors with yield*, and announces its next state with one transition.
function* cell(y, x) {
  const me = yield query(y, x);
  const neighbors = yield* countNeighbors(y, x);
  const born = neighbors === 3 || neighbors === 6;
  const survives = neighbors === 2 || neighbors === 3;
  yield transition(y, x, (me === 1 ? survives : born) ? 1 : 0);
}
`,
  },
  {
    name: "A larger sphere of influence (range 2)",
    source: `// Every cell within 2 of this one counts: 24 neighbours, not 8.
// A table of the 3x3 block cannot hold it, so it runs on the interpreter.
function* cell(y, x) {
  const me = yield query(y, x);
  let alive = 0;
  for (let dy = -2; dy <= 2; dy++) {
    for (let dx = -2; dx <= 2; dx++) {
      if (dy === 0 && dx === 0) continue;
      if ((yield query(y + dy, x + dx)) === 1) alive++;
    }
  }
  const next = me === 1 ? alive >= 6 && alive <= 9 : alive >= 7 && alive <= 8;
  yield transition(y, x, next ? 1 : 0);
}
`,
  },
  {
    name: "More states: Brian's Brain",
    source: `// Three states: 0 off, 1 on, 2 dying. An on cell starts dying, a dying one
// goes off, and an off cell comes on with exactly two on neighbours.
const states = 3;

function* cell(y, x) {
  const me = yield query(y, x);
  let on = 0;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      if ((dy !== 0 || dx !== 0) && (yield query(y + dy, x + dx)) === 1) on++;
    }
  }
  const next = me === 1 ? 2 : me === 2 ? 0 : on === 2 ? 1 : 0;
  yield transition(y, x, next);
}
`,
  },
];
