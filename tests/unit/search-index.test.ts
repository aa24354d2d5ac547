import { describe, expect, it } from 'vitest';
import { forIndexing, isSearchable, pageUrl, spaceBlocks } from '../../src/lib/search-index.ts';

const page = (main: string) => `<html lang="vi"><body><nav>Đường dẫn</nav><main id="noi-dung" data-pagefind-body="">${main}</main></body></html>`;

describe('the copy of a page that Pagefind indexes', () => {
  it('gets a field of its đ-words written with d, from the main content only', () => {
    const html = forIndexing(page('<h1>Huyện Đức Thọ</h1><p>Chuyển đổi số, đường truyền; đổi mới</p>'));
    expect(html).toContain('<span data-pagefind-meta="dfold:dức dổi dường"></span></main>');
    expect(html).toContain('<nav>Đường dẫn</nav>');
  });

  it('keeps the words of neighbouring blocks apart', () => {
    expect(spaceBlocks('<dt>Người ký</dt><dd>Đồng Văn Thanh</dd>')).toBe('<dt>Người ký</dt> <dd>Đồng Văn Thanh</dd> ');
    expect(forIndexing(page('<dl><dt>Người ký</dt><dd>Đồng Văn Thanh</dd></dl>'))).toContain('</dt> <dd>');
  });

  it('is indexed in NFC whatever form the page was written in', () => {
    const decomposed = page('<p>Đường truyền</p>').normalize('NFD');
    const indexed = forIndexing(decomposed);
    expect(indexed).toContain('<p>Đường truyền</p>');
    expect(indexed).toContain('dfold:dường');
  });

  it('leaves pages without data-pagefind-body alone', () => {
    const html = '<html><body><main>Không tìm thấy trang</main></body></html>';
    expect(isSearchable(html)).toBe(false);
    expect(forIndexing(html)).toBe(html);
  });

  it('gives each page its URL inside the site (Pagefind adds the base)', () => {
    expect(pageUrl('ke-hoach/thach-ha-2025/index.html')).toBe('/ke-hoach/thach-ha-2025/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('lich/index.html')).toBe('/lich/');
  });
});
