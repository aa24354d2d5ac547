import { z } from 'zod';
import { sources, text } from './common.ts';

/** Front matter of content/pages/<slug>.md: short institutional pages (about). */
export const pageSchema = z.strictObject({
  title: text.describe('Tiêu đề trang.'),
  description: text.describe('Một câu mô tả trang, hiện khi chia sẻ và trong kết quả tìm kiếm.'),
  sources: sources.describe('Văn bản, trang mà nội dung dựa vào.'),
});

export type Page = z.output<typeof pageSchema>;

/**
 * Pages a route of the portal is built from: without the file the route has nothing to
 * show, so the content check asks for it before Astro runs.
 */
export const REQUIRED_PAGES: Readonly<Record<string, string>> = {
  'gioi-thieu': 'trang Giới thiệu (/gioi-thieu/: cổng này của ai, nói về điều gì, theo nguồn nào)',
};
