import { expect, type Locator, type Page } from "@playwright/test"

/** Helpers for keyboard-only journeys: keys in, roles and labels out. */

const isFocused = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement)

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and
 * fails if it never does: an element Tab cannot reach is a bug, not a slow page.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { max = 40, back = false }: { max?: number; back?: boolean } = {},
) {
  await expect(target).toBeVisible()
  if (await isFocused(target)) return
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab")
    if (await isFocused(target)) return
  }
  throw new Error(
    `${back ? "Shift+Tab" : "Tab"} never reached ${target.toString()}`,
  )
}

/** Focus is on a real element (not lost to <body>) and the element shows a focus ring. */
export async function expectVisibleFocus(page: Page) {
  const focus = await page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return { lost: true, ring: false }
    // Radio and checkbox cards draw the ring on their label (`has-[:focus-visible]`).
    const drawn = [el, el.closest("label")].filter(
      (e): e is Element => e !== null,
    )
    const ring = drawn.some((e) => {
      const s = getComputedStyle(e)
      return (
        (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) ||
        s.boxShadow !== "none"
      )
    })
    return { lost: false, ring: el.matches(":focus-visible") && ring }
  })
  expect(focus, "focus is on an element with a visible ring").toEqual({
    lost: false,
    ring: true,
  })
}

/** Focus did not fall back to <body> (e.g. after the focused element was removed). */
export async function expectFocusKept(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document.activeElement !== null &&
          document.activeElement !== document.body,
      ),
    )
    .toBe(true)
}
