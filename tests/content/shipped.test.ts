/** The shipped content: complete, sourced, and true to the five plans it comes from. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { parsePeriod } from '../../src/lib/periods.ts';
import { countWords } from '../../src/lib/reading-time.ts';
import { SKILLS } from '../../src/schemas/skills.ts';
import { ROOT } from '../fixtures/content-copy.ts';

const { content, problems } = await checkContent(ROOT);
const plan = (id: string) => content.plans.find((entry) => entry.id === id)?.data;

/** Every URL the five seed plans print, as the links collection must hold them. */
const SEED_URLS = [
  'https://aicongdong.ptit.edu.vn/',
  'https://binhdanhocvuso.gov.vn/',
  'https://hatinhtrade.com.vn/',
  'http://hatiplaza.com/',
  'https://onetouch.mic.gov.vn/khoa-hoc/pho-cap-ky-nang-so-cong-dong-nam-2023-2024',
];

describe('shipped content', () => {
  it('validates', () => {
    expect(problems).toEqual([]);
  });

  it('has the years 2022 to 2025 and the five plans', () => {
    expect(content.years.map((year) => year.id).sort()).toEqual(['2022', '2023', '2024', '2025']);
    expect(content.plans.map((entry) => entry.id).sort()).toEqual([
      'duc-tho-2024',
      'hau-giang-2024',
      'nghe-an-2024',
      'son-duong-2022',
      'thach-ha-2025',
    ]);
  });

  it('holds every row of the Hậu Giang (9) and Thạch Hà (6) appendix tables', () => {
    expect(plan('hau-giang-2024')?.activities).toHaveLength(9);
    expect(plan('thach-ha-2025')?.activities).toHaveLength(6);
    expect(plan('thach-ha-2025')?.activities.map((activity) => activity.period)).toEqual([
      '06/10 - 10/10',
      '10/10 - 31/10',
      '07/10 - 20/10',
      '10/10 - 31/10',
      'Thường xuyên',
      '06/10 - 31/10',
    ]);
    expect(plan('hau-giang-2024')?.activities.at(-1)).toMatchObject({ period: 'Năm 2024', start: '2024-01-01', end: '2024-12-31' });
  });

  it('keeps a unit whose name has commas as one unit', () => {
    const rows = plan('hau-giang-2024')?.activities ?? [];
    expect(rows[0]?.lead).toEqual(['UBND các huyện, thị xã, thành phố']);
    expect(rows[5]?.lead).toEqual(['Các doanh nghiệp bưu chính, viễn thông']);
    expect(rows[4]?.partners).toEqual(['Các cơ quan, đơn vị liên quan']);
    const units = content.plans.flatMap((entry) => entry.data.activities.flatMap((activity) => [...activity.lead, ...activity.partners]));
    for (const fragment of ['thị xã', 'thành phố', 'viễn thông', 'đơn vị liên quan']) expect(units).not.toContain(fragment);
  });

  it('holds the dated activities of the Đức Thọ, Nghệ An and Sơn Dương plans', () => {
    for (const id of ['duc-tho-2024', 'nghe-an-2024', 'son-duong-2022']) {
      const activities = plan(id)?.activities ?? [];
      expect(activities.length).toBeGreaterThan(0);
      for (const activity of activities) expect(activity.start, `${id}: ${activity.task}`).toBeDefined();
    }
    expect(plan('duc-tho-2024')?.activities.map((activity) => activity.start)).toContain('2024-08-30');
    expect(plan('son-duong-2022')?.activities[0]).toMatchObject({ start: '2022-10-01', end: '2022-10-10' });
  });

  it('stores for every activity the dates its period text says', () => {
    for (const { id, data } of content.plans) {
      for (const activity of data.activities) {
        const read = parsePeriod(activity.period, data.year);
        const expected = activity.ongoing ? { kind: 'ongoing' } : { kind: 'range', start: activity.start, end: activity.end };
        expect(read, `${id}: "${activity.period}"`).toEqual(expected);
      }
    }
  });

  it('gives every year the theme the plans state', () => {
    const theme = (year: string) => content.years.find((entry) => entry.id === year)?.data.theme?.text;
    expect(theme('2025')).toBe('Chuyển đổi số: nhanh hơn, hiệu quả hơn, gần dân hơn');
    expect(theme('2024')).toBe(
      'Phổ cập hạ tầng số và sáng tạo ứng dụng số để phát triển kinh tế số - Động lực mới cho tăng trưởng kinh tế và năng suất lao động',
    );
    expect(theme('2022')).toBe('Chuyển đổi số giải quyết các vấn đề của xã hội vì một cuộc sống tốt đẹp hơn cho người dân');
  });

  it('lists every URL of the seed plans, and the national platforms', () => {
    const urls = content.links.map((link) => link.data.url);
    expect(urls).toEqual(expect.arrayContaining([...SEED_URLS, 'https://dichvucong.gov.vn/', 'https://vneid.gov.vn/']));
  });

  it.runIf(existsSync(join(ROOT, '../shared/seeds')))('the pinned seed URLs are exactly those the seeds print', async () => {
    const dir = join(ROOT, '../shared/seeds');
    const text = (await Promise.all((await readdir(dir)).filter((name) => name.endsWith('.txt')).map((name) => readFile(join(dir, name), 'utf8')))).join('\n');
    // The Hậu Giang plan breaks its one long URL across two lines; rejoin it.
    const joined = text.replace(/pho-cap-ky-\s*\n\s*nang-so/g, 'pho-cap-ky-nang-so');
    const found = new Set([...joined.matchAll(/https?:\/\/[^\s,)]+/g)].map((match) => match[0].replace(/\.$/, '').replace(/([a-z])$/, '$1/').replace(/\/\/$/, '/')));
    const normal = (url: string) => url.replace(/\/$/, '');
    expect([...new Set([...found].map(normal))].sort()).toEqual(SEED_URLS.map(normal).sort());
  });

  it('has one guide per basic skill, each 600 to 2,000 words', () => {
    expect(content.guides.map((guide) => guide.data.skill).sort()).toEqual([...SKILLS].sort());
    for (const guide of content.guides) {
      const words = countWords(guide.body ?? '');
      expect(words, guide.id).toBeGreaterThanOrEqual(600);
      expect(words, guide.id).toBeLessThanOrEqual(2000);
    }
  });

  it('guides name no web address that is not an official link', () => {
    const official = content.links.map((link) => new URL(link.data.url).hostname.replace(/^www\./, ''));
    for (const guide of content.guides) {
      const hosts = [...(guide.body ?? '').matchAll(/\b((?:[a-z0-9-]+\.)+(?:vn|com|net|org))\b/g)].map((match) => match[1] ?? '');
      for (const host of hosts) expect(official, `${guide.id}: ${host}`).toContain(host.replace(/^www\./, ''));
    }
  });

  it('is stored in Unicode NFC', async () => {
    const files = (await readdir(join(ROOT, 'content'), { recursive: true })).filter((name) => /\.(ya?ml|md|mdx)$/.test(name));
    for (const name of files) {
      const text = await readFile(join(ROOT, 'content', name), 'utf8');
      expect(text === text.normalize('NFC'), `${name} is not NFC`).toBe(true);
    }
  });
});
