/**
 * Synthetic local plans for the benchmark (`npm run bench`): commune-level (xã) and
 * district-level (huyện) plans of made-up but realistic Vietnamese localities, built from
 * the shipped plans (their activity rows, slogans, links and summary sentences) so the
 * pages they produce look and weigh like real ones.
 *
 * Pure and deterministic: the same n and seed give byte-identical files, and plan i never
 * depends on n (its randomness comes from (seed, i) alone; the plans before it only decide
 * which names are already taken), so the first 100 plans of n = 1000 are the plans of
 * n = 100. Never province-level: the home page shows province plans and must not change
 * with n.
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { checkContent } from '../../src/check/content.ts';
import { formatDate, toIso, daysInMonth, type IsoDate } from '../../src/lib/dates.ts';
import { parsePeriod } from '../../src/lib/periods.ts';
import { slugify } from '../../src/lib/vietnamese.ts';
import type { Activity, Plan } from '../../src/schemas/plan.ts';

/** A shipped plan as the content check reads it. */
export interface SeedPlan {
  id: string;
  data: Plan;
  /** The Markdown body (the summary). */
  body: string;
}

/** One activity row as written in the front matter (dates as dd/mm/yyyy). */
export interface SyntheticActivity {
  task: string;
  lead: string[];
  partners: string[];
  period: string;
  start?: string;
  end?: string;
  ongoing?: true;
  ref?: string;
}

/** The front matter of a synthetic plan, keys in the order the shipped files use. */
export interface SyntheticFrontMatter {
  title: string;
  issuer: string;
  locality: { name: string; level: 'xa' | 'huyen'; province: string };
  year: number;
  slogans: string[];
  links: string[];
  activities: SyntheticActivity[];
}

export interface SyntheticPlan {
  id: string;
  /** The seed plan its slogans and links come from. */
  seed: string;
  data: SyntheticFrontMatter;
  body: string;
}

/** The 34 provinces and cities after the 2025 reorganisation. */
export const PROVINCES: readonly string[] = [
  'Tuyên Quang', 'Cao Bằng', 'Lai Châu', 'Lào Cai', 'Thái Nguyên', 'Điện Biên', 'Lạng Sơn', 'Sơn La',
  'Phú Thọ', 'Bắc Ninh', 'Quảng Ninh', 'Hà Nội', 'Hải Phòng', 'Hưng Yên', 'Ninh Bình', 'Thanh Hóa',
  'Nghệ An', 'Hà Tĩnh', 'Quảng Trị', 'Huế', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Đắk Lắk',
  'Khánh Hòa', 'Lâm Đồng', 'Đồng Nai', 'Tây Ninh', 'Hồ Chí Minh', 'Đồng Tháp', 'Vĩnh Long', 'An Giang',
  'Cần Thơ', 'Cà Mau',
].map((name) => name.normalize('NFC'));

/** Syllables common in Vietnamese commune and district names. */
export const SYLLABLES: readonly string[] = [
  'Tân', 'Phú', 'An', 'Bình', 'Hòa', 'Long', 'Thạnh', 'Vĩnh', 'Đông', 'Tây', 'Nam', 'Bắc', 'Mỹ',
  'Phước', 'Thuận', 'Hưng', 'Quang', 'Minh', 'Thành', 'Đức', 'Xuân', 'Hương', 'Sơn', 'Kim', 'Cẩm',
  'Yên', 'Đại', 'Trung', 'Lộc', 'Hiệp', 'Lạc', 'Thịnh', 'Khánh', 'Hải', 'Tiên', 'Định', 'Lợi',
  'Phong', 'Thái', 'Hồng',
].map((name) => name.normalize('NFC'));

/** Years and their weights: more plans in recent years. */
const YEARS: ReadonlyArray<readonly [number, number]> = [
  [2022, 1],
  [2023, 2],
  [2024, 3],
  [2025, 4],
];
/** District plans only before 2025; 1 in 6 of them is ~10 % of all plans. */
const DISTRICT_SHARE = 1 / 6;
const PROVINCE_NAMES = new Set(PROVINCES);

// ---------------------------------------------------------------- randomness

