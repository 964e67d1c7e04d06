import { describe, expect, it } from "vitest";
import { findPattern } from "./findPattern.ts";
import { PATTERN_LIBRARY } from "./patternLibrary.ts";
import { searchPatterns } from "./searchPatterns.ts";

const idsOf = (query: string) => searchPatterns(query).map((pattern) => pattern.id);

describe("searchPatterns", () => {
  it("matches names ignoring case, whole-name matches first", () => {
    const ids = idsOf("GLIDER");
    expect(ids[0]).toBe("glider");
    expect(ids).toContain("gosper-glider-gun");
    expect(ids).toContain("simkin-glider-gun");
  });

  it("matches categories and descriptions", () => {
    const stillLifes = idsOf("still life");
    expect(stillLifes).toEqual(
      PATTERN_LIBRARY.filter((pattern) => pattern.category === "still life").map((p) => p.id),
    );
    expect(idsOf("vanish")).toEqual(["diehard"]);
    expect(idsOf("highlife")).toEqual(["highlife-replicator"]);
  });

  it("needs every word to match, anywhere", () => {
    expect(idsOf("gun 120")).toEqual(["simkin-glider-gun"]);
    expect(idsOf("spaceship c/2")).toEqual(expect.arrayContaining(["lwss", "mwss", "hwss"]));
  });

  it("matches a pattern's rule by rulestring, family and preset name", () => {
    expect(idsOf("brian's brain")).toEqual(["brians-brain-ship", "brians-brain-butterfly"]);
    expect(idsOf("345/2/4")).toEqual(["star-wars-ship"]);
    expect(idsOf("star wars")).toEqual(["star-wars-ship"]);
    expect(idsOf("larger than life")).toEqual(["bosco"]);
    expect(idsOf("bosco's rule")).toEqual(["bosco"]);
    expect(idsOf("hexagonal")).toEqual(["hexagonal-ring"]);
    expect(idsOf("von neumann")).toEqual(["von-neumann-diamond"]);
    expect(idsOf("isotropic")).toEqual(["tlife-t-ship"]);
    expect(idsOf("lifehistory")).toEqual(["lifehistory-glider"]);
    // "generations" is in many descriptions too; the family's patterns are among the results.
    expect(idsOf("generations")).toEqual(
      expect.arrayContaining(["brians-brain-ship", "brians-brain-butterfly", "star-wars-ship"]),
    );
    // Every Conway's Life pattern is found by the rule's name.
    expect(idsOf("conway's life")).toEqual(
      expect.arrayContaining(["glider", "gosper-glider-gun", "r-pentomino"]),
    );
    expect(idsOf("conway's life")).not.toContain("highlife-replicator");
  });

  it("lists everything for a blank query and nothing for an unknown word", () => {
    expect(searchPatterns("  ")).toHaveLength(PATTERN_LIBRARY.length);
    expect(searchPatterns("xyzzy")).toEqual([]);
  });
});

describe("findPattern", () => {
  it("finds by exact id only", () => {
    expect(findPattern("gosper-glider-gun")?.name).toBe("Gosper glider gun");
    expect(findPattern("Gosper glider gun")).toBeUndefined();
    expect(findPattern("")).toBeUndefined();
  });
});
