import { z } from 'zod';
import { httpUrl, slug, sources, text } from './common.ts';
import { skill } from './skills.ts';
import { echoValue } from './errors.ts';

export const LINK_KINDS = [
  'dich-vu-cong',
  'dinh-danh',
  'hoc-tap',
  'thuong-mai-dien-tu',
  'thanh-toan',
  'an-toan',
  'do-kiem',
] as const;

export const linkKind = z.enum(LINK_KINDS, {
  error: (issue) => `Loại liên kết ${echoValue(issue.input)} không có. Chỉ nhận: ${LINK_KINDS.join(', ')}.`,
});

/** One official platform or site: an entry of content/links.yaml. */
export const linkSchema = z.strictObject({
  id: slug,
  name: text,
  url: httpUrl,
  kind: linkKind,
  description: text,
  skills: z.array(skill).default([]),
  /** The province a platform serves; absent for national platforms. */
  province: text.optional(),
  sources,
});

export type Link = z.output<typeof linkSchema>;
export type LinkKind = (typeof LINK_KINDS)[number];
