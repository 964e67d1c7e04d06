import type { IdentifyResult } from "../../universe/identify/index.ts";

const round = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** The figures of an answer as term and value pairs, those the kind has, in reading order. */
export function factsOf(result: IdentifyResult, generation: bigint): [string, string][] {
  const facts: [string, string][] = [];
  if (result.name) facts.push(["Known as", result.name]);
  facts.push(["Identified at generation", String(generation)]);
  if (result.period !== undefined) facts.push(["Period", String(result.period)]);
  if (result.speed) facts.push(["Speed", result.speed]);
  if (result.displacement) {
    const { dx, dy } = result.displacement;
    facts.push([
      "Displacement",
      `(${dx}, ${dy}) a period${result.wraps ? ", round the torus" : ""}`,
    ]);
  }
  if (result.startsAt) facts.push(["Cycle starts", `${result.startsAt} generations on`]);
  if (result.diesAt !== undefined && result.diesAt > 0) {
    facts.push(["Dies out", `at generation ${result.diesAt}`]);
  }
  const { min, max, average } = result.population;
  const over =
    result.kind === "gun"
      ? "in the last period"
      : result.period !== undefined
        ? "over the period"
        : `over ${result.generations + 1} generations`;
  facts.push([
    "Population",
    min === max
      ? `${min} ${over}`.trim()
      : `${min} to ${max}, mean ${round(average)} ${over}`.trim(),
  ]);
  if (result.box) facts.push(["Bounding box", `${result.box.width} × ${result.box.height}`]);
  if (result.periodBox && result.kind !== "still life") {
    facts.push([
      "Largest box in the period",
      `${result.periodBox.width} × ${result.periodBox.height}`,
    ]);
  }
  if (result.heat !== undefined && result.kind !== "still life") {
    facts.push(["Heat", `${round(result.heat)} cells changing a generation`]);
  }
  if (result.cells) {
    const { rotor, stator, volatility, strictVolatility } = result.cells;
    facts.push(["Rotor", `${rotor} cells`]);
    facts.push(["Stator", `${stator} cells`]);
    facts.push(["Volatility", volatility.toFixed(2)]);
    facts.push(["Strict volatility", strictVolatility.toFixed(2)]);
  }
  if (result.emits) {
    const object = result.emits.object;
    const { min, max } = object.population;
    const cells = min === max ? `${min} cells` : `${min} to ${max} cells`;
    const what =
      object.kind === "spaceship"
        ? `${object.name ?? "a spaceship"} (${cells}, period ${object.period}, ${object.speed})`
        : `a ${object.kind}`;
    facts.push(["Emits", `${what}, every ${result.emits.period} generations`]);
    facts.push(["Growth", `${result.emits.growth} cells a period`]);
  }
  if (result.growth) {
    facts.push([
      "Growth",
      `${result.growth.cells} cells every ${result.growth.period} generations`,
    ]);
  }
  facts.push(["Generations run", `${result.generations} of at most ${result.limit}`]);
  return facts;
}
