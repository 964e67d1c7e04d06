import { describe, expect, it } from "vitest";
import { blinkerStore, settle } from "./testing/storeFixtures.ts";

describe("density, notices and counts on demand", () => {
  it("a random fill remembers its density, so the slider shows it", () => {
    const { store } = blinkerStore();
    expect(store.getState().density).toBe(0.3);
    store.getState().randomFill(0.5, 1);
    expect(store.getState().density).toBe(0.5);
    store.getState().setDensity(0.7);
    expect(store.getState().density).toBe(0.7);
    store.getState().setDensity(3);
    expect(store.getState().density).toBe(1);
  });

  it("a notice is not an alert", () => {
    const { store } = blinkerStore();
    store.getState().showNotice("Grids over 2048x2048 are not saved");
    expect(store.getState()).toMatchObject({
      notice: "Grids over 2048x2048 are not saved",
      alert: null,
    });
    store.getState().showNotice(null);
    expect(store.getState().notice).toBeNull();
  });

  it("announces the generation and population when asked", async () => {
    const { store } = blinkerStore();
    store.getState().step();
    await settle();
    store.getState().announceCounts();
    expect(store.getState().announcement).toBe("Generation 1, population 3");
  });
});
