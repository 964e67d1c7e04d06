import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { cellCentre, grid, openEmpty } from "./support.ts";

/** A 16x12 torus with a vertical blinker on its right edge, x 15, y 4 to 6. */
async function blinkerOnTheEdge(page: Page) {
  await openEmpty(page, "16x12");
  for (const y of [4, 5, 6]) {
    const at = await cellCentre(page, 15, y);
    await page.mouse.click(at.x, at.y);
  }
}

test("inspects a torus edge cell: its 9 queries, wrapped across the edge, and its birth", async ({
  page,
}) => {
  await blinkerOnTheEdge(page);
  await page.getByRole("button", { name: "Inspect" }).click();
  await expect(page.getByRole("status")).toContainText("Inspect tool");
  const at = await cellCentre(page, 0, 5);
  await page.mouse.click(at.x, at.y);
  const panel = page.getByRole("region", { name: /Cell \(5, 0\)/ });
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId("inspector-progress")).toHaveText("Instruction 1 of 11");
  // The steps list: 9 queries and the transition.
  await panel.getByText("All 10 instructions").click();
  const entries = panel.locator(".inspector-steps li");
  await expect(entries).toHaveCount(10);
  await expect(entries.filter({ hasText: /^Query/ })).toHaveCount(9);
  await expect(entries.filter({ hasText: "wrapped" })).toHaveText([
    "Query (4, \u22121) \u2192 (4, 15), wrapped = 1",
    "Query (5, \u22121) \u2192 (5, 15), wrapped = 1",
    "Query (6, \u22121) \u2192 (6, 15), wrapped = 1",
  ]);
  await expect(entries.last()).toHaveText("Transition(5, 0) \u2192 1");

  // Step to the west neighbour: the source shows countNeighbors' `// w` line, and stepCell
  // waiting in its yield*.
  for (let i = 0; i < 7; i++) {
    await panel.getByRole("button", { name: "Step instruction", exact: true }).click();
  }
  await expect(panel.getByTestId("answered-by")).toHaveText("(5, \u22121) \u2192 (5, 15), wrapped");
  await expect(panel.getByTestId("frame-stack")).toContainText(
    "stepCell \u2192 yield* \u2192 countNeighbors",
  );
  const marked = panel.getByTestId("current-yield");
  await expect(marked).toHaveCount(2);
  await expect(marked.first()).toContainText("yield* countNeighbors(y, x)");
  await expect(marked.last()).toContainText("count += yield query(y, x - 1); // w");
  await expect(page.getByRole("status")).toContainText("Step 8 of 11: Query (5, \u22121)");
  expect(await axeFindings(page)).toEqual([]);

  await panel.getByRole("button", { name: "Step instruction back" }).click();
  await expect(panel.getByTestId("inspector-progress")).toHaveText("Instruction 7 of 11");
  await panel.getByRole("button", { name: "Run to TICK" }).click();
  await expect(panel.getByTestId("inspector-instruction")).toContainText("yield TICK");
  await panel.getByRole("button", { name: "Step instruction back" }).click();
  await expect(panel.getByTestId("inspector-instruction")).toContainText(
    "Transition(5, 0) \u2192 state 1",
  );
  await expect(marked).toContainText("yield transition(y, x, gameLogic(state, neighbors))");
});

test("the Inspect tool is reachable from the keyboard, and Escape closes the panel", async ({
  page,
}) => {
  await blinkerOnTheEdge(page);
  await page.keyboard.press("i");
  await expect(page.getByRole("button", { name: "Inspect" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await grid(page).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: /^Cell / })).toBeVisible();
  await page.getByRole("button", { name: "Step cell: the next cell's coroutine" }).click();
  await expect(page.getByRole("status")).toContainText("Inspecting cell");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("region", { name: /^Cell / })).toHaveCount(0);
});

