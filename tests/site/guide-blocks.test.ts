/**
 * The guide blocks that act in the browser, on a shipped guide that uses them all
 * (tu-bao-ve-tren-khong-gian-mang): "Nghe hướng dẫn" with a stubbed speechSynthesis (a
 * Vietnamese voice, only an English one, one that arrives late, JavaScript off), the
 * "Tự kiểm tra" answers that open without JavaScript, and the help numbers as tel: links.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cspHash } from '../../src/components/display/scripts.ts';
import { READ_ALOUD_SCRIPT } from '../../src/components/read-aloud/script.ts';
import { axeViolations, visitBuiltSite } from '../support/browser.ts';
import { readPage } from '../support/html.ts';
import { SITES } from './build-sites.ts';

const GUIDE = '/ky-nang-so/tu-bao-ve-tren-khong-gian-mang/';
const visit = visitBuiltSite(SITES.root.dir, '/');

interface Stub {
  /** The voices' languages getVoices() returns from the start. */
  langs: string[];
  /** Utterances end by themselves (true) or only when the test says so. */
  autoEnd: boolean;
}

/**
 * A speechSynthesis that records what it is asked to say, installed before the page's
 * scripts run. Headless Chromium has no voices of its own.
 */
async function stubSpeech(page: Page, stub: Stub): Promise<void> {
  await page.addInitScript((options: Stub) => {
    const record = {
      spoken: [] as string[],
      scrolls: [] as unknown[],
      pending: [] as Array<{ onend: (() => void) | null }>,
      cancels: 0,
      voices: options.langs.map((lang) => ({ lang, name: `Giọng ${lang}`, voiceURI: lang, default: false, localService: true })),
    };
    (window as unknown as { speechRecord: typeof record }).speechRecord = record;
    class Utterance {
      text: string;
      voice: unknown = null;
      lang = '';
      rate = 1;
      onend: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => record.voices,
      speak(utterance: Utterance) {
        record.spoken.push(utterance.text);
        if (options.autoEnd) setTimeout(() => utterance.onend?.(), 0);
        else record.pending.push(utterance);
      },
      cancel() {
        record.cancels++;
      },
      pause() {},
      resume() {},
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    const scroll = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
      record.scrolls.push(arg);
      return scroll.call(this, arg);
    };
  }, stub);
}

type Record = { spoken: string[]; scrolls: Array<{ behavior?: string }>; cancels: number };
const recordOf = (page: Page) => page.evaluate(() => (window as unknown as { speechRecord: Record }).speechRecord);

/** The steps as the page shows them, "Bước n. " and the item's text, in order. */
function stepsOf(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.guide .steps > ol > li')].map((item) => `Bước ${[...item.parentElement!.children].indexOf(item) + 1}. ${item.textContent!.trim()}`),
  );
}

