import { describe, expect, it } from "vitest";
import { gridStore, settle } from "./testing/storeFixtures.ts";

// Golly's other surfaces in the store: the Topology setting and rule suffixes put the world on
// them, with Golly's rules (a sphere is square), and the world's space carries twist and shift.

describe("surfaces in the store", () => {
  it("puts the world on a Klein bottle with Golly's default twist", async () => {
    const { store } = gridStore(40, 30);
    store.getState().setTopology("klein");
    await settle();
    expect(store.getState().topology).toBe("klein");
    expect(store.getState().world.space).toMatchObject({ kind: "klein", twist: "vertical" });
  });

  it("refuses a sphere on a grid that is not square, and a size that would unsquare one", async () => {
    const { store } = gridStore(40, 30);
    store.getState().setTopology("sphere");
    await settle();
    expect(store.getState().alert).toMatch(/sphere .* square/);
    expect(store.getState().topology).toBe("torus");
    expect(store.getState().setSize(30, 30)).toBeNull();
    store.getState().setTopology("sphere");
    await settle();
    expect(store.getState().world.space).toMatchObject({ kind: "sphere", width: 30 });
    expect(store.getState().setSize(30, 20)).toMatch(/sphere cannot be 30x20/);
    expect(store.getState().width).toBe(30);
  });

  it("takes a shifted torus from a rule suffix, and keeps the shift within the edges", async () => {
    const { store } = gridStore(40, 30);
    expect(store.getState().setRule("B3/S23:T30+5,20")).toBeNull();
    await settle();
    expect(store.getState().world.space).toMatchObject({
      kind: "torus",
      width: 30,
      height: 20,
      shift: { edges: "horizontal", by: 5 },
    });
    expect(store.getState().setSize(4, 20)).toMatch(/shifted torus cannot be 4x20/);
  });
});
