/** Debian's Chromium through playwright-core, with the flags this machine needs. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** `locale` sets the browser's language (navigator.language, Accept-Language), e.g. 'en-US'. */
export async function launchChromium(options: { locale?: string } = {}): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'cds-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    ...(options.locale ? { locale: options.locale } : {}),
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
