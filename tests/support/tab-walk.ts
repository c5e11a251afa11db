// Walking a page by Tab alone, as a keyboard user does, and checking each step: the focused
// control shows that it has focus (its look, or its frame's, changes between focused and not),
// focus moves forward through the layout (never back up the page in the same column), and Tab
// always gets somewhere new. tests/e2e/keyboard.test.ts drives the main flows with it.
import type { Page } from "playwright-core";

export type TFocus = {
  /** tag, role and accessible name, for messages: `button "Run"` */
  label: string;
  tag: string;
  name: string;
  testId: string | null;
  inEditor: boolean;
  box: { x: number; y: number; width: number; height: number };
};

export type TWalkProblem = string;

type TStep = { focus: (TFocus & { look: string }) | null; lastLook: string | null };

// One look at the page after a key press: what has focus now, and how the control that had it
// before looks without it. The look covers an element and its two nearest frames, everything
// that can show focus (outline, ring, border, background, colour, underline), compared focused
// and unfocused: a focus style nobody can see does not count. Transitions are waited out first.
function lookAtFocus(): TStep {
  const look = (el: Element) => {
    const parts: string[] = [];
    for (let x: Element | null = el, i = 0; x && i < 3; x = x.parentElement, i++) {
      const s = getComputedStyle(x);
      parts.push([s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderTopColor, s.borderBottomColor, s.backgroundColor, s.color, s.textDecorationLine].join("|"));
    }
    return parts.join("#");
  };
  const memory = window as unknown as { __tabWalkLast?: Element };
  const last = memory.__tabWalkLast;
  const lastLook = last && last.isConnected && last !== document.activeElement ? look(last) : null;
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || el === document.documentElement) {
    memory.__tabWalkLast = undefined;
    return { focus: null, lastLook };
  }
  memory.__tabWalkLast = el;
  const rect = el.getBoundingClientRect();
  const name = (el.getAttribute("aria-label") ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? el.getAttribute("title") ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 60);
  const role = el.getAttribute("role") ?? "";
  return {
    lastLook,
    focus: {
      label: `${el.tagName.toLowerCase()}${role ? `[${role}]` : ""} "${name}"`,
      tag: el.tagName.toLowerCase(),
      name,
      testId: el.getAttribute("data-testid"),
      inEditor: Boolean(el.closest(".cm-editor")),
      box: { x: rect.x + window.scrollX, y: rect.y + window.scrollY, width: rect.width, height: rect.height },
      look: look(el),
    },
  };
}

const settle = (page: Page) => page.waitForTimeout(220);

/** What has focus now (null: nothing, the page itself). */
export async function focusNow(page: Page): Promise<TFocus | null> {
  return (await page.evaluate(lookAtFocus)).focus;
}

/** Presses Tab (or Shift+Tab) until `want` holds for the focused control, `max` presses at most.
 * Returns the controls passed on the way, the last one the wanted control. Problems found on
 * the way (invisible focus, a jump back up the page, Tab stuck in place) go into `problems`.
 * A control that has focus already and is wanted is returned at once, unless `moveFirst`. */
export async function tabUntil(
  page: Page,
  want: (focus: TFocus) => boolean,
  options: { problems: TWalkProblem[]; max?: number; backwards?: boolean; what?: string; moveFirst?: boolean },
): Promise<TFocus[]> {
  const max = options.max ?? 80;
  const passed: TFocus[] = [];
  let previous = (await page.evaluate(lookAtFocus)).focus;
  // Already there (a control the page focused by itself, as Next after an answer).
  if (previous && want(previous) && !options.moveFirst) return [previous];
  for (let press = 0; press < max; press++) {
    await page.keyboard.press(options.backwards ? "Shift+Tab" : "Tab");
    await settle(page);
    const step = await page.evaluate(lookAtFocus);
    const lastLook = step.lastLook;
    let focus = step.focus;
    // A control that turns into another on focus (the example's code into its editor) hands
    // focus on once the new one has loaded.
    for (let wait = 0; !focus && wait < 20; wait++) {
      await page.waitForTimeout(150);
      ({ focus } = await page.evaluate(lookAtFocus));
    }
    if (previous && lastLook !== null && lastLook === previous.look) options.problems.push(`no visible focus on ${previous.label}`);
    if (!focus) {
      // Past the last control: the page gave focus back to the browser.
      throw new Error(`Tab left the page before reaching ${options.what ?? "the wanted control"}; passed: ${passed.map((f) => f.label).join(" → ")}`);
    }
    if (previous && focus.label === previous.label && focus.box.x === previous.box.x && focus.box.y === previous.box.y) options.problems.push(`Tab stayed on ${focus.label}`);
    if (previous && !options.backwards && !followsLayout(previous, focus)) options.problems.push(`focus jumped back up from ${previous.label} to ${focus.label}`);
    passed.push(focus);
    // Its own look is checked when it loses focus, at the caller's next step.
    if (want(focus)) return passed;
    previous = focus;
  }
  throw new Error(`${options.what ?? "the wanted control"} not reached in ${max} presses of Tab; passed: ${passed.map((f) => f.label).join(" → ")}`);
}

// Forward focus order follows the layout: the next control is lower on the page, on the same
// row, or in a column to the right. A control above and not to the right is a jump back.
function followsLayout(from: TFocus, to: TFocus): boolean {
  if (to.box.width === 0 && to.box.height === 0) return true;
  const sameRow = to.box.y < from.box.y + from.box.height && to.box.y + to.box.height > from.box.y;
  if (to.box.y >= from.box.y - 4 || sameRow) return true;
  return to.box.x >= from.box.x + from.box.width - 1;
}
