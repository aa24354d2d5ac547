/**
 * `npm run screens`: what a citizen sees, as pictures, from the built site (run
 * `npm run build` first). The home page, a guide, a plan and a search with results, each
 * on a 360×800 phone, on the same phone with the browser's text at 200 %, and on a
 * 1280×900 desktop; first screen only, as the person sees it before scrolling.
 * Writes docs/screens/<page>-<view>.png.
 *
 *   node scripts/screens.ts [--out docs/screens]
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadBuildSettings } from '../src/check/settings.ts';
import { launchChromium } from './lib/chromium.ts';
import { DESKTOP, PHONE, setBrowserTextSize } from './lib/phone.ts';
import { serve } from './lib/static-server.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/screens' } } });
const out = resolve(root, values.out);
const { base } = await loadBuildSettings(root, process.env);

const PAGES = [
  { name: 'trang-chu', path: '' },
  { name: 'huong-dan', path: 'ky-nang-so/dich-vu-cong-truc-tuyen/' },
  { name: 'ke-hoach', path: 'ke-hoach/thach-ha-2025/' },
  { name: 'tim-kiem', path: 'tim-kiem/?q=dich+vu+cong', waitFor: '#ket-qua li' },
];
const VIEWS = [
  { name: '360', viewport: PHONE, text: 100 },
  { name: '360-chu-200', viewport: PHONE, text: 200 },
  { name: '1280', viewport: DESKTOP, text: 100 },
];

await mkdir(out, { recursive: true });
const server = await serve(join(root, 'dist'), base);
const chromium = await launchChromium();
try {
  for (const { name, path, waitFor } of PAGES) {
    for (const view of VIEWS) {
      const page = await chromium.browser.newPage();
      await page.setViewportSize(view.viewport);
      await setBrowserTextSize(page, view.text);
      await page.goto(`${server.origin}${base}${path}`, { waitUntil: 'networkidle' });
      if (waitFor) await page.waitForSelector(waitFor);
      const file = join(out, `${name}-${view.name}.png`);
      await page.screenshot({ path: file });
      await page.close();
      console.log(file.slice(root.length + 1));
    }
  }
} finally {
  await chromium.close();
  await server.close();
}
