/**
 * The calendar as built: ICS feeds read by an independent library (ical.js), open data
 * validated against its published JSON Schemas (Ajv), CSV tables that import back, the
 * filter pages, and the import command on a real table.
 */
import { spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { readActivityTable } from '../../src/lib/activity-table.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { slugify } from '../../src/lib/vietnamese.ts';
import { ROOT, contentWith } from '../fixtures/content-copy.ts';
import { visitBuiltSite } from '../support/browser.ts';
import { readPage, textOf } from '../support/html.ts';
import { SITES } from './build-sites.ts';

const { dir, site, base } = SITES.subpath;
const { content } = await checkContent(ROOT);
const dated = (plans = content.plans) =>
  plans.flatMap((plan) => plan.data.activities.map((activity, index) => ({ plan, activity, uid: `${plan.id}-${index + 1}@tinh.test` })).filter(({ activity }) => activity.start));

function eventsIn(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, start: event.startDate.toString(), end: event.endDate.toString(), isDate: event.startDate.isDate, summary: event.summary, url: component.getFirstPropertyValue('url') };
  });
}

describe('ICS feeds', () => {
  const feeds = [
    ['lich.ics', content.plans],
    ...content.years.map((year) => [`nam/${year.id}/lich.ics`, content.plans.filter((plan) => plan.data.year === year.data.year)] as const),
    ...content.plans.map((plan) => [`ke-hoach/${plan.id}/lich.ics`, [plan]] as const),
    ['lich/tinh/ha-tinh/lich.ics', content.plans.filter((plan) => plan.data.locality.province === 'Hà Tĩnh')],
    ['lich/tinh/hau-giang/lich.ics', content.plans.filter((plan) => plan.data.locality.name === 'Hậu Giang')],
  ] as const;

  it.each(feeds)('%s holds exactly the dated activities, as all-day events ending the day after', async (file, plans) => {
    const events = eventsIn(await readFile(join(dir, file), 'utf8'));
    const expected = dated([...plans]);
    expect(events.map((event) => event.uid).sort()).toEqual(expected.map((entry) => entry.uid).sort());
    for (const { activity, uid, plan } of expected) {
      const event = events.find((candidate) => candidate.uid === uid)!;
      expect(event.isDate).toBe(true);
      expect(event.start).toBe(activity.start);
      const end = new Date(`${activity.end}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 1);
      expect(event.end).toBe(end.toISOString().slice(0, 10));
      expect(event.summary).toBe(activity.task);
      expect(event.url).toBe(`${site}${base}ke-hoach/${plan.id}/`);
    }
  });

  it('an all-day 01/10–10/10 activity ends on 11/10, exclusive', async () => {
    const events = eventsIn(await readFile(join(dir, 'ke-hoach/hau-giang-2024/lich.ics'), 'utf8'));
    expect(events[0]).toMatchObject({ start: '2024-10-01', end: '2024-10-11', isDate: true });
  });

  it('leaves open-ended activities out rather than giving them dates', async () => {
    const text = await readFile(join(dir, 'ke-hoach/thach-ha-2025/lich.ics'), 'utf8');
    expect(eventsIn(text)).toHaveLength(5);
    expect(text).not.toContain('binhdanhocvuso');
  });
});

describe('open data', () => {
  it.each(['nam', 'ke-hoach', 'hoat-dong', 'lien-ket'])('%s.json validates against %s.schema.json', async (id) => {
    const schema = JSON.parse(await readFile(join(dir, `du-lieu/${id}.schema.json`), 'utf8'));
    const data = JSON.parse(await readFile(join(dir, `du-lieu/${id}.json`), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(schema.$id).toBe(`${site}${base}du-lieu/${id}.schema.json`);
    expect(data.length).toBeGreaterThan(0);
  });

  it('a record that breaks the schema is refused', async () => {
    const schema = JSON.parse(await readFile(join(dir, 'du-lieu/hoat-dong.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const [first] = JSON.parse(await readFile(join(dir, 'du-lieu/hoat-dong.json'), 'utf8'));
    expect(ajv.validate(schema, [{ ...first, start: '31/09/2024' }])).toBe(false);
  });

  it.each(content.plans.map((plan) => [plan.id, plan] as const))('du-lieu/ke-hoach/%s.csv imports back to the same activities', async (id, plan) => {
    const { activities, problems } = readActivityTable(parseCsv(await readFile(join(dir, `du-lieu/ke-hoach/${id}.csv`), 'utf8')), plan.data.year);
    expect(problems).toEqual([]);
    expect(activities).toEqual(plan.data.activities.map(({ task, lead, partners, period, start, end, ongoing }) => ({ task, lead, partners, period, ongoing, ...(start ? { start, end } : {}) })));
  });
});

describe('calendar pages', () => {
  it('splits by month, by province and by lead unit, each page saying how many', async () => {
    const overview = textOf(await readPage(dir, '/lich/'));
    expect(overview).toMatch(/Năm 2024 .*Tháng 10\/2024 \(\d+ hoạt động\)/);
    expect(overview).toContain('Hà Tĩnh (10 hoạt động)');
    const province = textOf(await readPage(dir, '/lich/tinh/ha-tinh/'));
    expect(province).toContain('10 hoạt động trong 2 kế hoạch của các địa phương thuộc Hà Tĩnh.');
    expect(province).toMatch(/Theo tháng Tháng 8\/2024 \(1 hoạt động\)/);
    const month = textOf(await readPage(dir, '/lich/tinh/ha-tinh/thang/2025-10/'));
    expect(month).toContain('Hà Tĩnh: lịch hoạt động tháng 10/2025');
    expect(month).toContain('xã Thạch Hà (Hà Tĩnh)');
    expect(month).not.toContain('Đức Thọ');
    const unit = textOf(await readPage(dir, `/lich/tinh/hau-giang/don-vi/${slugify('Hội Tin học tỉnh')}/`));
    expect(unit).toContain('1 hoạt động.');
    expect(unit).toContain('Phối hợp Sở Thông tin và Truyền thông tổ chức các hoạt động hưởng ứng');
  });

  it('shows an activity in every month it runs in, and "Thường xuyên" apart', async () => {
    for (const month of ['2024-09', '2024-10', '2024-11', '2024-12']) {
      expect(textOf(await readPage(dir, `/lich/thang/${month}/`))).toContain('Phối hợp với Sở Thông tin và Truyền thông và các cơ quan liên quan xây dựng chương trình');
    }
    expect(textOf(await readPage(dir, '/lich/tinh/ha-tinh/thuong-xuyen/'))).toMatch(/Thường xuyên .*binhdanhocvuso\.gov\.vn/);
  });
});

const visit = visitBuiltSite(dir, base);

describe('filters by keyboard', () => {
  it('Tab reaches a month link and Enter opens it', async () => {
    const page = await visit.browser.newPage();
    await page.goto(`${visit.origin}${base}lich/`);
    const target = `${base}lich/thang/2024-10/`;
    let reached = false;
    for (let step = 0; step < 60 && !reached; step += 1) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.getAttribute('href'))) === target;
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${target}`);
    expect(await page.locator('h1').textContent()).toBe('Lịch hoạt động tháng 10/2024');
    await page.close();
  });
});

describe('npm run import:plan', () => {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it('turns a plan’s CSV into a plan file the build accepts', async () => {
    const folder = await contentWith([]);
    made.push(folder);
    const run = spawnSync(
      process.execPath,
      ['scripts/import-plan.ts', join(dir, 'du-lieu/ke-hoach/hau-giang-2024.csv'), '--ma', 'hau-giang-2024-nhap', '--nam', '2024', '--tieu-de', 'Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2024 trên địa bàn tỉnh Hậu Giang', '--co-quan', 'UBND tỉnh Hậu Giang', '--dia-phuong', 'Hậu Giang', '--cap', 'tinh', '--thu-muc', folder],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('với 9 hoạt động');
    const { problems, content: imported } = await checkContent(ROOT, folder);
    expect(problems).toEqual([]);
    const original = imported.plans.find((plan) => plan.id === 'hau-giang-2024')!;
    const copy = imported.plans.find((plan) => plan.id === 'hau-giang-2024-nhap')!;
    expect(copy.data.activities).toEqual(original.data.activities.map(({ ref: _ref, ...activity }) => activity));
  });
});
