/**
 * The editors' guide's rules for Markdown and MDX bodies, checked before Astro runs: no
 * script of any kind (a <script>, an on…= attribute, a javascript: link: the CSP would
 * block them in the browser, but nothing an editor typed may try), no "#" heading (the
 * page's title is its h1), and no web address that links.yaml does not hold (every address
 * citizens are sent to names its source there).
 */
import type { FieldProblem } from '../schemas/errors.ts';

const FENCE = /^\s*(```|~~~)/;
const ADDRESS = /https?:\/\/[^\s)>\]"'`]+/gi;

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The hosts of links.yaml's addresses, the only ones a body may name. */
export function allowedHosts(urls: Iterable<string>): Set<string> {
  return new Set([...urls].map(hostOf).filter((host): host is string => host !== undefined));
}

export function bodyProblems(body: string, firstLine: number, hosts: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  let inCode = false;
  body.split('\n').forEach((line, index) => {
    if (FENCE.test(line)) {
      inCode = !inCode;
      return;
    }
    if (inCode) return;
    const field = `nội dung › dòng ${firstLine + index}`;
    if (/<script\b/i.test(line)) {
      problems.push({ field, message: 'Không dùng thẻ <script> trong nội dung: cổng không chạy mã do người soạn viết. Xóa thẻ; muốn giới thiệu một trang khác, dẫn liên kết tới trang đó.' });
    }
    if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(line)) {
      problems.push({ field, message: 'Thẻ HTML có thuộc tính on…= (chạy mã khi bấm hay khi tải ảnh): cổng không chấp nhận. Xóa thuộc tính đó.' });
    }
    if (/javascript:/i.test(line)) {
      problems.push({ field, message: 'Liên kết "javascript:" không được dùng. Thay bằng địa chỉ https:// của trang cần dẫn tới.' });
    }
    if (/^#\s/.test(line)) {
      problems.push({ field, message: 'Tiêu đề một dấu # trùng với tên trang (lấy từ trường title). Trong phần thân, dùng ## cho mục và ### cho mục nhỏ.' });
    }
    for (const [url] of line.matchAll(ADDRESS)) {
      const host = hostOf(url);
      if (host && hosts.has(host)) continue;
      problems.push({
        field,
        message: `Địa chỉ ${url} chưa có trong content/links.yaml. Mọi địa chỉ cổng đưa người dân tới phải có trong links.yaml, kèm nguồn: thêm nó vào đó, rồi dùng <LinkCard id="…" /> trong hướng dẫn hoặc trường links của kế hoạch.`,
      });
    }
  });
  return problems;
}
