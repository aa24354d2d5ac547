import { z } from 'zod';
import { date, sources, text, year } from './common.ts';

const fact = z.strictObject({ text, sources });

const campaign = z
  .strictObject({
    name: text,
    start: date,
    end: date,
    note: text.optional(),
    sources,
  })
  .superRefine((value, ctx) => {
    if (value.end < value.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'Ngày kết thúc (end) trước ngày bắt đầu (start). Sửa lại để ngày kết thúc bằng hoặc sau ngày bắt đầu.',
      });
    }
  });

/** One campaign year: content/years/<YYYY>.yaml. */
export const yearSchema = z.strictObject({
  year,
  theme: z.strictObject({ text, note: text.optional(), sources }),
  slogans: z.array(fact).default([]),
  /** The National Digital Transformation Day of that year, with its source. */
  day: z.strictObject({ date, sources }),
  campaigns: z.array(campaign).default([]),
  movements: z.array(z.strictObject({ name: text, description: text, sources })).default([]),
  notes: z.array(fact).default([]),
});

export type Year = z.output<typeof yearSchema>;
