/** A built site served on loopback and a Chromium to visit it, for one test file. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serve } from '../../scripts/lib/static-server.ts';

export interface Visit {
  browser: BrowserContext;
  origin: string;
}

export function visitBuiltSite(dir: string, base: string, options: { locale?: string } = {}): Visit {
  const visit = {} as Visit;
  let close: (() => Promise<void>) | undefined;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    server = await serve(dir, base);
    const chromium = await launchChromium(options);
    visit.browser = chromium.browser;
    visit.origin = server.origin;
    close = chromium.close;
  });
  afterAll(async () => {
    await close?.();
    await server?.close();
  });
  return visit;
}

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules and axe's best practices: "rule: elements" per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging protocol: the page's CSP (rightly) refuses an injected <script>.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as {
      axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
    }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
  });
}
