import { describe, expect, it } from 'vitest';
import { foldBody, forIndexing, isSearchable, pageUrl, textOfHtml } from '../../src/lib/search/index-record.ts';

const page = (main: string, head = '') =>
  `<html lang="vi"><head>${head}</head><body><nav>Đường dẫn</nav><main id="noi-dung" data-pagefind-body="">${main}</main></body></html>`;

describe('the copy of a page that Pagefind indexes', () => {
  it('reduces <main> to its words in search form, keeps its tags, and leaves the rest of the page alone', () => {
    const html = forIndexing(page('<h1>Huyện Đức Thọ</h1><p>Chuyển đổi số, đường truyền; <a href="/x/">Kỹ năng</a></p>'));
    expect(html).toContain('<h1> huyện dức thọ </h1><p> chuyển dổi số dường truyền <a href="/x/"> kĩ năng </a></p>');
    expect(html).toContain('<nav>Đường dẫn</nav>');
  });

  it('gives the title in search form for matching, and the title and description as written for showing', () => {
    const html = forIndexing(page('<h1>Huyện Đức Thọ &amp; “Hà Tĩnh”</h1>', '<meta name="description" content="Kế hoạch &quot;số 1&quot;">'));
    expect(html).toContain('<span data-pagefind-meta="title:huyện dức thọ hà tĩnh"></span>');
    expect(html).toContain('<span data-pagefind-meta="ten:Huyện Đức Thọ &amp; “Hà Tĩnh”"></span>');
    expect(html).toContain('<span data-pagefind-meta="mo-ta:Kế hoạch &quot;số 1&quot;"></span>');
  });

  it('does not repeat a description that is the title', () => {
    const html = forIndexing(page('<h1>Kế hoạch huyện Đức Thọ</h1>', '<meta name="description" content="Kế hoạch huyện Đức Thọ">'));
    expect(html).not.toContain('mo-ta:');
  });

  it('keeps the words of neighbouring blocks apart', () => {
    expect(foldBody('<dt>Người ký</dt><dd>Đồng Văn Thanh</dd>')).toBe('<dt> người kí </dt><dd> dồng văn thanh </dd>');
  });

  it('leaves text Pagefind ignores as written, and drops scripts and styles', () => {
    expect(foldBody('<nav data-pagefind-ignore>Về trang chủ</nav><script>var đ = 1;</script><p>Đúng</p>')).toBe(
      '<nav data-pagefind-ignore>Về trang chủ</nav><script></script><p> dúng </p>',
    );
  });

  it('is indexed in NFC whatever form the page was written in', () => {
    expect(forIndexing(page('<p>Đường truyền</p>').normalize('NFD'))).toContain('<p> dường truyền </p>');
  });

  it('leaves pages without data-pagefind-body alone', () => {
    const html = '<html><body><main>Không tìm thấy trang</main></body></html>';
    expect(isSearchable(html)).toBe(false);
    expect(forIndexing(html)).toBe(html);
  });

  it('reads the text of HTML with entities decoded', () => {
    expect(textOfHtml('<p>A &amp; B</p><p>&#272;&#x1ee9;c</p>')).toBe('A & B Đức');
  });

  it('gives each page its URL inside the site (Pagefind adds the base)', () => {
    expect(pageUrl('ke-hoach/thach-ha-2025/index.html')).toBe('/ke-hoach/thach-ha-2025/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('lich/index.html')).toBe('/lich/');
  });
});
