import { describe, expect, it } from "vitest";
import { parseQueryParams } from "./parseQueryParams.ts";

describe("parseQueryParams", () => {
  it("reads every parameter", () => {
    const { settings, errors } = parseQueryParams(
      "?rule=HighLife&size=200x150&topology=plane&pattern=glider&random=0.25&seed=-7&speed=12.5&step=3&autoplay",
    );
    expect(errors).toEqual([]);
    expect(settings).toEqual({
      rule: "B36/S23",
      size: { width: 200, height: 150 },
      topology: "plane",
      pattern: "glider",
      random: 0.25,
      seed: -7,
      speed: 12.5,
      step: 3,
      autoplay: true,
    });
  });

  it("reads the query with or without ?, and an empty one", () => {
    expect(parseQueryParams("speed=max").settings).toEqual({ speed: "max" });
    expect(parseQueryParams("")).toEqual({ settings: {}, errors: [] });
    expect(parseQueryParams("?")).toEqual({ settings: {}, errors: [] });
  });

  it.each([
    ["1", true],
    ["true", true],
    ["TRUE", true],
    ["", true],
    ["0", false],
    ["false", false],
  ])("reads autoplay=%j as %s", (value, autoplay) => {
    expect(parseQueryParams(`autoplay=${value}`).settings).toEqual({ autoplay });
  });

  it("takes the size and topology from a rule's grid suffix unless given separately", () => {
    expect(parseQueryParams("rule=B3/S23:P80,60").settings).toEqual({
      rule: "B3/S23",
      size: { width: 80, height: 60 },
      topology: "plane",
    });
    expect(parseQueryParams("size=10x10&rule=B3/S23:P80,60&topology=torus").settings).toEqual({
      rule: "B3/S23",
      size: { width: 10, height: 10 },
      topology: "torus",
    });
  });

  it("finds library patterns by id or name, ignoring case", () => {
    expect(parseQueryParams("pattern=Gosper%20Glider%20Gun").settings).toEqual({
      pattern: "gosper-glider-gun",
    });
    expect(parseQueryParams("pattern=LWSS").settings).toEqual({ pattern: "lwss" });
  });

  it("reads RLE, with or without its header", () => {
    const withHeader = parseQueryParams(`rle=${encodeURIComponent("x = 3, y = 3\nbo$2bo$3o!")}`);
    const bare = parseQueryParams(`rle=${encodeURIComponent("bo$2bo$3o!")}`);
    for (const { settings, errors } of [withHeader, bare]) {
      expect(errors).toEqual([]);
      expect(settings.rle).toMatchObject({ width: 3, height: 3 });
      expect(settings.rle?.cells.join("")).toBe("010001111");
    }
  });

  it("lets the last of a repeated parameter win", () => {
    expect(parseQueryParams("step=2&step=5").settings).toEqual({ step: 5 });
  });

  it("ignores unknown parameters, even ones named like object properties", () => {
    expect(parseQueryParams("utm_source=x&constructor=1&__proto__=2&toString=3")).toEqual({
      settings: {},
      errors: [],
    });
  });

  it.each([
    ["rule=B9/S23", 'rule="B9/S23": '],
    ["rule=Nonsense", 'rule="Nonsense": Unknown rule'],
    [`rule=${"B".repeat(200)}`, "too long for a rule"],
    ["rule=B3/S23:T70000,70000", "is too large"],
    ["size=200", 'size="200": expected WIDTHxHEIGHT'],
    ["size=0x10", "expected WIDTHxHEIGHT"],
    ["size=1.5x10", "expected WIDTHxHEIGHT"],
    ["size=70000x70000", "over the limit of 16384 cells a side"],
    ["size=268435456x1", 'size="268435456x1": over the limit of 16384 cells a side'],
    ["size=20000x100", 'size="20000x100": over the limit of 16384 cells a side'],
    ["rule=B3/S23:T20000,100", "is too large"],
    ["topology=sphere", 'topology="sphere": expected "torus", "plane" or "infinite"'],
    ["pattern=unicorn", 'pattern="unicorn": no pattern in the library'],
    [
      "rle=x%20%3D%203%2C%20y%20%3D%203%0Abz!",
      'rle="x = 3, y = 3\\nbz!": not a pattern (line 2, column 2): unexpected "z"',
    ],
    ["rle=bo%240o!", "not a pattern (line 1, column 4): run count must be at least 1"],
    ["random=1.5", 'random="1.5": expected a density from 0 to 1'],
    ["random=-0.1", "expected a density"],
    ["random=0x1", "expected a density"],
    ["random=", "expected a density"],
    ["seed=1.5", 'seed="1.5": expected a whole number'],
    ["seed=99999999999999999999", "expected a whole number"],
    ["speed=0", 'speed="0": expected generations per second above 0, or "max"'],
    ["speed=fast", "expected generations per second"],
    ["speed=Infinity", "expected generations per second"],
    ["step=0", 'step="0": expected a whole number of generations per frame from 1 to 1000'],
    ["step=1001", "from 1 to 1000"],
    ["step=2.5", "from 1 to 1000"],
    ["step=2^63", "2^k with k at most 62"],
    ["step=3^2", "or 2^k"],
    ["autoplay=yes", 'autoplay="yes": expected "1", "true", "0" or "false"'],
  ])("reports %j as an error and leaves the setting out", (search, message) => {
    const { settings, errors } = parseQueryParams(search);
    expect(settings).toEqual({});
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it("reads topology=infinite, and a step of 2^k for the infinite plane", () => {
    expect(parseQueryParams("topology=infinite&step=2^20").settings).toEqual({
      topology: "infinite",
      stepExponent: 20,
      step: 1000,
    });
    expect(parseQueryParams("step=2%5E3").settings).toEqual({ stepExponent: 3, step: 8 });
  });

  it("keeps the valid settings next to the errors, and cuts long values short", () => {
    const { settings, errors } = parseQueryParams(`step=4&speed=slow&seed=${"x".repeat(100)}`);
    expect(settings).toEqual({ step: 4 });
    expect(errors).toHaveLength(2);
    expect(errors[1]).toBe(`seed="${"x".repeat(39)}…": expected a whole number`);
  });
});

describe("engine and workers parameters", () => {
  it("reads the engine and the number of workers, and names bad values", () => {
    expect(parseQueryParams("?engine=coroutine&workers=2").settings).toMatchObject({
      engine: "coroutine",
      workers: 2,
    });
    const { settings, errors } = parseQueryParams("?engine=gpu&workers=0");
    expect(settings).toEqual({});
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/engine="gpu"/);
    expect(errors[1]).toMatch(/workers="0"/);
  });

  it("reads the infinite plane's engines, HashLife and tiles, in any case", () => {
    expect(parseQueryParams("?engine=hashlife").settings).toEqual({ engine: "hashlife" });
    expect(parseQueryParams("?engine=Tiles").settings).toEqual({ engine: "tiles" });
    expect(parseQueryParams("?engine=fast").errors[0]).toMatch(/"hashlife" or "tiles"/);
  });

  it("takes at most 16 workers", () => {
    expect(parseQueryParams("?workers=16").settings).toEqual({ workers: 16 });
    for (const workers of ["17", "999"]) {
      const { settings, errors } = parseQueryParams(`?workers=${workers}`);
      expect(settings).toEqual({});
      expect(errors).toEqual([
        `workers="${workers}": expected a whole number of workers from 1 to 16`,
      ]);
    }
  });
});
