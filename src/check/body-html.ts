/**
 * HTML in a body: the raw HTML of a Markdown file (plans, pages) and the lowercase tags of
 * an MDX guide. Astro publishes both as written, so anything beyond a few harmless inline
 * tags could run code (<script>, onclick=, javascript:), load from another site (<iframe>,
 * <img src="https://…">: no request may leave the portal) or fight the portal's own
 * styles (style=, <font>). Everything else has a Markdown way, which each message gives.
 */
import { bodyProblem, covering, lineOf, nodesOf, type BodyNode, type BodyProblem } from './body-tree.ts';
import { GUIDE_COMPONENT_NAMES } from '../lib/guide-components.ts';

/** Inline tags editors use that do no harm; only `title` (for <abbr>) as an attribute. */
export const ALLOWED_TAGS = ['br', 'wbr', 'strong', 'b', 'em', 'i', 'sub', 'sup', 'abbr', 'kbd', 'mark', 'small'] as const;
const ALLOWED: ReadonlySet<string> = new Set(ALLOWED_TAGS);
const ALLOWED_ATTRIBUTES = new Set(['title']);

export const SCRIPT_TAG =
  'Không dùng thẻ <script> trong nội dung: cổng không chạy mã do người soạn viết. Xóa thẻ; muốn giới thiệu một trang khác, dẫn liên kết tới trang đó.';
export const EVENT_ATTRIBUTE = 'Thẻ HTML có thuộc tính on…= (chạy mã khi bấm hay khi tải ảnh): cổng không chấp nhận. Xóa thuộc tính đó.';
export const JAVASCRIPT_LINK = 'Liên kết "javascript:" không được dùng. Thay bằng địa chỉ https:// của trang cần dẫn tới.';

export type Format = 'md' | 'mdx';

/** What runs code comes first when one piece of HTML has several problems. */
const SEVERE = [SCRIPT_TAG, EVENT_ATTRIBUTE, JAVASCRIPT_LINK];

/** How to write each kind of tag in Markdown instead. */
function markdownWay(name: string, format: Format): string {
  if (name === 'a') {
    return format === 'mdx'
      ? 'Nền tảng số dùng khối <LinkCard id="…" /> (mã trong links.yaml); liên kết khác viết bằng Markdown: [chữ hiện ra](https://…).'
      : 'Liên kết viết bằng Markdown: [chữ hiện ra](https://…), địa chỉ phải có trong links.yaml.';
  }
  if (['img', 'picture', 'figure', 'svg'].includes(name)) {
    return format === 'mdx'
      ? "Hình dùng khối <Figure src={anh} alt=\"…\" />, với dòng import anh from './hinh/ten-hinh.svg'; ngay dưới phần đầu tệp."
      : 'Hình viết bằng Markdown: ![lời mô tả hình](../hinh/ten-hinh.png), tệp ảnh đặt trong content/hinh/.';
  }
  if (['iframe', 'embed', 'object', 'video', 'audio', 'source', 'track', 'canvas', 'frame', 'frameset', 'portal'].includes(name)) {
    return 'Cổng không nhúng nội dung của trang khác (video, bản đồ, biểu mẫu…): mọi thứ trên trang phải tải từ chính cổng. Dẫn người đọc tới trang đó bằng một liên kết có trong links.yaml.';
  }
  if (['form', 'input', 'button', 'select', 'option', 'textarea', 'label', 'fieldset', 'output'].includes(name)) {
    return 'Cổng là trang tĩnh, không nhận biểu mẫu, ô nhập hay nút bấm. Muốn người dân làm thủ tục, dẫn liên kết tới nền tảng trong links.yaml.';
  }
  if (['style', 'link', 'meta', 'base', 'font', 'center', 'marquee', 'blink'].includes(name)) {
    return 'Cổng tự định dạng chữ cho mọi trang (chữ lớn, đọc được trên điện thoại, in được): xóa thẻ, giữ phần chữ.';
  }
  if (/^h[1-6]$/.test(name)) return 'Tiêu đề viết bằng Markdown: ## Tên mục (### cho mục nhỏ).';
  if (['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col'].includes(name)) {
    return 'Bảng viết bằng Markdown: | Cột 1 | Cột 2 |, dòng dưới | --- | --- |, rồi mỗi hàng một dòng.';
  }
  if (['ul', 'ol', 'li', 'dl', 'dt', 'dd'].includes(name)) return 'Danh sách viết bằng Markdown: mỗi mục một dòng bắt đầu bằng "- " (hoặc "1. ").';
  if (name === 'blockquote') return 'Lời trích viết bằng Markdown: mỗi dòng bắt đầu bằng "> ".';
  if (name === 'u') return 'Chữ gạch chân dễ bị nhầm là liên kết: dùng chữ đậm **…** thay vào.';
  return 'Viết bằng Markdown: đoạn văn cách nhau một dòng trống, chữ đậm **…**, chữ nghiêng *…*.';
}