describe('"Nghe hướng dẫn" (read aloud)', () => {
  it('is an inline script the page’s CSP allows by its hash, and nothing to fetch', async () => {
    const html = await readPage(SITES.root.dir, GUIDE);
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(html).toContain(`<script>${READ_ALOUD_SCRIPT}</script>`);
    expect(/script-src ([^;]+)/.exec(csp)?.[1]).toContain(`'${cspHash(READ_ALOUD_SCRIPT)}'`);
    expect(html).not.toMatch(/<script[^>]* src=/);
    // Not on the handout: paper does not speak.
    expect(await readPage(SITES.root.dir, `${GUIDE}to-roi/`)).not.toContain('data-read-aloud');
  });

  it('shows with a Vietnamese voice and reads every step in order, one utterance each', async () => {
    const page = await visit.browser.newPage();
    await stubSpeech(page, { langs: ['en-US', 'vi-VN'], autoEnd: true });
    await page.goto(`${visit.origin}${GUIDE}`);
    const start = page.getByRole('button', { name: 'Nghe hướng dẫn' });
    await expect.poll(() => start.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Tạm dừng' }).isVisible()).toBe(false);
    const steps = await stepsOf(page);
    // Both <Steps> blocks of the guide: 7 habits, then 5 things to do after a scam.
    expect(steps).toHaveLength(12);
    expect(steps[0]).toMatch(/^Bước 1\. Đặt khóa màn hình\./);
    expect(steps[7]).toMatch(/^Bước 1\. Gọi ngay cho ngân hàng của bạn\./);
    await start.click();
    await expect.poll(async () => (await recordOf(page)).spoken.length).toBe(12);
    expect((await recordOf(page)).spoken).toEqual(steps);
    await expect.poll(() => page.locator('[data-read-aloud] [role="status"]').textContent()).toBe('Đã đọc hết các bước.');
    expect(await page.locator('[aria-current="step"]').count()).toBe(0);
    await page.close();
  });

  it('pauses, continues the same step, stops, and marks the step being read', async () => {
    const page = await visit.browser.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await stubSpeech(page, { langs: ['vi-VN'], autoEnd: false });
    await page.goto(`${visit.origin}${GUIDE}`);
    const status = page.locator('[data-read-aloud] [role="status"]');
    await page.getByRole('button', { name: 'Nghe hướng dẫn' }).click();
    const first = page.locator('.guide .steps > ol > li').first();
    expect(await first.getAttribute('aria-current')).toBe('step');
    expect(await first.getAttribute('class')).toContain('is-reading');
    // Reduced motion: the step is brought into view without a smooth scroll.
    expect((await recordOf(page)).scrolls.at(-1)).toEqual({ block: 'nearest', behavior: 'auto' });
    expect(await status.textContent()).toBe('Đang đọc các bước, từ bước 1.');

    await page.getByRole('button', { name: 'Tạm dừng' }).click();
    expect(await status.textContent()).toBe('Đã tạm dừng ở bước 1.');
    // A cancelled utterance ending late does not move on to step 2.
    await page.evaluate(() => (window as unknown as { speechRecord: { pending: Array<{ onend: (() => void) | null }> } }).speechRecord.pending[0]?.onend?.());
    await page.getByRole('button', { name: 'Đọc tiếp' }).click();
    const steps = await stepsOf(page);
    expect((await recordOf(page)).spoken).toEqual([steps[0], steps[0]]);
    expect(await status.textContent()).toBe('Đang đọc tiếp.');

    await page.getByRole('button', { name: 'Dừng', exact: true }).click();
    expect(await status.textContent()).toBe('Đã dừng đọc.');
    expect(await page.getByRole('button', { name: 'Tạm dừng' }).isVisible()).toBe(false);
    expect(await page.locator('[aria-current="step"]').count()).toBe(0);
    // The Stop button is gone: focus is back on the button that starts again.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nghe hướng dẫn');
    await page.close();
  });

  it('shows once a Vietnamese voice arrives late (voiceschanged)', async () => {
    const page = await visit.browser.newPage();
    await stubSpeech(page, { langs: [], autoEnd: true });
    await page.goto(`${visit.origin}${GUIDE}`);
    const box = page.locator('[data-read-aloud]');
    expect(await box.isVisible()).toBe(false);
    await page.evaluate(() => {
      (window as unknown as { speechRecord: { voices: object[] } }).speechRecord.voices.push({ lang: 'vi_VN', name: 'Tiếng Việt' });
      (window.speechSynthesis as unknown as EventTarget).dispatchEvent(new Event('voiceschanged'));
    });
    await expect.poll(() => box.isVisible()).toBe(true);
    await page.close();
  });

  it('is absent with only an English voice', async () => {
    const page = await visit.browser.newPage();
    await stubSpeech(page, { langs: ['en-US', 'en-GB'], autoEnd: true });
    await page.goto(`${visit.origin}${GUIDE}`);
    await page.waitForLoadState('load');
    expect(await page.locator('[data-read-aloud]').getAttribute('hidden')).not.toBeNull();
    expect(await page.getByRole('button', { name: 'Nghe hướng dẫn' }).count()).toBe(0);
    await page.close();
  });

  it('is absent without JavaScript, where the quiz answers still open and the numbers still call', async () => {
    const page = await visit.browser.newPage();
    const cdp = await visit.browser.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await stubSpeech(page, { langs: ['vi-VN'], autoEnd: true });
    await page.goto(`${visit.origin}${GUIDE}`);
    expect(await page.getByRole('button', { name: 'Nghe hướng dẫn' }).count()).toBe(0);

    const questions = page.locator('ol.quiz > li.quiz-question');
    expect(await questions.count()).toBe(3);
    const first = questions.first();
    const answer = first.locator('.quiz-answer');
    expect(await answer.isVisible()).toBe(false);
    expect(await first.locator('summary').innerText()).toMatch(/Bạn có đọc mã cho họ không\?\s+Xem đáp án$/);
    await first.locator('summary').click();
    expect(await answer.isVisible()).toBe(true);
    expect(await answer.innerText()).toMatch(/^Không\./);
    expect(await first.locator('summary').innerText()).toMatch(/Ẩn đáp án$/);

    const call = page.locator('.help-line a[href^="tel:"]').first();
    expect(await call.getAttribute('href')).toBe('tel:113');
    // Read as "Gọi số 113" (the first two words visually hidden); the number is what shows.
    expect(await page.getByRole('link', { name: /^Gọi\s+số\s+113$/ }).count()).toBe(1);
    expect(await call.locator('.visually-hidden').textContent()).toBe('Gọi\u00a0số\u00a0');
    const box = await call.boundingBox();
    // A tap target of at least 44 × 44 CSS px.
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
    await cdp.detach();
    await page.close();
  });

  it('has no axe violations with the buttons shown, an answer open, at 360 px and 200 % text', async () => {
    const page = await visit.browser.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await stubSpeech(page, { langs: ['vi-VN'], autoEnd: false });
    await page.goto(`${visit.origin}${GUIDE}`);
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    await page.getByRole('button', { name: 'Nghe hướng dẫn' }).click();
    await page.locator('ol.quiz summary').first().click();
    expect(await axeViolations(page)).toEqual([]);
    // Nothing wider than the phone, the quiz and the help number included.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Reached by the keyboard, the question shows where focus is.
    const summary = page.locator('ol.quiz summary').nth(1);
    await page.locator('ol.quiz summary').first().focus();
    await page.keyboard.press('Tab');
    expect(await summary.evaluate((element) => element === document.activeElement && getComputedStyle(element).outlineStyle)).toBe('solid');
    await page.close();
  });
});
