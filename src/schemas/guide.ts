import { z } from 'zod';
import { date, slug, sources, text } from './common.ts';
import { skill } from './skills.ts';

/** Front matter of content/guides/<slug>.mdx: a step-by-step guide for one basic skill. */
export const guideSchema = z.strictObject({
  skill: skill.describe('Kỹ năng số cơ bản mà hướng dẫn dạy; cũng là địa chỉ trang.'),
  /** Position among the guides (1 = first). */
  order: z
    .number({ error: 'order phải là một số, ví dụ 1.' })
    .int({ error: 'order phải là số nguyên, ví dụ 1.' })
    .min(1, { error: 'order bắt đầu từ 1.' })
    .describe('Vị trí trong danh sách hướng dẫn (1 là đầu tiên).'),
  title: text.describe('Tiêu đề ngắn, nói việc người dân làm được.'),
  summary: text.describe('Một câu tóm tắt, hiện trong danh sách hướng dẫn.'),
  audience: text.describe('Hướng dẫn dành cho ai, ví dụ Người dân có điện thoại thông minh.'),
  updated: date.describe('Ngày cập nhật nội dung, dạng ngày/tháng/năm.'),
  /** Official platforms the guide sends people to: ids of content/links.yaml. */
  links: z
    .array(slug)
    .min(1, { error: 'Cần ít nhất một nền tảng chính thức (links) từ content/links.yaml.' })
    .describe('Các nền tảng chính thức mà hướng dẫn đưa người dân tới, chọn trong mục Liên kết.'),
  sources: sources.describe('Văn bản, trang chính thức mà hướng dẫn dựa vào.'),
});

export type Guide = z.output<typeof guideSchema>;
