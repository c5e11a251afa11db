import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser } from "../support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openQ60(): Promise<{ page: Page; threading: Locator; asyncio: Locator }> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl()}/python/60`);
  const blocks = page.getByTestId("sandbox");
  // The threading and asyncio examples, the one-workload-three-models block, then the
  // TaskGroup/timeout example and the process pool driven from asyncio.
  expect(await blocks.count()).toBe(5);
  return { page, threading: blocks.nth(0), asyncio: blocks.nth(1) };
}

async function runAndWait(block: Locator): Promise<string> {
  await block.getByRole("button", { name: "Run", exact: false }).first().click();
  await block.getByTestId("sandbox-timeline").waitFor({ timeout: 30_000 });
  return block.getByTestId("sandbox-output").innerText();
}

async function runAndWaitFor(block: Locator): Promise<string> {
  await block.getByTestId("sandbox-timeline").waitFor({ timeout: 30_000 });
  return block.getByTestId("sandbox-output").innerText();
}

// Replaces the editor's whole text the way a paste does, so CodeMirror's auto-indent stays out of it.
async function replaceCode(page: Page, block: Locator, code: string) {
  // The highlighted code turns into the editor on the first click.
  if ((await block.getByTestId("sandbox-static-code").count()) > 0) await block.getByTestId("sandbox-static-code").click();
  const editor = block.locator(".cm-content");
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(code);
  const firstLine = code.split("\n")[0]!;
  await expect.poll(() => editor.evaluate((el, line) => (el as HTMLElement).innerText.includes(line), firstLine)).toBe(true);
}