/** mulberry32: a small, fast, well-spread 32-bit generator. */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A 32-bit state for plan i of a seed (two rounds of a murmur-style mix). */
function stateFor(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

interface Random {
  next: () => number;
  int: (from: number, to: number) => number;
  pick: <T>(list: readonly T[]) => T;
}

function randomFor(seed: number, index: number): Random {
  const next = mulberry32(stateFor(seed, index));
  const int = (from: number, to: number) => from + Math.floor(next() * (to - from + 1));
  return { next, int, pick: (list) => list[int(0, list.length - 1)]! };
}

function weighted(random: Random, choices: ReadonlyArray<readonly [number, number]>): number {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return choices.at(-1)![0];
}

/** k distinct items, in their order in the list. */
function sample<T>(random: Random, list: readonly T[], k: number): T[] {
  const indexes = list.map((_, index) => index);
  for (let i = 0; i < Math.min(k, indexes.length); i += 1) {
    const j = random.int(i, indexes.length - 1);
    [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
  }
  return indexes
    .slice(0, k)
    .sort((a, b) => a - b)
    .map((index) => list[index]!);
}

// ---------------------------------------------------------------- dates and periods

function parts(iso: IsoDate): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

/** The same day and month `years` later; 29/02 becomes 28/02 in a common year. */
export function shiftYears(iso: IsoDate, years: number): IsoDate {
  const [y, m, d] = parts(iso);
  const year = y + years;
  return toIso(year, m, Math.min(d, daysInMonth(year, m)));
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(iso);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const dayMonthYear = (iso: IsoDate) => {
  const [y, m, d] = parts(iso);
  return `${d}/${m}/${y}`;
};
const dayMonth = (iso: IsoDate) => {
  const [, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}`;
};

/**
 * The period text of a range, in one of the forms local plans use, such that
 * parsePeriod(text, year) gives back exactly start and end.
 */
export function periodText(start: IsoDate, end: IsoDate, year: number, style: number): string {
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const inPlanYear = sameYear && Number(start.slice(0, 4)) === year;
  if (start === end) return style % 2 === 0 ? `Ngày ${formatDate(start)}` : `Trong ngày ${dayMonthYear(start)}`;
  switch (style % 4) {
    case 1:
      if (sameYear) return `Từ ngày ${dayMonth(start)} đến ngày ${dayMonthYear(end)}`;
      break;
    case 2:
      if (inPlanYear) return `${dayMonth(start)} - ${dayMonth(end)}`;
      break;
    case 3:
      return `Từ ngày ${formatDate(start)} - ${formatDate(end)}`;
  }
  return `Từ ngày ${dayMonthYear(start)} đến ngày ${dayMonthYear(end)}`;
}

/** A seed row moved to the plan's year (whole years, then 0–6 days later). */
function moveActivity(activity: Activity, from: number, to: number, random: Random): SyntheticActivity {
  const row = {
    task: activity.task,
    lead: [...activity.lead],
    partners: [...activity.partners],
  };
  const ref = activity.ref === undefined ? {} : { ref: activity.ref };
  // Draw the same number of values for every row, so one row never shifts the next.
  const offset = random.int(0, 6);
  const style = random.int(0, 3);
  if (activity.ongoing || activity.start === undefined || activity.end === undefined) {
    return { ...row, period: activity.period, ongoing: true, ...ref };
  }
  let start = shiftYears(activity.start, to - from);
  let end = shiftYears(activity.end, to - from);
  // A small offset, unless it would push the row into the next year.
  const days = addDays(end, offset).slice(0, 4) === end.slice(0, 4) ? offset : 0;
  start = addDays(start, days);
  end = addDays(end, days);
  // Unmoved rows keep the document's own words ("Tháng 10", "Năm 2024"…).
  const period = to === from && days === 0 ? activity.period : periodText(start, end, to, style);
  const read = parsePeriod(period, to);
  if (read.kind !== 'range' || read.start !== start || read.end !== end) {
    throw new Error(`Synthetic period "${period}" (${to}) does not read back as ${start}–${end}: ${JSON.stringify(read)}`);
  }
  return { ...row, period, start: formatDate(start), end: formatDate(end), ...ref };
}

// ---------------------------------------------------------------- summaries

/** The sentences of the seed bodies that fit any plan: no year, no seed locality named. */
export function summarySentences(seeds: readonly SeedPlan[]): string[] {
  const places = seeds.flatMap((seed) => [seed.data.locality.name, seed.data.locality.province ?? '']).filter(Boolean);
  const sentences = new Set<string>();
  for (const seed of seeds) {
    const lines = seed.body
      .normalize('NFC')
      .split('\n')
      .filter((line) => !/^\s*#/.test(line))
      .map((line) => line.replace(/^\s*[-*]\s+/, '').replace(/\*\*[^*]*\*\*\s*/g, ''));
    for (const sentence of lines.flatMap((line) => line.split(/(?<=[.!?])\s+/u))) {
      const clean = sentence.replace(/\s+/g, ' ').trim();
      if (clean.length < 40 || !/^\p{Lu}/u.test(clean) || !/[.!?]$/.test(clean)) continue;
      if (/\d{4}/.test(clean) || places.some((place) => clean.includes(place))) continue;
      sentences.add(clean);
    }
  }
  return [...sentences];
}

// ---------------------------------------------------------------- plans

interface Pools {
  rows: Array<{ activity: Activity; year: number }>;
  sentences: string[];
  seeds: SeedPlan[];
}

function poolsOf(seedPlans: readonly SeedPlan[]): Pools {
  const seeds = [...seedPlans].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = seeds.flatMap((seed) => seed.data.activities.map((activity) => ({ activity, year: seed.data.year })));
  const sentences = summarySentences(seeds);
  if (rows.length < 3) throw new Error('Seed plans need at least 3 activities between them.');
  if (sentences.length < 2) throw new Error('Seed plans need at least 2 summary sentences between them.');
  return { rows, sentences, seeds };
}

/**
 * n synthetic plans; plan i depends only on (seed, i) and the plans before it. Their
 * localities are in `provinces` (all 34 by default; one, to fill a province's lists).
 */
export function generatePlans(n: number, seedPlans: SeedPlan[], seed = 1, provinces: readonly string[] = PROVINCES): SyntheticPlan[] {
  const pools = poolsOf(seedPlans);
  const levels = new Map<string, 'xa' | 'huyen'>(); // "province|name" → level
  const taken = new Set<string>(); // "province|name|year"
  const ids = new Set(seedPlans.map((plan) => plan.id));
  const plans: SyntheticPlan[] = [];

  for (let index = 0; index < n; index += 1) {
    const random = randomFor(seed, index);
    const year = weighted(random, YEARS);
    const level = year < 2025 && random.next() < DISTRICT_SHARE ? 'huyen' : 'xa';

    // A locality not yet planned for this year, whose level (if seen before) agrees.
    let province = '';
    let name = '';
    for (let attempt = 0; ; attempt += 1) {
      if (attempt > 1000) throw new Error(`No free locality for plan ${index}.`);
      province = random.pick(provinces);
      const [first, second] = sample(random, SYLLABLES, 2);
      name = random.next() < 0.5 ? `${first} ${second}` : `${second} ${first}`;
      // Not a province's name, and written with marks like most place names ("An Nam" is not).
      if (PROVINCE_NAMES.has(name) || !/[^\u0000-\u007f]/.test(name)) continue;
      const known = levels.get(`${province}|${name}`);
      if ((known === undefined || known === level) && !taken.has(`${province}|${name}|${year}`)) break;
    }
    levels.set(`${province}|${name}`, level);
    taken.add(`${province}|${name}|${year}`);

    let id = slugify(`${name}-${province}-${year}`);
    for (let suffix = 2; ids.has(id) || id === 'tinh'; suffix += 1) id = `${slugify(`${name}-${province}-${year}`)}-${suffix}`;
    ids.add(id);

    // Slogans and links from one seed plan, of the same year where there is one.
    const sameYear = pools.seeds.filter((plan) => plan.data.year === year);
    const source = random.pick(sameYear.length > 0 ? sameYear : pools.seeds);
    const slogans = source.data.year === year ? [...source.data.slogans] : [];
    const links = sample(random, source.data.links, random.int(0, source.data.links.length));

    const rows = sample(random, pools.rows, random.int(3, Math.min(9, pools.rows.length)));
    const activities = rows.map((row) => moveActivity(row.activity, row.year, year, random));

    const sentences = sample(random, pools.sentences, random.int(2, Math.min(4, pools.sentences.length)));
    const unit = level === 'xa' ? 'xã' : 'huyện';
    plans.push({
      id,
      seed: source.id,
      data: {
        title: `Kế hoạch tổ chức Ngày Chuyển đổi số quốc gia năm ${year} trên địa bàn ${unit} ${name}`,
        issuer: `UBND ${unit} ${name}`,
        locality: { name, level, province },
        year,
        slogans,
        links,
        activities,
      },
      body: sentences.join(' '),
    });
  }
  return plans;
}

/** The file content/plans/<id>.md of a plan, in the shipped files' format. */
export function planFile(plan: SyntheticPlan): string {
  return `---\n${yaml.dump(plan.data, { lineWidth: -1, noRefs: true })}---\n\n${plan.body}\n`;
}

/** Writes each plan as <contentDir>/plans/<id>.md; refuses to overwrite a file. */
export async function writePlans(contentDir: string, plans: readonly SyntheticPlan[]): Promise<string[]> {
  const files: string[] = [];
  for (const plan of plans) {
    const file = join(contentDir, 'plans', `${plan.id}.md`);
    await writeFile(file, planFile(plan), { flag: 'wx' });
    files.push(file);
  }
  return files;
}

/**
 * The shipped plans of a content folder, read by the project's own content check (same
 * YAML dialect, same date parsing). Throws if the content has problems.
 */
export async function loadSeedPlans(contentDir: string): Promise<SeedPlan[]> {
  const dir = resolve(contentDir);
  const { content, problems } = await checkContent(dir, '.');
  if (problems.length > 0) {
    throw new Error(`${dir}: ${problems.length} problems in the content, e.g. ${problems[0]?.file}: ${problems[0]?.message}`);
  }
  return content.plans.map((entry) => ({ id: entry.id, data: entry.data, body: entry.body ?? '' }));
}
