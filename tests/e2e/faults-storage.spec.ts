import { expect, type Page, test } from "@playwright/test";
import { expectNoLongTask, pageNow, watchLongTasks } from "./longTasks.ts";
import { clickCell, counters, expectStatus, openApp, openEmpty, readStatus } from "./support.ts";

// Issue #10: a storage that is blocked, broken or full, or a link that cannot be opened, never
// stops the app, never freezes it and never loses the pattern.

const AUTOSAVE_KEY = "coroutine-life:autosave:v1";

test("when the localStorage getter throws (cookies blocked), the app starts, applies its parameters, says so and keeps the pattern", async ({
  page,
}) => {
  await watchLongTasks(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
  });
  await expectParametersApplyAndEditsStay(page, /storage cannot be used here/);
});

test("when getItem throws, the app starts on the default pattern, says so and keeps the pattern", async ({
  page,
}) => {
  await watchLongTasks(page);
  await page.addInitScript(() => {
    Storage.prototype.getItem = () => {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    };
  });
  await openApp(page);
  const ready = await pageNow(page);
  await expect(page.getByRole("alert")).toContainText(/storage cannot be used here/);
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await page.getByRole("button", { name: "Pause" }).click();
  const before = await readStatus(page);
  expect(before.population).toBeGreaterThan(0);
  await clickCell(page, 1, 1);
  const after = await readStatus(page);
  expect(Math.abs(after.population - before.population)).toBe(1);
  await page.waitForTimeout(1000);
  await expectStatus(page, after.generation, after.population);
  await expect(page.getByRole("alert")).toContainText(/storage cannot be used here/);
  await expectNoLongTask(page, ready);
});

for (const [fault, name, message] of [
  ["QuotaExceededError (storage full)", "QuotaExceededError", /storage is full/],
  ["SecurityError", "SecurityError", /storage cannot be used here/],
] as const) {
  test(`when setItem throws ${fault}, the app says so and keeps the pattern`, async ({ page }) => {
    await watchLongTasks(page);
    await page.addInitScript((errorName) => {
      Storage.prototype.setItem = () => {
        throw new DOMException("Refused.", errorName);
      };
    }, name);
    await expectParametersApplyAndEditsStay(page, message);
  });
}

/** Opens a 60x40 HighLife grid by parameters, draws on it and checks the storage fault's message. */
async function expectParametersApplyAndEditsStay(page: Page, message: RegExp): Promise<void> {
  await openApp(page, "/?size=60x40&rule=highlife");
  const ready = await pageNow(page);
  await expect(page.getByText("B36/S23 · 60×40 torus")).toBeVisible();
  // A blinker: the autosave tries to write it 300 ms later.
  for (const x of [10, 11, 12]) await clickCell(page, x, 10);
  await expectStatus(page, 0, 3);
  await expect(page.getByRole("alert")).toContainText(message);
  await expect(page.getByRole("alert")).not.toContainText("too big");
  await page.waitForTimeout(1000);
  await expectStatus(page, 0, 3);
  // Still responsive: a step runs.
  await page.getByRole("button", { name: "Step" }).click();
  await expectStatus(page, 1, 3);
  await expectNoLongTask(page, ready);
}

/** Draws a pattern on an empty grid and waits until the autosave holds it; returns what it holds. */
async function savePattern(page: Page): Promise<string> {
  await openEmpty(page);
  for (const [x, y] of [
    [7, 7],
    [8, 7],
    [9, 7],
    [30, 20],
  ] as const) {
    await clickCell(page, x, y);
  }
  await expectStatus(page, 0, 4);
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", AUTOSAVE_KEY))
    .toMatch(/7\$7b3o13\$30bo!/);
  return page.evaluate((key) => localStorage.getItem(key) ?? "", AUTOSAVE_KEY);
}

for (const [what, rle, message] of [
  ["a rule the app does not run", "x = 2, y = 1, rule = WireWorld\n2o!", /WireWorld/],
  ["a 20000-wide body", "x = 20000, y = 1\n20000o!", /20000/],
] as const) {
  test(`an ?rle= with ${what} leaves the autosave as it was and shows it`, async ({ page }) => {
    await watchLongTasks(page);
    const saved = await savePattern(page);
    await openApp(page, `/?rle=${encodeURIComponent(rle)}`);
    const ready = await pageNow(page);
    await expect(page.getByRole("alert")).toContainText(message);
    await page.waitForTimeout(3000);
    expect(await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY)).toBe(saved);
    await expectStatus(page, 0, 4);
    await expect(page.getByText("B3/S23 · 40×30 torus")).toBeVisible();
    await expectNoLongTask(page, ready);
  });
}

test("a link that cannot be opened leaves the autosave as it was and shows it", async ({
  page,
}) => {
  const saved = await savePattern(page);
  // A new document, as opening the link does (on "/" a goto to "/#..." only changes the hash).
  await openApp(page, "/?#v1.bm90LWEtcmVhbC1saW5r");
  await expect(page.getByRole("alert")).toContainText("This link could not be opened");
  await page.waitForTimeout(3000);
  expect(await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY)).toBe(saved);
  await expectStatus(page, 0, 4);
});

test("an unreadable autosave is set aside, not lost, and the alert says so", async ({ page }) => {
  // Before the app runs: a page already open would save over it when it goes away.
  await page.addInitScript((key) => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "yes");
    localStorage.setItem(key, "{not json");
  }, AUTOSAVE_KEY);
  await openApp(page);
  await expect(page.getByRole("alert")).toContainText("could not be read back");
  expect(
    await page.evaluate(() => localStorage.getItem("coroutine-life:autosave:unreadable")),
  ).toBe("{not json");
  await expect(counters(page)).not.toContainText("Population 0");
});
