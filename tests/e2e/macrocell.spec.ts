import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { expect, type Page, test } from "@playwright/test";
import { writeMacrocell } from "../../src/formats/writeMacrocell.ts";
import { expectStatus, openApp } from "./support.ts";

// Macrocell (.mc, .mc.gz) files: opened on the infinite plane by the universe worker at their
// #G generation and #R rule, run there, and downloaded back as Macrocell.

/**
 * The R-pentomino as a macrocell made with the app's own writer: one 8x8 leaf (rows as bits,
 * bit x is column x) in a level-4 root, whose top-left cell is (-8, -7).
 */
function rPentomino(generation: bigint, comment: string): string {
  return writeMacrocell({
    rule: "B3/S23",
    generation,
    comments: [{ kind: "C", text: comment }],
    nodes: [
      { level: 3, rows: [0b110, 0b011, 0b010, 0, 0, 0, 0, 0] },
      { level: 4, nw: 0, ne: 0, sw: 0, se: 1 },
    ],
  });
}

async function open(page: Page, name: string, buffer: Buffer) {
  await page
    .getByLabel("Open pattern file")
    .setInputFiles({ name, mimeType: "text/plain", buffer });
}

async function goTo(page: Page, generation: string) {
  await page.getByLabel("Go to generation").fill(generation);
  await page.getByRole("button", { name: "Go", exact: true }).click();
}

test("a .mc and a .mc.gz open on the infinite plane at their generation, run, and download as .mc", async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole("button", { name: "Pause" }).click();
  await open(page, "r-pentomino.mc", Buffer.from(rPentomino(0n, "made in the test")));
  await expect(page.getByRole("status")).toContainText(
    "Opened r-pentomino.mc on the infinite plane",
  );
  await expect(page.locator(".status-bar")).toContainText("hashlife");
  await expectStatus(page, 0, 5);
  // The R-pentomino settles at generation 1103 with 116 cells.
  await goTo(page, "1103");
  await expectStatus(page, 1103, 116);

  // Gzipped, at #G 1000: Go to generation counts from there.
  await open(page, "later.mc.gz", gzipSync(Buffer.from(rPentomino(1000n, "gzipped"))));
  await expect(page.getByRole("status")).toContainText("Opened later.mc.gz");
  await expectStatus(page, 1000, 5);
  await goTo(page, "2103");
  await expectStatus(page, 2103, 116);

  await page.getByText("Save", { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download .mc" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("later.mc");
  const text = readFileSync(await download.path(), "utf8");
  expect(text.split("\n").slice(0, 4)).toEqual([
    "[M2] (coroutine-life)",
    "#R B3/S23",
    "#G 2103",
    "#N later",
  ]);
  expect(text).toContain("#C gzipped");
  // Read back, it is the same world.
  await open(page, "again.mc", Buffer.from(text));
  await expect(page.getByRole("status")).toContainText("Opened again.mc");
  await expectStatus(page, 2103, 116);
});

test("a .mc that cannot be read or run says why and keeps the world", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Pause" }).click();
  await open(page, "r.mc", Buffer.from(rPentomino(0n, "")));
  await expectStatus(page, 0, 5);
  const alert = page.getByRole("alert");
  await open(page, "bad.mc", Buffer.from("[M2]\n#R B3/S23\n$$*$\n4 0 0 0 7\n"));
  await expect(alert).toContainText("bad.mc: line 4, column 1: node 7 is not defined yet");
  await expectStatus(page, 0, 5);
  await open(page, "wireworld.mc", Buffer.from("[M2]\n#R WireWorld\n$$*$\n"));
  await expect(alert).toContainText('The pattern\'s rule "WireWorld" cannot be used');
  await expectStatus(page, 0, 5);
  // The world kept runs on.
  await goTo(page, "1103");
  await expectStatus(page, 1103, 116);
  // On a bounded grid there is no .mc to download.
  await page.getByLabel("Topology").selectOption("torus");
  await page.getByText("Save", { exact: true }).click();
  await expect(page.getByRole("button", { name: "Download .mc" })).toBeDisabled();
});
