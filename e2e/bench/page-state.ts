/**
 * Conditions on the page, as function sources the in-page timers (in-page.ts) run every frame. Kept as text so they
 * run in the page, with no Playwright round trip between the result showing and the clock stopping.
 */
const json = JSON.stringify;

/** A dialog whose title is `title` is open. */
export const dialogOpen = (title: string): string =>
  `[...document.querySelectorAll('[role="dialog"]')].some((d) => {
    const id = d.getAttribute('aria-labelledby');
    return id !== null && document.getElementById(id)?.textContent?.trim() === ${json(title)};
  })`;

/** The table named `label` has a body row containing `text` (any row when text is empty). */
export const tableHas = (label: string, text = ''): string =>
  `[...document.querySelectorAll('table[aria-label=${json(label)}] tbody tr')].some((r) => r.textContent.includes(${json(text)}))`;

/** Every condition holds. */
export const all = (...conditions: string[]): string => `() => (${conditions.join(') && (')})`;

/** The dialog is closed and the table shows the result. */
export const closedAndShown = (dialog: string, table: string, text: string): string =>
  all(`!(${dialogOpen(dialog)})`, tableHas(table, text));
