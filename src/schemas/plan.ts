import { z } from 'zod';
import { date, locality, slug, text, year } from './common.ts';

/** A document a plan implements or cites, as the plan names it. */
const documentRef = z.strictObject({
  title: text.describe('Tên văn bản như kế hoạch ghi, ví dụ Kế hoạch số 45/KH-BTTTT.'),
  number: text.optional().describe('Số, ký hiệu văn bản, ví dụ 45/KH-UBND.'),
  date: date.optional().describe('Ngày ban hành, dạng ngày/tháng/năm.'),
  issuer: text.optional().describe('Cơ quan ban hành.'),
});

/**
 * One row of a plan's activity table. `period` keeps the time exactly as the document
 * writes it; `start`/`end` are what it means. Activities the document marks as
 * continuous ("Thường xuyên") have no dates and `ongoing: true`.
 */
export const activitySchema = z
  .strictObject({
    task: text.describe('Nội dung nhiệm vụ, chép như bảng của văn bản.'),
    lead: z.array(text).min(1, { error: 'Cần ít nhất một đơn vị chủ trì (lead).' }).describe('Ít nhất một đơn vị; mỗi đơn vị một dòng.'),
    partners: z.array(text).default([]).describe('Các đơn vị phối hợp, mỗi đơn vị một dòng.'),
    period: text.describe('Thời gian đúng như văn bản ghi, ví dụ "Tháng 10/2025" hoặc "Thường xuyên".'),
    start: date.optional().describe('Ngày bắt đầu, dạng ngày/tháng/năm. Bỏ trống nếu hoạt động thường xuyên.'),
    end: date.optional().describe('Ngày kết thúc, dạng ngày/tháng/năm, bằng hoặc sau ngày bắt đầu. Bỏ trống nếu hoạt động thường xuyên.'),
    ongoing: z
      .boolean({ error: 'ongoing chỉ nhận true hoặc false.' })
      .default(false)
      .describe('Bật khi văn bản ghi "Thường xuyên": khi đó không ghi ngày bắt đầu, kết thúc.'),
    ref: text.optional().describe('Số mục trong văn bản, ví dụ II.3.'),
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
  title: text.describe('Tên kế hoạch đúng như văn bản, ví dụ Kế hoạch tổ chức Ngày Chuyển đổi số quốc gia năm 2025.'),
  issuer: text.describe('Cơ quan ban hành, ví dụ Ủy ban nhân dân xã Thạch Hà.'),
  locality: locality.describe('Địa phương của kế hoạch.'),
  year: year.describe('Năm của chiến dịch mà kế hoạch thực hiện.'),
  /** Number and date as the document gives them; absent where the draft leaves them blank. */
  number: text.optional().describe('Số, ký hiệu, ví dụ 120/KH-UBND. Bỏ trống nếu văn bản để trống số.'),
  date: date.optional().describe('Ngày ban hành, dạng ngày/tháng/năm. Bỏ trống nếu văn bản để trống ngày.'),
  /** The number/date line exactly as written, blanks included ("Số: /KH-UBND"). */
  asWritten: text.optional().describe('Dòng số, ngày đúng như văn bản ghi, kể cả chỗ để trống, ví dụ "Số: /KH-UBND".'),
  implements: z.array(documentRef).default([]).describe('Các văn bản cấp trên mà kế hoạch thực hiện.'),
  signer: z
    .strictObject({ name: text.describe('Họ và tên người ký.'), title: text.describe('Chức vụ, ví dụ Phó Chủ tịch.') })
    .optional()
    .describe('Người ký văn bản.'),
  slogans: z.array(text).default([]).describe('Khẩu hiệu kế hoạch nêu, mỗi khẩu hiệu một dòng.'),
  links: z.array(slug).default([]).describe('Các nền tảng số kế hoạch nhắc tới, chọn trong mục Liên kết.'),
  activities: z
    .array(activitySchema)
    .min(1, { error: 'Kế hoạch cần ít nhất một hoạt động (activities).' })
    .describe('Bảng phân công nhiệm vụ của kế hoạch, mỗi dòng một hoạt động.'),
});

export type Plan = z.output<typeof planSchema>;
export type Activity = z.output<typeof activitySchema>;
