import { z } from 'zod';
import { date, slug, sources, text } from './common.ts';
import { skill } from './skills.ts';

/** Front matter of content/guides/<slug>.mdx: a step-by-step guide for one basic skill. */
export const guideSchema = z.strictObject({
  skill,
  /** Position among the guides (1 = first). */
  order: z.number({ error: 'order phải là một số, ví dụ 1.' }).int({ error: 'order phải là số nguyên, ví dụ 1.' }).min(1, { error: 'order bắt đầu từ 1.' }),
  title: text,
  summary: text,
  audience: text,
  updated: date,
  /** Official platforms the guide sends people to: ids of content/links.yaml. */
  links: z.array(slug).min(1, { error: 'Cần ít nhất một nền tảng chính thức (links) từ content/links.yaml.' }),
  sources,
});

export type Guide = z.output<typeof guideSchema>;