/** axe-core's findings on the page as it is now, as "rule: target" lines (empty when clean). */
async function axeFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(" ")}`),
  );
}

test("watches a generation cell by cell, ticks, and finds the kernel's generation identical", async ({
  page,
}) => {
  await blinkerOnTheEdge(page);
  await page.getByRole("button", { name: "Inspect" }).click();
  await page.getByRole("button", { name: "Watch a generation" }).click();
  const bar = page.getByRole("toolbar", { name: "Watch a generation" });
  const progress = bar.getByTestId("watch-progress");
  await expect(progress).toContainText(/Cell \d+ of 192/);
  await expect(page.getByRole("status")).toContainText("Watching generation 0: 16×12 cells");
  expect(await axeFindings(page)).toEqual([]);
  await bar.getByRole("button", { name: "Pause watch" }).click();
  const paused = await progress.textContent();
  await page.waitForTimeout(300);
  await expect(progress).toHaveText(paused ?? "");
  await bar.getByRole("button", { name: "Resume" }).click();
  await bar.getByRole("combobox", { name: "Watch speed" }).selectOption("20000");
  await expect(progress).toHaveText("TICK done: 192 cells watched");
  await expect(page.getByTestId("counters")).toContainText("Generation 1");
  await bar.getByRole("button", { name: "Check against the kernel" }).click();
  await expect(progress).toContainText("Identical: 192 cells equal the kernel's generation");
  await expect(page.getByRole("status")).toContainText("Identical");
  await bar.getByRole("button", { name: "Stop watching" }).click();
  await expect(bar).toHaveCount(0);
});

test("in the production build, every family's frames find their source and current yield", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openEmpty(page, "12x10");
  await page.getByRole("button", { name: "Random" }).click();
  await page.getByRole("button", { name: "Inspect" }).click();
  const rules = ["B2-a/S12", "B3/S23/C4", "LifeHistory", "B3/S23Super", "R2,C3,M1,S2..5,B3..4,NM"];
  for (const rule of rules) {
    await page.getByLabel("Rule", { exact: true }).fill(rule);
    await page.getByLabel("Rule", { exact: true }).press("Enter");
    const at = await cellCentre(page, 3, 4);
    await page.mouse.click(at.x, at.y);
    const panel = page.getByRole("region", { name: /Cell \(4, 3\)/ });
    await expect(panel.getByTestId("inspector-progress")).toContainText("Instruction 1 of");
    const total = Number(
      /of (\d+)/.exec((await panel.getByTestId("inspector-progress").textContent()) ?? "")?.[1],
    );
    for (let i = 0; i < total - 1; i++) {
      const frames = ((await panel.getByTestId("frame-stack").textContent()) ?? "")
        .replace("Frames: ", "")
        .split(" \u2192 yield* \u2192 ");
      // One highlighted yield for each frame: the outer ones in their yield*.
      await expect(panel.getByTestId("current-yield"), `${rule}, step ${i + 1}`).toHaveCount(
        frames.length,
      );
      const innermost = panel.getByTestId("current-yield").last();
      const kind = await panel.getByTestId("inspector-instruction").textContent();
      await expect(innermost).toContainText(
        kind?.includes("Transition") ? "yield transition(" : "yield query(",
      );
      await panel.getByRole("button", { name: "Step instruction", exact: true }).click();
    }
  }
});

test("a range-5 Larger than Life cell asks its 121 cells, listed and stepped a row at a time", async ({
  page,
}) => {
  await openEmpty(page, "40x30");
  await page.getByLabel("Rule", { exact: true }).fill("R5,C0,M1,S34..58,B34..45,NM");
  await page.getByLabel("Rule", { exact: true }).press("Enter");
  await page.getByRole("button", { name: "Inspect" }).click();
  const at = await cellCentre(page, 2, 3);
  await page.mouse.click(at.x, at.y);
  const panel = page.getByRole("region", { name: /Cell \(3, 2\)/ });
  // Its own query, the other 120 cells of the 11x11 square (the middle, counted with M1, is not
  // asked twice), the transition and the TICK.
  await expect(panel.getByTestId("inspector-progress")).toHaveText("Instruction 1 of 123");
  await expect(panel.getByTestId("frame-stack")).toHaveText("Frames: largerThanLifeCell");
  await panel.getByRole("button", { name: "Next row" }).click();
  await expect(panel.getByTestId("inspector-progress")).toHaveText("Instruction 2 of 123");
  await expect(panel.getByTestId("frame-stack")).toContainText(
    "largerThanLifeCell \u2192 yield* \u2192 countInRange",
  );
  // Row −2 of the torus: the top row's neighbours across the edge.
  await expect(panel.getByTestId("answered-by")).toHaveText(
    "(\u22122, \u22123) \u2192 (28, 37), wrapped",
  );
  await panel.getByRole("button", { name: "Next row" }).click();
  await expect(panel.getByTestId("inspector-progress")).toHaveText("Instruction 13 of 123");
  await panel.getByText("All 122 instructions").click();
  await expect(panel.locator(".inspector-steps li")).toHaveCount(13);
  await expect(panel.locator(".inspector-steps li").nth(1)).toHaveText(
    "Row \u22122: 11 queries, 0 live",
  );
  expect(await axeFindings(page)).toEqual([]);
});
