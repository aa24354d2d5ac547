import { z } from 'zod';
import { date, sources, text, year } from './common.ts';

const fact = z.strictObject({ text, sources: sources.describe('Văn bản hoặc trang công bố thông tin này.') });

const campaign = z
  .strictObject({
    name: text.describe('Tên đợt cao điểm, chiến dịch như văn bản ghi.'),
    start: date.describe('Ngày bắt đầu, dạng ngày/tháng/năm, ví dụ 01/10/2025.'),
    end: date.describe('Ngày kết thúc, dạng ngày/tháng/năm; bằng hoặc sau ngày bắt đầu.'),
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

/** Nothing written: absent, an empty line (null), blank text or an empty list. */
function blank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/**
 * A fact of the year that may not be announced yet (the theme, the day). The block written
 * but left empty, as `npm run nam-moi` writes it (`text:` with `sources: []`, or the field
 * name alone), reads as "not announced" (undefined), which the site shows as "chưa công
 * bố". The field itself stays required, so a block deleted by mistake is not silently read
 * that way; sources or a note without the fact is a half-filled block, refused on the
 * fact's field.
 */
function untilAnnounced<T extends z.ZodObject>(block: T, key: string, missing: string, absent: string) {
  return z.preprocess((value, ctx) => {
    // Left out altogether: maybe deleted by mistake, so asked for rather than read as "not announced".
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', input: value, message: absent });
      return z.NEVER;
    }
    if (value === null) return null;
    if (typeof value !== 'object' || Array.isArray(value)) return value;
    const fields = value as Record<string, unknown>;
    if (!blank(fields[key])) return value;
    if (Object.keys(fields).every((name) => blank(fields[name]))) return null;
    // A misspelt field beside the blank one ("tex:"): that is the one mistake to name.
    const unknown = Object.keys(fields).filter((name) => !(name in block.shape));
    if (unknown.length > 0) {
      const names = (list: string[]) => list.map((name) => `"${name}"`).join(', ');
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `Trường không được hỗ trợ: ${names(unknown)}. Ở đây chỉ có các trường ${names(Object.keys(block.shape))}: kiểm tra chính tả tên trường (xem content/README.md, mục 3) hoặc xóa dòng đó.`,
      });
      return z.NEVER;
    }
    ctx.addIssue({ code: 'custom', path: [key], message: missing, input: fields[key] });
    return z.NEVER;
  }, block.nullable())
    // undefined rather than optional: an optional field's errors are dropped when it is left out.
    .transform((value) => value ?? undefined);
}

const theme = untilAnnounced(
  z.strictObject({
    text: text.describe('Chép đúng từng chữ như văn bản công bố. Chưa công bố thì để trống (cổng hiện "chưa công bố").'),
    note: text.optional(),
    sources,
  }),
  'text',
  'Đã ghi nguồn hoặc ghi chú nhưng chưa ghi chủ đề (text). Chép chủ đề đúng từng chữ như văn bản công bố vào text; nếu chủ đề chưa công bố, để trống text và ghi sources: [] (cổng hiện "chưa công bố").',
  'Thiếu trường bắt buộc "theme". Ghi chủ đề của năm kèm nguồn; nếu chủ đề chưa công bố, vẫn ghi theme với text để trống và sources: [] (xem content/README.md, mục 3).',
);

const day = untilAnnounced(
  z.strictObject({
    date: date.describe('Ngày theo văn bản, dạng ngày/tháng/năm. Chưa có văn bản nêu ngày thì để trống.'),
    sources,
  }),
  'date',
  'Đã ghi nguồn nhưng chưa ghi ngày (date). Ghi ngày theo văn bản, dạng ngày/tháng/năm; nếu chưa có văn bản nêu ngày, để trống date và ghi sources: [] (cổng hiện "chưa công bố").',
  'Thiếu trường bắt buộc "day". Ghi ngày của năm kèm nguồn; nếu chưa có văn bản nêu ngày, vẫn ghi day với date để trống và sources: [] (xem content/README.md, mục 3).',
);

/** A list, empty when nothing is written under its name (`slogans:` alone reads as null). */
const list = <T extends z.ZodType>(item: T) => z.preprocess((value) => (value === null ? undefined : value), z.array(item).default([]));

/**
 * One campaign year: content/years/<YYYY>.yaml. A year just started (`npm run nam-moi`)
 * has its theme and day left empty, and no slogans, until they are announced.
 */
export const yearSchema = z.strictObject({
  year: year.describe('Năm của chiến dịch, ví dụ 2026; cũng là tên tệp (2026.yaml).'),
  /** undefined until announced: the site says "chưa công bố", never fills one in. */
  theme: theme.describe('Chủ đề của Ngày Chuyển đổi số quốc gia năm này, theo kế hoạch của Bộ trong năm.'),
  slogans: list(fact).describe('Các khẩu hiệu tuyên truyền của năm, chép đúng như văn bản.'),
  /** The National Digital Transformation Day of that year; undefined until a document gives it. */
  day: day.describe('Ngày tổ chức Ngày Chuyển đổi số quốc gia năm này (không phải năm nào cũng là 10/10).'),
  campaigns: list(campaign).describe('Các đợt cao điểm, chiến dịch có ngày bắt đầu và kết thúc.'),
  movements: list(z.strictObject({ name: text, description: text, sources })).describe('Các phong trào được phát động trong năm.'),
  notes: list(fact).describe('Thông tin khác của năm, mỗi mục kèm nguồn.'),
});

export type Year = z.output<typeof yearSchema>;
export type YearTheme = NonNullable<Year['theme']>;
