import { describe, expect, it } from 'vitest';
import { ALLOWED_TAGS, htmlProblems, htmlTagProblem, openingTags } from '../../src/check/body-html.ts';
import { toFieldProblems } from '../../src/check/body-tree.ts';
import { parseBody } from '../../src/check/mdx-parse.ts';

function problems(body: string, format: 'md' | 'mdx', firstLine = 7): string[] {
  const parsed = parseBody(body, format, firstLine);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return toFieldProblems(htmlProblems(parsed.tree, format, firstLine)).map(({ field, message }) => `${field}: ${message}`);
}

const SCRIPT = 'Không dùng thẻ <script> trong nội dung: cổng không chạy mã do người soạn viết. Xóa thẻ; muốn giới thiệu một trang khác, dẫn liên kết tới trang đó.';
const EVENT = 'Thẻ HTML có thuộc tính on…= (chạy mã khi bấm hay khi tải ảnh): cổng không chấp nhận. Xóa thuộc tính đó.';
const JAVASCRIPT = 'Liên kết "javascript:" không được dùng. Thay bằng địa chỉ https:// của trang cần dẫn tới.';

describe('HTML in a body', () => {
  it('lets the few harmless inline tags through, in Markdown and MDX, and code as code', () => {
    expect(problems('Dòng một<br>dòng hai, <strong>đậm</strong>, <abbr title="Ủy ban nhân dân">UBND</abbr>, H<sub>2</sub>O.\n\n<!-- ghi chú -->\n\n```\n<iframe>\n```', 'md')).toEqual([]);
    expect(problems('Dòng một<br />dòng hai, <em>nghiêng</em>, <kbd>Ctrl</kbd> + <kbd>P</kbd>.', 'mdx')).toEqual([]);
    expect(ALLOWED_TAGS).toContain('br');
  });

  it('refuses scripts in every form, naming the line', () => {
    const body = ['Đoạn đầu', '', '<script>alert(1)</script>', '', 'Ảnh <img src="a.png" onerror="x()">', '', '[Bấm vào đây](javascript:alert(1))'].join('\n');
    expect(problems(body, 'md')).toEqual([`nội dung › dòng 9: ${SCRIPT}`, `nội dung › dòng 11: ${EVENT}`, `nội dung › dòng 13: ${JAVASCRIPT}`]);
    expect(problems('Bấm <strong onClick="x()">đây</strong>.', 'mdx')).toEqual([`nội dung › dòng 7: ${EVENT}`]);
  });

  it('refuses other tags with the Markdown way to write them, once per piece of HTML', () => {
    expect(problems('<div style="color: red">\nChú ý\n</div>\n\nChữ <font color="red">đỏ</font>.\n\n<table><tr><td>1</td></tr></table>', 'md')).toEqual([
      'nội dung › dòng 7: Thẻ HTML <div> không dùng được trong nội dung. Viết bằng Markdown: đoạn văn cách nhau một dòng trống, chữ đậm **…**, chữ nghiêng *…*. (Thẻ HTML dùng được: br, wbr, strong, b, em, i, sub, sup, abbr, kbd, mark, small.)',
      'nội dung › dòng 11: Thẻ HTML <font> không dùng được trong nội dung. Cổng tự định dạng chữ cho mọi trang (chữ lớn, đọc được trên điện thoại, in được): xóa thẻ, giữ phần chữ. (Thẻ HTML dùng được: br, wbr, strong, b, em, i, sub, sup, abbr, kbd, mark, small.)',
      'nội dung › dòng 13: Thẻ HTML <table> không dùng được trong nội dung. Bảng viết bằng Markdown: | Cột 1 | Cột 2 |, dòng dưới | --- | --- |, rồi mỗi hàng một dòng. (Thẻ HTML dùng được: br, wbr, strong, b, em, i, sub, sup, abbr, kbd, mark, small.)',
    ]);
    expect(problems('<div>\n<p>Chào</p>\n<script>alert(1)</script>\n</div>', 'md')).toEqual([`nội dung › dòng 9: ${SCRIPT}`]);
    expect(problems('<iframe src="https://www.youtube.com/embed/x" />', 'mdx')[0]).toContain('Cổng không nhúng nội dung của trang khác');
  });

  it('says where the blocks of a guide belong, and how to spell them', () => {
    expect(htmlTagProblem('Callout', [], 'md')).toBe(
      'Khối <Callout> chỉ dùng được trong hướng dẫn (tệp .mdx); tệp .md viết bằng Markdown: đoạn văn, **chữ đậm**, danh sách "- ", tiêu đề ##.',
    );
    expect(htmlTagProblem('linkcard', [], 'mdx')).toBe('Tên khối viết hoa chữ cái đầu: <LinkCard> (không phải <linkcard>), cả ở thẻ mở và thẻ đóng.');
  });

  it('takes no attribute on an allowed tag but title', () => {
    expect(htmlTagProblem('strong', [{ name: 'style', value: 'color:red' }], 'md')).toBe(
      'Thẻ <strong> có style="…": cổng không nhận định dạng tự đặt (màu, cỡ chữ, căn lề). Xóa style="…".',
    );
    expect(htmlTagProblem('em', [{ name: 'class', value: 'x' }], 'md')).toBe('Thẻ <em> không nhận thuộc tính "class": xóa thuộc tính đó (thẻ HTML trong nội dung chỉ nhận title).');
    expect(htmlTagProblem('abbr', [{ name: 'title', value: 'x' }], 'md')).toBeUndefined();
  });
});

describe('openingTags', () => {
  it('reads the opening tags of raw HTML with their attributes and lines, not those inside comments', () => {
    expect(openingTags('<div class="a">\n<!-- <script> -->\n<a href=\'x\' hidden></a></div>')).toEqual([
      { name: 'div', attributes: [{ name: 'class', value: 'a' }], line: 0 },
      { name: 'a', attributes: [{ name: 'href', value: 'x' }, { name: 'hidden', value: undefined }], line: 2 },
    ]);
  });
});
