import { z } from 'zod';
import { date, locality, slug, text, year } from './common.ts';

/** A document a plan implements or cites, as the plan names it. */
const documentRef = z.strictObject({
  title: text,
  number: text.optional(),
  date: date.optional(),
  issuer: text.optional(),
});

/**
 * One row of a plan's activity table. `period` keeps the time exactly as the document
 * writes it; `start`/`end` are what it means. Activities the document marks as
 * continuous ("Thường xuyên") have no dates and `ongoing: true`.
 */
export const activitySchema = z
  .strictObject({
    task: text,
    lead: z.array(text).min(1, { error: 'Cần ít nhất một đơn vị chủ trì (lead).' }),
    partners: z.array(text).default([]),
    period: text,
    start: date.optional(),
    end: date.optional(),
    ongoing: z.boolean({ error: 'ongoing chỉ nhận true hoặc false.' }).default(false),
    ref: text.optional(),
  })
  .superRefine((value, ctx) => {
    const dated = value.start !== undefined || value.end !== undefined;
    if (value.ongoing && dated) {
      ctx.addIssue({
        code: 'custom',
        path: ['ongoing'],
        message: 'Hoạt động thường xuyên (ongoing: true) không ghi start/end. Xóa start và end, hoặc bỏ ongoing.',
      });
      return;
    }
    if (!value.ongoing && (value.start === undefined || value.end === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [value.start === undefined ? 'start' : 'end'],
        message:
          'Thiếu ngày: ghi cả start và end (dạng ngày/tháng/năm), hoặc ghi ongoing: true nếu văn bản ghi "Thường xuyên".',
      });
      return;
    }
    if (value.start && value.end && value.end < value.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'Ngày kết thúc (end) trước ngày bắt đầu (start). Sửa lại để ngày kết thúc bằng hoặc sau ngày bắt đầu.',
      });
    }
  });

/** Front matter of content/plans/<slug>.md; the Markdown body is the summary. */
export const planSchema = z.strictObject({
  title: text,
  issuer: text,
  locality,
  year,
  /** Number and date as the document gives them; absent where the draft leaves them blank. */
  number: text.optional(),
  date: date.optional(),
  /** The number/date line exactly as written, blanks included ("Số: /KH-UBND"). */
  asWritten: text.optional(),
  implements: z.array(documentRef).default([]),
  signer: z.strictObject({ name: text, title: text }).optional(),
  slogans: z.array(text).default([]),
  links: z.array(slug).default([]),
  activities: z.array(activitySchema).min(1, { error: 'Kế hoạch cần ít nhất một hoạt động (activities).' }),
});

export type Plan = z.output<typeof planSchema>;
export type Activity = z.output<typeof activitySchema>;
