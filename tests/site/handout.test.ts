/**
 * The one-sheet handouts (/ky-nang-so/<skill>/to-roi/) as built and as Chromium prints
 * them: at most two A4 pages, 12 pt text or more, the QR code on the front, and the
 * guide's steps and warnings exactly as the guide page shows them, with nothing else of it
 * but its help numbers and, last, its self-check questions (answers upside down).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { SKILLS } from '../../src/schemas/skills.ts';
import { visitBuiltSite } from '../support/browser.ts';
import { ROOT } from '../fixtures/content-copy.ts';
import { readPage, textOf } from '../support/html.ts';
import { SITES } from './build-sites.ts';

const { content } = await checkContent(ROOT);
const guideOf = (skill: string) => content.guides.find((guide) => guide.data.skill === skill)!;
const linkOf = (id: string) => content.links.find((link) => link.id === id)!;

/** Whitespace between tags folded, so two renderings of one text compare equal. */
const folded = (html: string) => html.replace(/>\s+</g, '><').trim();
const stepsOf = (html: string) => [...html.matchAll(/<div class="steps">([\s\S]*?)<\/div>/g)].map((match) => folded(match[1] ?? ''));
const warningsOf = (html: string) => [...html.matchAll(/<aside class="callout callout-(?:warning|danger)"[\s\S]*?<\/aside>/g)].map((match) => folded(match[0]));

