/**
 * How a citizen's phone shows a page: 360×800, optionally with the browser's own text size
 * doubled (Chromium's default font size at 32 px, as Android's largest font scale does).
 */
import type { Page } from 'playwright-core';

export const PHONE = { width: 360, height: 800 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;

/** Sets the browser's default font size, as a reader's text-size setting does (16 px is 100 %). */
export async function setBrowserTextSize(page: Page, percent: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: (16 * percent) / 100, fixed: (13 * percent) / 100 } });
}

/** Where the page's <h1> starts, from the top of the document, in CSS pixels. */
export function headingTop(page: Page): Promise<number | undefined> {
  return page.evaluate(() => {
    const heading = document.querySelector('h1');
    return heading ? heading.getBoundingClientRect().top + window.scrollY : undefined;
  });
}

/** How far the page scrolls sideways (0 when it fits its viewport). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
