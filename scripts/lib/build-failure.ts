/**
 * What `npm run build` says when it fails: one Vietnamese line for every failure, the
 * content file behind a page that did not render, and no English stack frames (unless
 * CDS_DEBUG=1). Pure functions; scripts/build.ts does the I/O.
 */
import type { Content } from '../../src/check/content.ts';

/** The line every failed build prints: the editor's site is safe, whatever went wrong. */
export function failureLine(out: string): string {
  return `Dựng cổng thất bại; thư mục ${out} cũ được giữ nguyên.`;
}

export function interruptedLine(out: string, signal: string): string {
  const how = signal === 'SIGINT' ? 'Ctrl+C' : signal;
  return `Đã dừng dựng cổng (${how}); thư mục ${out} cũ được giữ nguyên.`;
}

/** A line of a JavaScript stack ("    at render (file:///…)") or Node's own error banner. */
export function isStackFrame(line: string): boolean {
  return /^\s+at\s/.test(line) || /^\s*at\s+(async\s+)?\S+\s+\(/.test(line) || /^node:internal\//.test(line);
}

/** Astro's own error log lines ("12:00:00 [ERROR] …"), which carry stacks and repeat our summary. */
export function isAstroErrorLog(line: string): boolean {
  return /^(\S+\s+)?\[ERROR\]/.test(stripAnsi(line));
}

export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}

/** The route Astro names when a page fails ("Caught error rendering /ky-nang-so/x/: …"). */
export function routeInLog(text: string): string | undefined {
  return /rendering\s+(\/\S*?):?\s/.exec(stripAnsi(text))?.[1];
}

/** Astro's message in one line: no stack frames, no error class prefix, at most 400 characters. */
export function oneLine(message: string): string {
  const text = stripAnsi(message)
    .split('\n')
    .filter((line) => !isStackFrame(line))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 400 ? `${text.slice(0, 399)}…` : text;
}

/**
 * The content file a page is made from: /ky-nang-so/<skill>/ (and its handout) is the guide
 * for that skill, /ke-hoach/<id>/ a plan, /nam/<year>/ a year file, /<slug>/ a fixed page.
 */
export function contentFileForRoute(route: string, base: string, content: Content): string | undefined {
  const prefix = base.replace(/\/$/, '');
  const path = prefix && route.startsWith(`${prefix}/`) ? route.slice(prefix.length) : route;
  const parts = path.split('/').filter(Boolean);
  const [section, key] = parts;
  if (section === 'ky-nang-so' && key) return content.guides.find((guide) => guide.data.skill === key)?.file;
  if (section === 'ke-hoach' && key) return content.plans.find((plan) => plan.id === key)?.file;
  if (section === 'nam' && key) return content.years.find((year) => String(year.data.year) === key)?.file;
  if (section && parts.length === 1) return content.pages.find((page) => page.id === section)?.file;
  return undefined;
}

/** A content file named in the error itself (an MDX compile error carries its file). */
export function contentFileInError(text: string, root: string, contentDir: string): string | undefined {
  const folder = `${root.replace(/\/$/, '')}/${contentDir}/`;
  const at = text.indexOf(folder);
  if (at < 0) return undefined;
  const file = /^[^\s:?)'"]+\.(mdx?|ya?ml)/.exec(text.slice(at + folder.length))?.[0];
  return file ? `${contentDir}/${file}` : undefined;
}

/**
 * Astro's failures an editor's file can cause that the content check cannot see, said in
 * Vietnamese with the fix, and the content file behind them. `shown` turns an absolute
 * path into the one the editor knows (relative to the project).
 */
export function explainFailure(message: string, content: Content, shown: (path: string) => string): { text: string; file?: string } | undefined {
  // A picture whose first bytes are right but which cannot be read to the end (a download cut short).
  const image = /NoImageMetadata: Could not process image metadata for `([^`]+)`/.exec(stripAnsi(message))?.[1];
  if (image) {
    const name = image.split('/').at(-1) ?? image;
    const guide = [...content.guides, ...content.plans, ...content.pages].find((entry) => entry.body?.includes(name));
    return {
      text: `không đọc được ảnh ${shown(image)}: tệp hỏng hoặc tải về chưa hết. Mở ảnh gốc bằng một trình sửa ảnh, lưu lại thành PNG (hoặc xuất SVG), rồi thay tệp này.`,
      ...(guide ? { file: guide.file } : {}),
    };
  }
  return undefined;
}

/** The second line of a failed render: the file (or the page), then what went wrong. */
export function renderFailureLine(message: string, file: string | undefined, route: string | undefined): string {
  const where = file ? `Lỗi trong tệp ${file}${route ? ` (trang ${route})` : ''}` : route ? `Lỗi khi dựng trang ${route}` : 'Lỗi khi dựng cổng';
  return `${where}: ${oneLine(message)}`;
}

/**
 * A Markdown or MDX body this large is almost always a mistake (a pasted Word document or
 * a picture pasted as base64 text): the longest shipped guide is about 10 KB, and a page of
 * 200 KB of text could never stay within the 25 KB (gzip) a page may weigh on a cheap phone
 * over 3G. Still only a warning: a long plan summary is not wrong, only worth a look.
 */
export const BODY_LIMIT_BYTES = 200 * 1024;

export function bodySizeWarnings(content: Content, limit = BODY_LIMIT_BYTES): string[] {
  const entries = [...content.plans, ...content.guides, ...content.pages];
  return entries
    .filter((entry) => entry.body !== undefined && Buffer.byteLength(entry.body) > limit)
    .map(
      (entry) =>
        `Cảnh báo: tệp ${entry.file} có phần nội dung ${Math.ceil(Buffer.byteLength(entry.body ?? '') / 1024)} KB, quá ${Math.round(limit / 1024)} KB. ` +
        'Trang sẽ rất nặng trên điện thoại; kiểm tra xem có dán nhầm cả văn bản hay ảnh dạng chữ (base64) không, tách thành nhiều trang nếu cần.',
    );
}
