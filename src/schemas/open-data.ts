/**
 * The shapes of the open data files in /du-lieu/: plain JSON (ISO dates, no transforms),
 * so their JSON Schemas can be generated with z.toJSONSchema and published beside them.
 */
import { z } from 'zod';
import { LEVELS } from './common.ts';
import { LINK_KINDS } from './link.ts';
import { SKILLS } from './skills.ts';

const isoDate = z.iso.date();
const url = z.url();

const source = z.object({ title: z.string().optional(), url: url.optional(), plan: z.string().optional() });

export const yearRecord = z.object({
  year: z.int(),
  url,
  theme: z.string().nullable().describe('chủ đề của năm; null khi chưa công bố'),
  themeSources: z.array(source).describe('nguồn của chủ đề; rỗng khi chủ đề chưa công bố'),
  slogans: z.array(z.string()),
  day: isoDate.nullable().describe('Ngày Chuyển đổi số quốc gia của năm; null khi chưa công bố'),
  campaigns: z.array(z.object({ name: z.string(), start: isoDate, end: isoDate })),
  movements: z.array(z.object({ name: z.string(), description: z.string() })),
});

export const planRecord = z.object({
  id: z.string(),
  url,
  title: z.string(),
  issuer: z.string(),
  locality: z.object({ name: z.string(), level: z.enum(LEVELS), province: z.string().nullable() }),
  year: z.int(),
  number: z.string().nullable(),
  date: isoDate.nullable(),
  activities: z.int(),
  ics: url,
  csv: url,
});

export const activityRecord = z.object({
  id: z.string().describe('kế hoạch-số thứ tự, ổn định giữa các lần dựng'),
  plan: z.string(),
  row: z.int(),
  year: z.int(),
  locality: z.string(),
  task: z.string(),
  lead: z.array(z.string()),
  partners: z.array(z.string()),
  period: z.string().describe('thời gian đúng như văn bản ghi'),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  ongoing: z.boolean(),
  url,
});

export const linkRecord = z.object({
  id: z.string(),
  name: z.string(),
  url,
  kind: z.enum(LINK_KINDS),
  description: z.string(),
  skills: z.array(z.enum(SKILLS)),
  province: z.string().nullable(),
});

export const DATASETS = {
  'nam': { title: 'Các năm: chủ đề, khẩu hiệu, ngày, chiến dịch', schema: z.array(yearRecord) },
  'ke-hoach': { title: 'Các kế hoạch', schema: z.array(planRecord) },
  'hoat-dong': { title: 'Mọi hoạt động của các kế hoạch', schema: z.array(activityRecord) },
  'lien-ket': { title: 'Các nền tảng số chính thức', schema: z.array(linkRecord) },
} as const;

export type DatasetId = keyof typeof DATASETS;
