/**
 * Building blocks shared by every content schema. Plain zod (no Astro imports) so that
 * tests and scripts can validate content without an Astro runtime.
 */
import { z } from 'zod';
import { echoValue } from './errors.ts';
import { isoFromUtcDate, parseDate } from '../lib/dates.ts';

// zod's own messages in Vietnamese; the friendly-error helper adds the fix on top.
z.config(z.locales.vi());

/** Non-empty text, stored in Unicode NFC whatever form the editor's keyboard produced. */
export const text = z
  .string({ error: 'Cần một đoạn chữ.' })
  .trim()
  .min(1, { error: 'Không được để trống.' })
  .overwrite((value) => value.normalize('NFC'));

export const slug = z
  .string({ error: 'Cần một mã viết liền.' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ dich-vu-cong).',
  });

export const httpUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'Địa chỉ web phải đầy đủ và bắt đầu bằng http:// hoặc https:// (ví dụ https://dichvucong.gov.vn/).',
});

export const year = z
  .number({ error: 'Năm phải là một số, ví dụ 2025.' })
  .int({ error: 'Năm phải là số nguyên, ví dụ 2025.' })
  .min(2022, { error: 'Ngày Chuyển đổi số quốc gia có từ năm 2022 (Quyết định 505/QĐ-TTg): năm phải từ 2022 trở đi.' })
  .max(2100, { error: 'Năm quá lớn: kiểm tra lại số năm.' });

/**
 * A calendar date written as dd/mm/yyyy (the way Vietnamese documents write it), or as
 * yyyy-mm-dd; stored as an ISO string. Dates that do not exist (31/9) are refused.
 */
export const date = z
  .union([z.string(), z.date()], { error: 'Cần một ngày dạng ngày/tháng/năm, ví dụ 01/10/2024.' })
  .transform((value, ctx) => {
    if (value instanceof Date) return isoFromUtcDate(value);
    const parsed = parseDate(value);
    if (parsed.ok) return parsed.iso;
    ctx.addIssue({ code: 'custom', message: `${parsed.reason} Viết ngày có thật theo dạng ngày/tháng/năm, ví dụ 01/10/2024.` });
    return z.NEVER;
  });

/** Administrative levels: province-level, district-level, commune-level. */
export const LEVELS = ['tinh', 'huyen', 'xa'] as const;
export const level = z.enum(LEVELS, {
  error: (issue) =>
    `Cấp hành chính ${echoValue(issue.input)} không hợp lệ. Chỉ nhận: tinh (cấp tỉnh), huyen (cấp huyện), xa (cấp xã).`,
});

export const locality = z
  .strictObject({
    name: text.describe('Tên địa phương, không kèm chữ "xã", "huyện", "tỉnh", ví dụ Thạch Hà.'),
    level: level.describe('Cấp của địa phương: tỉnh, huyện hoặc xã.'),
    province: text.optional().describe('Tỉnh của địa phương; bắt buộc với cấp huyện và cấp xã, ví dụ Hà Tĩnh.'),
  })
  .superRefine((value, ctx) => {
    if (value.level !== 'tinh' && !value.province) {
      ctx.addIssue({
        code: 'custom',
        path: ['province'],
        message: `Địa phương cấp ${value.level === 'xa' ? 'xã' : 'huyện'} cần ghi tỉnh (province), ví dụ province: Hà Tĩnh.`,
      });
    }
  });

/**
 * Where a fact comes from: a document or a public page (title, optional URL), or a plan
 * of this portal by its file name (plan). Every fact shipped names one.
 */
export const source = z
  .strictObject({
    title: text.optional().describe('Tên văn bản (loại, số, ngày, cơ quan ban hành) hoặc tên trang công khai.'),
    url: httpUrl.optional().describe('Địa chỉ công khai của văn bản hoặc trang, bắt đầu bằng https://.'),
    plan: slug.optional().describe('Hoặc chọn một kế hoạch đã có trên cổng.'),
  })
  .refine((value) => value.title !== undefined || value.plan !== undefined, {
    error: 'Nguồn cần tên văn bản (title) hoặc mã kế hoạch (plan).',
  });

export const sources = z
  .array(source, { error: 'Cần danh sách nguồn (sources).' })
  .min(1, { error: 'Thiếu nguồn: mỗi thông tin phải ghi rõ lấy từ văn bản hay trang nào.' });

export type Source = z.output<typeof source>;
export type Locality = z.output<typeof locality>;
export type Level = (typeof LEVELS)[number];