/** poppler-utils (pdfinfo, pdftoppm, pdftotext), as a person checking a print would. */
function poppler(command: string, args: string[]): string {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command} failed (is poppler-utils installed?): ${run.stderr || run.error}`);
  return run.stdout;
}

const work = await mkdtemp(join(tmpdir(), 'cds-to-roi-'));
afterAll(() => rm(work, { recursive: true, force: true }));

describe.each(Object.entries(SITES))('handouts of the %s build', (name, { dir, base, site }) => {
  const visit = visitBuiltSite(dir, base);

  it.each(SKILLS)('%s: every step and warning of the guide, as the guide shows them, and nothing else of it', async (skill) => {
    const guide = await readPage(dir, `/ky-nang-so/${skill}/`);
    const handout = await readPage(dir, `/ky-nang-so/${skill}/to-roi/`);
    expect(stepsOf(guide).length).toBeGreaterThanOrEqual(1);
    expect(stepsOf(handout)).toEqual(stepsOf(guide));
    expect(stepsOf(handout).join('')).toMatch(/<li><strong>/);
    expect(warningsOf(guide).length).toBeGreaterThanOrEqual(1);
    expect(warningsOf(handout)).toEqual(warningsOf(guide));
    // The rest of the guide is not in the page at all, hidden or not.
    for (const part of ['class="prepare"', 'class="toc', 'class="link-card"', 'class="figure"', 'class="qr-block"', 'Những lỗi hay gặp', 'Cần giúp đỡ?']) {
      expect(handout, part).not.toContain(part);
    }
  });

  it.each(SKILLS)('%s: the official addresses written out, a way back to the guide, and no place in search', async (skill) => {
    const handout = await readPage(dir, `/ky-nang-so/${skill}/to-roi/`);
    const text = textOf(handout);
    for (const id of guideOf(skill).data.links) {
      expect(text).toContain(linkOf(id).data.name);
      // Written out whole: the parts it may wrap between joined again.
      expect(handout.replace(/<\/?span>|<wbr>/g, '')).toContain(`<span class="link-card-url printed-url">${linkOf(id).data.url}<`);
    }
    expect(text).toContain('Tờ hướng dẫn in một tờ giấy A4');
    expect(handout).toContain(`href="${base}ky-nang-so/${skill}/"`);
    expect(handout).not.toContain('data-pagefind-body');
    expect(handout).not.toMatch(/<script[^>]* src=/);
    const sitemap = await readFile(join(dir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${site}${base}ky-nang-so/${skill}/to-roi/</loc>`);
  });

  it.each(SKILLS)('%s: the self-check on the last page, its answers beside or after the questions, upside down; the help numbers plain', async (skill) => {
    const guide = await readPage(dir, `/ky-nang-so/${skill}/`);
    const questions = [...guide.matchAll(/<span class="quiz-text">([\s\S]*?)<\/span>/g)].map((match) => match[1] ?? '');
    const numbers = [...guide.matchAll(/<a class="help-line-number" href="tel:(\d+)">/g)].map((match) => match[1] ?? '');
    // Only the guides that have a <Quiz> or a <HelpLine> (tu-bao-ve-tren-khong-gian-mang has both).
    if (skill === 'tu-bao-ve-tren-khong-gian-mang') expect(questions.length * numbers.length).toBeGreaterThan(0);
    if (questions.length === 0 && numbers.length === 0) return;
    const handout = await readPage(dir, `/ky-nang-so/${skill}/to-roi/`);
    expect([...handout.matchAll(/<ol class="handout-questions">[\s\S]*?<\/ol>/g)].join('')).toBe(
      questions.length === 0 ? '' : `<ol class="handout-questions">${questions.map((question) => `<li><p>${question}</p><div class="answer-lines print-only" aria-hidden="true"></div></li>`).join('')}</ol>`,
    );
    for (const number of numbers) expect(handout).toContain(`href="tel:${number}"`);

    const page = await visit.browser.newPage();
    await page.goto(`${visit.origin}${base}ky-nang-so/${skill}/to-roi/`);
    const pdf = join(work, `${name}-${skill}-quiz.pdf`);
    await writeFile(pdf, await page.pdf({ format: 'A4' }));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const answers = document.querySelector('.handout-answers');
      const lastQuestion = [...document.querySelectorAll('.handout-questions > li')].at(-1);
      const texts = [...document.querySelectorAll('.handout-questions p, .handout-answers p, .help-line p, .help-line-number')];
      return {
        transform: answers ? getComputedStyle(answers).transform : 'none',
        // Beside the questions or below them, never above.
        after: answers && lastQuestion ? answers.getBoundingClientRect().top >= document.querySelector('.handout-questions')!.getBoundingClientRect().top : true,
        smallest: Math.min(...texts.map((element) => Number.parseFloat(getComputedStyle(element).fontSize))),
        // No address printed after a phone number: it is the number itself people dial.
        marks: [...document.querySelectorAll('.help-line-number')].map((element) => getComputedStyle(element, '::after').content),
      };
    });
    await page.close();
    if (questions.length > 0) expect(printed.transform).toBe('matrix(-1, 0, 0, -1, 0, 0)');
    expect(printed.after).toBe(true);
    expect(printed.smallest).toBeGreaterThanOrEqual(16);
    for (const content of printed.marks) expect(['none', 'normal']).toContain(content);

    const pages = Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [pdf]))?.[1]);
    const back = poppler('pdftotext', ['-f', String(pages), '-l', String(pages), pdf, '-']).replace(/\s+/g, '');
    for (const question of questions) expect(back).toContain(textOf(question).replace(/\s+/g, ''));
    const all = poppler('pdftotext', [pdf, '-']);
    // Printed as written ("1900 1234"), dialled as digits.
    for (const number of numbers) expect(all.replace(/\s+/g, '')).toContain(number);
    expect(all).not.toContain('tel:');
  });

  it.each(SKILLS)('%s: prints on one A4 sheet, 12 pt or more, black, with the QR code and its address on the front', async (skill) => {
    const url = `${site}${base}ky-nang-so/${skill}/`;
    const page = await visit.browser.newPage();
    await page.goto(`${visit.origin}${base}ky-nang-so/${skill}/to-roi/`);
    const pdf = join(work, `${name}-${skill}.pdf`);
    await writeFile(pdf, await page.pdf({ format: 'A4' }));
    await page.emulateMedia({ media: 'print' });
    const printed = () =>
      page.evaluate(() => {
        const texts = [...document.querySelectorAll('.handout .steps li, .handout .callout p, .handout-links li, .handout-scan')];
        return {
          count: texts.length,
          smallest: Math.min(...texts.map((element) => Number.parseFloat(getComputedStyle(element).fontSize))),
          colours: [...new Set([document.body, ...texts].map((element) => getComputedStyle(element).color))],
        };
      });
    const plain = await printed();
    expect(plain.count).toBeGreaterThan(5);
    // 12 pt is 16 CSS px.
    expect(plain.smallest).toBeGreaterThanOrEqual(16);
    expect(plain.colours).toEqual(['rgb(0, 0, 0)']);
    // Black on paper too for a reader who turned on high contrast (white on black) on screen.
    await page.evaluate(() => document.documentElement.setAttribute('data-tuong-phan', 'cao'));
    expect((await printed()).colours).toEqual(['rgb(0, 0, 0)']);
    await page.close();

    const pages = Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [pdf]))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);

    const front = join(work, `${name}-${skill}-1`);
    poppler('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', pdf, front]);
    const { data, info } = await sharp(`${front}.png`).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(url);
    // The address is written out on the front too, for those who type it.
    const frontText = poppler('pdftotext', ['-f', '1', '-l', '1', pdf, '-']).replace(/\s+/g, '');
    expect(frontText).toContain(url);
    expect(frontText).toContain(guideOf(skill).data.title.replace(/\s+/g, ''));
  });
});