/**
 * What is wrong with one tag, by its name and attributes: nothing (undefined) for an
 * allowed tag with allowed attributes. One message per tag, the most serious first.
 */
export function htmlTagProblem(name: string, attributes: ReadonlyArray<{ name: string; value: string | undefined }>, format: Format): string | undefined {
  const tag = name.toLowerCase();
  if (tag === 'script' || tag === 'noscript') return SCRIPT_TAG;
  if (attributes.some((attribute) => /^on/i.test(attribute.name))) return EVENT_ATTRIBUTE;
  if (attributes.some((attribute) => /^\s*javascript:/i.test(attribute.value ?? ''))) return JAVASCRIPT_LINK;
  if (/^[A-Z]/.test(name) && format === 'md') {
    return `Khối <${name}> chỉ dùng được trong hướng dẫn (tệp .mdx); tệp .md viết bằng Markdown: đoạn văn, **chữ đậm**, danh sách "- ", tiêu đề ##.`;
  }
  const component = GUIDE_COMPONENT_NAMES.find((known) => known.toLowerCase() === tag);
  if (component && format === 'mdx') return `Tên khối viết hoa chữ cái đầu: <${component}> (không phải <${name}>), cả ở thẻ mở và thẻ đóng.`;
  if (!ALLOWED.has(tag)) return `Thẻ HTML <${tag}> không dùng được trong nội dung. ${markdownWay(tag, format)} (Thẻ HTML dùng được: ${ALLOWED_TAGS.join(', ')}.)`;
  const style = attributes.find((attribute) => attribute.name.toLowerCase() === 'style');
  if (style) return `Thẻ <${tag}> có style="…": cổng không nhận định dạng tự đặt (màu, cỡ chữ, căn lề). Xóa style="…".`;
  const other = attributes.find((attribute) => !ALLOWED_ATTRIBUTES.has(attribute.name.toLowerCase()));
  if (other) return `Thẻ <${tag}> không nhận thuộc tính "${other.name}": xóa thuộc tính đó (thẻ HTML trong nội dung chỉ nhận title).`;
  return undefined;
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG = /<([A-Za-z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The opening tags of a piece of raw HTML, each with its line in the piece (from 0). */
export function openingTags(html: string): Array<{ name: string; attributes: Array<{ name: string; value: string | undefined }>; line: number }> {
  // Comments stay out of the page's text: what they hold is not a tag.
  const text = html.replace(COMMENT, (comment) => comment.replace(/[^\n]/g, ' '));
  return [...text.matchAll(TAG)].map((match) => ({
    name: match[1] ?? '',
    attributes: [...(match[2] ?? '').matchAll(ATTRIBUTE)].map((attribute) => ({
      name: attribute[1] ?? '',
      value: attribute[2] ?? attribute[3] ?? attribute[4],
    })),
    line: text.slice(0, match.index).split('\n').length - 1,
  }));
}

function elementAttributes(node: BodyNode): Array<{ name: string; value: string | undefined }> {
  return (node.attributes ?? []).map((attribute) => ({
    name: attribute.name ?? '{…}',
    value: typeof attribute.value === 'string' ? attribute.value : undefined,
  }));
}

/** The HTML of a body the portal does not publish, and the links that would run code. */
export function htmlProblems(tree: BodyNode, format: Format, firstLine: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const node of nodesOf(tree, 'html', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'link', 'image', 'definition')) {
    const line = lineOf(node, firstLine);
    if (node.type === 'html') {
      // One problem per piece of HTML (a pasted table is one mistake, not one per cell): the most serious.
      const found = openingTags(node.value ?? '').flatMap((tag) => {
        const message = htmlTagProblem(tag.name, tag.attributes, format);
        return message ? [covering(bodyProblem(line + tag.line, message), tag.attributes.map((attribute) => attribute.value))] : [];
      });
      const worst = SEVERE.map((message) => found.find((problem) => problem.message === message)).find(Boolean) ?? found[0];
      if (worst) problems.push(worst);
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      if (/^\s*javascript:/i.test(node.url ?? '')) problems.push(bodyProblem(line, JAVASCRIPT_LINK));
    } else if (node.name === null || node.name === undefined) {
      problems.push(bodyProblem(line, 'Cặp thẻ rỗng <>…</> không dùng được: xóa hai thẻ, giữ phần chữ bên trong.'));
    } else if (!/^[A-Z]/.test(node.name)) {
      const attributes = elementAttributes(node);
      const message = htmlTagProblem(node.name, attributes, format);
      if (message) problems.push(covering(bodyProblem(line, message), attributes.map((attribute) => attribute.value)));
    }
  }
  return problems;
}
