import { z } from 'zod';
import { echoValue } from './errors.ts';

/**
 * The five basic digital skills (05 kỹ năng số cơ bản) as the Hậu Giang plan of 2024
 * lists them. Their ids are the guides' URL slugs.
 */
export const SKILLS = [
  'dich-vu-cong-truc-tuyen',
  'mua-sam-truc-tuyen',
  'thanh-toan-truc-tuyen',
  'tu-bao-ve-tren-khong-gian-mang',
  'su-dung-nen-tang-so',
] as const;

export const skill = z.enum(SKILLS, {
  error: (issue) => `Kỹ năng ${echoValue(issue.input)} không có. Chỉ nhận: ${SKILLS.join(', ')}.`,
});

export type Skill = (typeof SKILLS)[number];
