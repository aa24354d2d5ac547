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
  id: slug.describe('Mã viết liền, không dấu, không trùng, ví dụ dich-vu-cong-quoc-gia. Kế hoạch và hướng dẫn dùng mã này để chọn nền tảng: đừng đổi mã đã dùng.'),
  name: text.describe('Tên chính thức của nền tảng, trang web.'),
  url: httpUrl.describe('Địa chỉ chính thức, bắt đầu bằng https://.'),
  /**
   * Why an official address is plain http://: every link here is one the portal sends
   * citizens to, and the guides teach them to look for the padlock, so an unencrypted one
   * needs a stated reason and is shown with a warning (src/components/PlainHttpWarning.astro).
   */
  httpNote: text
    .optional()
    .describe('Chỉ khi địa chỉ bắt đầu bằng http:// (không có s): vì sao cổng vẫn dẫn tới, theo nguồn nào. Cổng hiện cảnh báo bên cạnh liên kết.'),
  kind: linkKind.describe('Nhóm của nền tảng trên trang Liên kết.'),
  description: text.describe('Một, hai câu nói người dân dùng nền tảng để làm gì.'),
  skills: z.array(skill).default([]).describe('Kỹ năng số cơ bản mà nền tảng phục vụ.'),
  /** The province a platform serves; absent for national platforms. */
  province: text.optional().describe('Tỉnh mà nền tảng phục vụ; bỏ trống với nền tảng toàn quốc.'),
  sources: sources.describe('Kế hoạch nhắc tới nền tảng, hoặc trang công khai của nó. Mỗi mục phải có nguồn.'),
}).superRefine((link, context) => {
  const plain = link.url.toLowerCase().startsWith('http://');
  if (plain && !link.httpNote) {
    context.addIssue({
      code: 'custom',
      path: ['url'],
      message: `Địa chỉ ${link.url} dùng http:// (không có s): kết nối không được mã hóa, người dân không thấy ổ khóa để biết mình đang ở đúng trang. Dùng địa chỉ https:// nếu trang có. Nếu trang chỉ có http://, thêm trường httpNote ghi lý do vẫn dẫn tới (ví dụ: httpNote: "Kế hoạch … ghi đúng địa chỉ này; trang chưa có https."), cổng sẽ hiện cảnh báo bên cạnh liên kết.`,
    });
  }
  if (!plain && link.httpNote) {
    context.addIssue({ code: 'custom', path: ['httpNote'], message: 'Địa chỉ đã là https://: xóa trường httpNote (chỉ dùng cho địa chỉ http://).' });
  }
});

export type Link = z.output<typeof linkSchema>;
export type LinkKind = (typeof LINK_KINDS)[number];