describe("the sandbox on the question page", () => {
  it("runs both Q60 examples in the browser with output, one timeline lane per thread or task, and metrics", async () => {
    const { page, threading, asyncio } = await openQ60();

    expect(await runAndWait(threading)).toContain("took 2.0s");
    // MainThread and the three download threads.
    expect(await threading.getByTestId("sandbox-timeline").getAttribute("data-lanes")).toBe("4");
    expect(await threading.locator("svg [data-lane]").evaluateAll((lanes) => lanes.map((l) => l.getAttribute("data-lane")))).toEqual([
      "MainThread",
      "Thread-1 (download)",
      "Thread-2 (download)",
      "Thread-3 (download)",
    ]);
    expect(await threading.locator('[data-metric="Total virtual time"]').innerText()).toBe("2.00 s");
    expect(await threading.locator("rect.tl-blocked title").first().textContent()).toMatch(/blocked/);

    expect(await runAndWait(asyncio)).toContain("took 2.0s");
    // The loop's thread, the main() task and one task per download that gather() wraps.
    expect(await asyncio.locator("svg [data-lane]").evaluateAll((lanes) => lanes.map((l) => l.getAttribute("data-lane")))).toEqual([
      "MainThread",
      "Task-1 (main)",
      "Task-2 (download)",
      "Task-3 (download)",
      "Task-4 (download)",
    ]);
    expect(await asyncio.locator('[data-metric="Context switches"]').innerText()).toMatch(/^\d+$/);

    // Zoom in, then fit again.
    await asyncio.getByRole("button", { name: "Zoom in" }).click();
    await asyncio.getByRole("button", { name: "Fit" }).click();

    // Playback sweeps a cursor along virtual time and says what each lane is doing, then ends.
    await asyncio.getByTestId("timeline-play").click();
    await asyncio.getByTestId("timeline-cursor").waitFor();
    expect(await asyncio.getByTestId("timeline-hover").innerText()).toMatch(/^t = .* · MainThread /);
    await asyncio.getByTestId("timeline-cursor").waitFor({ state: "detached", timeout: 15_000 });
    await page.close();
  });

  it("reruns an edited example with Ctrl+Enter: a blocking time.sleep makes asyncio sequential", async () => {
    const { page, asyncio } = await openQ60();
    const original = await asyncio.getByTestId("sandbox-static-code").innerText();
    expect(original).toContain("await asyncio.sleep(seconds)");
    const blocking = original.replace("await asyncio.sleep(seconds)", "time.sleep(seconds)");
    await replaceCode(page, asyncio, blocking);
    await page.keyboard.press("ControlOrMeta+Enter");
    await asyncio.getByTestId("sandbox-timeline").waitFor({ timeout: 30_000 });
    expect(await asyncio.getByTestId("sandbox-output").innerText()).toContain("took 4.5s");
    expect(await asyncio.locator('[data-metric="Total virtual time"]').innerText()).toBe("4.50 s");

    // Reset brings back the author's code, and it runs in 2 s again.
    await asyncio.getByRole("button", { name: "Reset" }).click();
    expect(await asyncio.locator(".cm-content").innerText()).toContain("await asyncio.sleep(seconds)");
    expect(await runAndWait(asyncio)).toContain("took 2.0s");
    await page.close();
  });

  it("highlights the line of an uncaught exception and shows stderr apart from stdout", async () => {
    const { page, threading } = await openQ60();
    await replaceCode(page, threading, "print('before')\nx = 0\nprint(1 / x)\n");
    await runAndWait(threading);
    expect(await threading.locator('[data-stream="stdout"]').innerText()).toBe("before\n");
    expect(await threading.locator('[data-stream="stderr"]').innerText()).toContain("ZeroDivisionError: division by zero");
    expect(await threading.locator(".cm-error-line").innerText()).toBe("print(1 / x)");
    await page.close();
  });

  it("stops an endless loop at once while the page stays responsive", async () => {
    const { page, threading } = await openQ60();
    await replaceCode(page, threading, "while True:\n    pass\n");
    await threading.getByRole("button", { name: "Run", exact: false }).first().click();
    await threading.getByTestId("sandbox-status").filter({ hasText: "Running" }).waitFor();

    // The main thread is free while the worker spins: another button works and answers quickly.
    const toggledAt = Date.now();
    await page.getByRole("button", { name: "Toggle dark mode" }).click();
    await page.locator("html.dark").waitFor({ state: "attached" });
    expect(Date.now() - toggledAt).toBeLessThan(2_000);
    expect(await threading.getByTestId("sandbox-status").innerText()).toBe("Running…");

    const stoppedAt = Date.now();
    await threading.getByRole("button", { name: "Stop" }).click();
    await threading.getByTestId("sandbox-status").filter({ hasText: "Stopped." }).waitFor();
    expect(Date.now() - stoppedAt).toBeLessThan(2_000);

    // A new worker takes the next run.
    await replaceCode(page, threading, "print('again')\n");
    expect(await runAndWait(threading)).toBe("again\n");
    await page.close();
  });

  it("runs a plain python fence (Q1) with Run, loading the sandbox only then, and an edited one with Ctrl+Enter", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/python/1`);
    const examples = page.getByTestId("runnable-example");
    expect(await examples.count()).toBe(2);
    // Until someone presses Run the examples are highlighted code and a button: no sandbox block.
    expect(await page.getByTestId("sandbox").count()).toBe(0);
    expect(await examples.first().getByTestId("sandbox-static-code").innerText()).toContain('x = "forty-two"');

    await examples.first().getByRole("button", { name: "Run" }).click();
    const first = page.getByTestId("sandbox").first();
    expect(await runAndWaitFor(first)).toBe("<class 'str'>\n42\nabab\n");
    expect(await first.locator("svg [data-lane]").evaluateAll((lanes) => lanes.map((l) => l.getAttribute("data-lane")))).toEqual(["MainThread"]);

    // The second example from the keyboard: Ctrl+Enter on the focused code runs it as written,
    // then an edit runs with Ctrl+Enter in the editor.
    await page.getByTestId("runnable-example").first().locator("pre").focus();
    await page.keyboard.press("ControlOrMeta+Enter");
    const second = page.getByTestId("sandbox").nth(1);
    expect(await runAndWaitFor(second)).toBe('can only concatenate str (not "int") to str\n11\n2\n');
    await replaceCode(page, second, 'print("1" + str(2))\n');
    await page.keyboard.press("ControlOrMeta+Enter");
    await second.getByTestId("sandbox-timeline").waitFor({ timeout: 30_000 });
    expect(await second.getByTestId("sandbox-output").innerText()).toBe("12\n");
    await page.close();
  });

  it("runs a compare pair on one shared time axis (Q147)", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/python/147`);
    const compare = page.getByTestId("sandbox-compare");
    await compare.getByRole("button", { name: "Run both" }).click();
    await compare.getByTestId("sandbox-timeline").waitFor({ timeout: 30_000 });
    const outputs = await compare.getByTestId("sandbox-output").allInnerTexts();
    expect(outputs[0]).toContain("took 0.9s");
    expect(outputs[1]).toContain("took 0.3s");
    // One timeline for both runs: each run's lanes under its title.
    expect(await compare.getByTestId("sandbox-timeline").count()).toBe(1);
    expect(await compare.locator("svg text.tl-group-title").allTextContents()).toEqual(["time.sleep (blocking)", "asyncio.sleep (awaiting)"]);
    expect(await compare.locator('[data-metric="Total virtual time"]').allInnerTexts()).toEqual(["900 ms", "300 ms"]);
    await page.close();
  });

  it("runs the Q60 workload as threads, asyncio and processes, then all three on one time axis", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/python/60`);
    const workload = page.getByTestId("sandbox").nth(2);
    const output = workload.getByTestId("sandbox-output");

    await workload.getByTestId("mode-asyncio").click();
    await expect.poll(() => output.innerText(), { timeout: 30_000 }).toContain("asyncio, io-bound: 4 jobs took 0.50s");
    expect(await workload.locator(".cm-content").innerText()).toContain('MODE = "asyncio"');
    expect(await workload.getByTestId("mode-asyncio").getAttribute("aria-pressed")).toBe("true");
    await workload.getByTestId("mode-processes").click();
    // Two rounds of two 0.5 s waits, plus starting the two worker processes.
    await expect.poll(() => output.innerText(), { timeout: 30_000 }).toMatch(/processes, io-bound: 4 jobs took 1\.0\ds/);

    // CPU-bound jobs: the GIL serialises the threads, the two-process pool halves the time.
    const code = await workload.locator(".cm-content").innerText();
    await replaceCode(page, workload, code.replace('WORK = "io"', 'WORK = "cpu"'));
    await workload.getByTestId("mode-compare").click();
    const compared = workload.getByTestId("sandbox-compared-runs");
    await compared.getByTestId("sandbox-timeline").waitFor({ timeout: 60_000 });
    expect(await compared.locator("svg text.tl-group-title").allTextContents()).toEqual(["threads", "asyncio", "processes"]);
    const outputs = await compared.getByTestId("sandbox-output").allInnerTexts();
    const seconds = outputs.map((text) => Number(/took ([\d.]+)s/.exec(text)?.[1]));
    expect(outputs[0]).toContain("threads, cpu-bound");
    expect(seconds[2]).toBeLessThan(seconds[0]! * 0.75);
    expect(seconds[1]).toBeGreaterThanOrEqual(seconds[0]! * 0.9);
    expect(Number(await workload.locator('[data-metric="Context switches"]').first().innerText())).toBeGreaterThan(10);
    await page.close();
  });
});
