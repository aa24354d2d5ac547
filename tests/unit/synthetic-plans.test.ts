/** The benchmark's synthetic plans: deterministic, stable by prefix, and valid content. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  generatePlans,
  loadSeedPlans,
  periodText,
  planFile,
  shiftYears,
  writePlans,
  type SeedPlan,
  type SyntheticPlan,
} from '../../scripts/bench/synthetic-plans.ts';
import { checkContent, type CheckResult } from '../../src/check/content.ts';
import { parseDate } from '../../src/lib/dates.ts';
import { parsePeriod } from '../../src/lib/periods.ts';
import { ROOT } from '../fixtures/content-copy.ts';

const iso = (written: string | undefined) => {
  const parsed = parseDate(written ?? '');
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.iso;
};

let seeds: SeedPlan[];
let plans: SyntheticPlan[];
let temp: string;
let checked: CheckResult;

beforeAll(async () => {
  seeds = await loadSeedPlans(join(ROOT, 'content'));
  plans = generatePlans(50, seeds);
  temp = await mkdtemp(join(tmpdir(), 'cds-ke-hoach-gia-'));
  await cp(join(ROOT, 'content'), join(temp, 'content'), { recursive: true });
  await writePlans(join(temp, 'content'), plans);
  checked = await checkContent(temp, 'content');
});

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('synthetic plans', () => {
  it('are the same files on every run', () => {
    expect(generatePlans(50, seeds).map(planFile)).toEqual(plans.map(planFile));
  });

  it('do not depend on how many are made: the first 20 of 50 are the 20 of n = 20', () => {
    expect(generatePlans(20, seeds).map(planFile)).toEqual(plans.slice(0, 20).map(planFile));
  });

  it('change with the seed', () => {
    expect(generatePlans(5, seeds, 2).map(planFile)).not.toEqual(plans.slice(0, 5).map(planFile));
  });

  it('pass the content check once written beside the shipped content', () => {
    expect(checked.problems).toEqual([]);
    const ids = new Set(checked.content.plans.map((entry) => entry.id));
    for (const plan of plans) expect(ids.has(plan.id), plan.id).toBe(true);
    expect(checked.content.plans).toHaveLength(seeds.length + plans.length);
  });

  it('read back with the dates they were written with, and periods that say the same', () => {
    const read = new Map(checked.content.plans.map((entry) => [entry.id, entry.data]));
    for (const plan of plans) {
      const data = read.get(plan.id)!;
      expect(data.activities).toHaveLength(plan.data.activities.length);
      plan.data.activities.forEach((activity, index) => {
        const back = data.activities[index]!;
        const period = parsePeriod(back.period, data.year);
        if (activity.ongoing) {
          expect(period).toEqual({ kind: 'ongoing' });
          expect(back.ongoing).toBe(true);
        } else {
          expect(period, `${plan.id}: "${back.period}"`).toEqual({ kind: 'range', start: iso(activity.start), end: iso(activity.end) });
          expect([back.start, back.end]).toEqual([iso(activity.start), iso(activity.end)]);
        }
      });
    }
  });

  it('are commune or district plans only, districts only before 2025', () => {
    for (const plan of plans) {
      expect(['xa', 'huyen']).toContain(plan.data.locality.level);
      if (plan.data.locality.level === 'huyen') expect(plan.data.year).toBeLessThan(2025);
      expect(plan.data.year).toBeGreaterThanOrEqual(2022);
      expect(plan.data.year).toBeLessThanOrEqual(2025);
    }
    const levels = generatePlans(400, seeds).map((plan) => plan.data.locality.level);
    expect(levels).not.toContain('tinh');
    const districts = levels.filter((level) => level === 'huyen').length / levels.length;
    expect(districts).toBeGreaterThan(0.04);
    expect(districts).toBeLessThan(0.2);
  });

  it('name their localities in NFC with Vietnamese marks', () => {
    for (const plan of plans) {
      const { name, province } = plan.data.locality;
      expect(name).toBe(name.normalize('NFC'));
      expect(province).toBe(province.normalize('NFC'));
      expect(name).toMatch(/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i);
      expect(name.split(' ')).toHaveLength(2);
      expect(plan.data.issuer).toBe(`UBND ${plan.data.locality.level === 'xa' ? 'xã' : 'huyện'} ${name}`);
      expect(plan.data.title).toContain(`năm ${plan.data.year} trên địa bàn`);
      expect(planFile(plan)).toBe(planFile(plan).normalize('NFC'));
    }
  });

  it('have unique ids that no shipped plan uses', () => {
    const many = generatePlans(400, seeds);
    const ids = many.map((plan) => plan.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const seed of seeds) expect(ids).not.toContain(seed.id);
    expect(ids).not.toContain('tinh');
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    // One locality, one level, one plan a year.
    const levels = new Map<string, string>();
    const years = new Set<string>();
    for (const { data } of many) {
      const place = `${data.locality.province}|${data.locality.name}`;
      expect(levels.get(place) ?? data.locality.level).toBe(data.locality.level);
      levels.set(place, data.locality.level);
      expect(years.has(`${place}|${data.year}`)).toBe(false);
      years.add(`${place}|${data.year}`);
    }
  });

  it('take slogans and links only from the seed plan they follow', () => {
    for (const plan of plans) {
      const seed = seeds.find((entry) => entry.id === plan.seed)!;
      for (const link of plan.data.links) expect(seed.data.links).toContain(link);
      if (plan.data.slogans.length > 0) {
        expect(seed.data.year).toBe(plan.data.year);
        expect(plan.data.slogans).toEqual(seed.data.slogans);
      }
      expect(plan.data.activities.length).toBeGreaterThanOrEqual(3);
      expect(plan.data.activities.length).toBeLessThanOrEqual(9);
    }
  });
});

describe('date helpers of the generator', () => {
  it('move 29/02 to 28/02 in a common year, and add days across months', () => {
    expect(shiftYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(shiftYears('2024-02-29', -4)).toBe('2020-02-29');
    expect(shiftYears('2025-10-31', -1)).toBe('2024-10-31');
    expect(addDays('2024-10-28', 6)).toBe('2024-11-03');
    expect(addDays('2023-02-27', 2)).toBe('2023-03-01');
  });

  it('write periods that read back as the same dates, in every style', () => {
    const ranges: Array<[string, string, number]> = [
      ['2024-09-15', '2024-10-31', 2024],
      ['2024-10-10', '2024-10-10', 2024],
      ['2023-02-28', '2023-03-06', 2023],
      ['2024-12-30', '2025-01-03', 2024],
      ['2025-01-01', '2025-12-31', 2025],
    ];
    for (const [start, end, year] of ranges) {
      for (let style = 0; style < 4; style += 1) {
        const text = periodText(start, end, year, style);
        expect(parsePeriod(text, year), text).toEqual({ kind: 'range', start, end });
      }
    }
  });
});
