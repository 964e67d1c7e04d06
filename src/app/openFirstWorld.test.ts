import { describe, expect, it } from "vitest";
import { openFirstWorld, type WorldAttempt } from "./openFirstWorld.ts";

describe("openFirstWorld", () => {
  const tried: string[] = [];
  const source = (name: string, attempt: WorldAttempt) => () => {
    tried.push(name);
    return attempt;
  };

  it("stops at the first source that opens, after those absent or failing, and gathers why", async () => {
    tried.length = 0;
    const result = await openFirstWorld([
      source("link", { opened: false, problem: "bad link." }),
      source("params", undefined),
      async () => source("autosave", { opened: true, autoplay: false, problem: "partly." })(),
      source("default", { opened: true, autoplay: true }),
    ]);
    expect(tried).toEqual(["link", "params", "autosave"]);
    expect(result).toEqual({ autoplay: false, problems: ["bad link.", "partly."] });
  });

  it("falls through every failure to the last source", async () => {
    tried.length = 0;
    const result = await openFirstWorld([
      source("link", { opened: false, problem: "a." }),
      source("params", { opened: false, problem: "b." }),
      source("default", { opened: true, autoplay: true }),
    ]);
    expect(tried).toEqual(["link", "params", "default"]);
    expect(result).toEqual({ autoplay: true, problems: ["a.", "b."] });
  });
});
