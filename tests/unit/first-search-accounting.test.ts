import { describe, expect, it } from 'vitest';
import { portalPageMarkdown } from '../../scripts/bench/portal-pages.ts';
import { assignWaves, countFirstSearch, totals, type RequestRecord } from '../../scripts/lib/first-search-accounting.ts';

const record = (path: string, start: number, end: number, bytes = 1000, gzip = 400): RequestRecord => ({ path, start, end, bytes, gzip });

describe('waves of round trips', () => {
  it('puts a request in wave 1 when nothing counted had finished before it started', () => {
    expect(assignWaves([{ start: 0, end: 10 }, { start: 5, end: 8 }, { start: 9, end: 20 }])).toEqual([1, 1, 2]);
  });

  it('follows the longest chain: one wave more than the highest finished one', () => {
    // a → b → c in a chain; d starts after a and c finished: wave 1 + max(1, 3) = 4.
    const records = [
      { start: 0, end: 10 },
      { start: 10, end: 20 },
      { start: 20, end: 30 },
      { start: 31, end: 40 },
      { start: 12, end: 50 },
    ];
    expect(assignWaves(records)).toEqual([1, 2, 3, 4, 2]);
  });

  it('gives the same waves whatever order the records come in', () => {
    const records = [
      { start: 20, end: 30 },
      { start: 0, end: 10 },
      { start: 10, end: 20 },
    ];
    expect(assignWaves(records)).toEqual([3, 1, 2]);
  });

  it('counts a request that starts the moment another finished as waiting on it', () => {
    expect(assignWaves([{ start: 0, end: 10 }, { start: 10, end: 11 }])).toEqual([1, 2]);
    expect(assignWaves([])).toEqual([]);
  });
});

describe('the first search: which responses count and what they weigh', () => {
  const moments = { loadAt: 100, resultAt: 1000 };
  const records = [
    record('/', 0, 50, 9000, 3000), // the page itself: not counted
    record('/_astro/page.js', 60, 90, 5000, 2000), // a page script during load: not counted
    record('/pagefind/pagefind.js', 70, 95, 47228, 13378), // Pagefind during load: counted
    record('/_astro/ui-core.js', 110, 300, 93797, 26433), // after load: counted
    record('/pagefind/index/a.pf_index', 320, 600, 29385, 29413),
    record('/pagefind/fragment/b.pf_fragment', 610, 990, 3269, 3292),
    record('/pagefind/fragment/c.pf_fragment', 610, 1030, 2383, 2406), // after the first result: not counted
  ];

  it('keeps responses received after load up to the first result, and Pagefind’s during load', () => {
    const counted = countFirstSearch(records, moments, '/');
    expect(counted.map((entry) => [entry.path, entry.phase, entry.wave])).toEqual([
      ['/pagefind/pagefind.js', 'load', 1],
      ['/_astro/ui-core.js', 'after-load', 2],
      ['/pagefind/index/a.pf_index', 'after-load', 3],
      ['/pagefind/fragment/b.pf_fragment', 'after-load', 4],
    ]);
    expect(totals(counted)).toEqual({ files: 4, waves: 4, bytes: 47228 + 93797 + 29385 + 3269, gzip: 13378 + 26433 + 29413 + 3292 });
  });

  it('counts a response that started during load and ended after it as after load', () => {
    const counted = countFirstSearch([record('/_astro/slow.js', 50, 150)], moments, '/');
    expect(counted.map((entry) => entry.phase)).toEqual(['after-load']);
  });

  it('reads the Pagefind folder under the base the site is published at', () => {
    const underBase = [record('/cds/pagefind/pagefind.js', 10, 20), record('/pagefind/pagefind.js', 10, 20)];
    expect(countFirstSearch(underBase, moments, '/cds/').map((entry) => entry.path)).toEqual(['/cds/pagefind/pagefind.js']);
  });

  it('sums nothing when nothing was fetched', () => {
    expect(totals(countFirstSearch([], moments, '/'))).toEqual({ files: 0, waves: 0, bytes: 0, gzip: 0 });
  });
});

describe('a portal page turned into Markdown for the Starlight twin', () => {
  it('keeps the indexed text of <main> as headings, paragraphs, list items and table rows', () => {
    const html = [
      '<html><body><header>Menu</header><main id="noi-dung" data-pagefind-body>',
      '<span data-pagefind-filter="loai:Kế hoạch"></span><nav data-pagefind-ignore><ol><li>Kế hoạch</li></ol></nav>',
      '<h1>Thanh toán <em>trực tuyến</em></h1><dl><dt>Năm</dt><dd>2024</dd></dl>',
      '<h2 id="a">Bước 1: mở ứng dụng</h2><p>Quét mã <strong>QR</strong> 1. rồi *xác nhận*.</p>',
      '<ul><li>Một<ul><li>Hai</li></ul></li></ul><p hidden>Ẩn</p><script>var x = 1;</script>',
      '<table><caption>Bảng</caption><tr><th>Thời gian</th><th>Việc</th></tr><tr><td>10/10<br>Cả ngày</td><td><ul><li>A | B</li><li>C</li></ul></td></tr></table>',
      '</main><footer>Chân trang</footer></body></html>',
    ].join('');
    expect(portalPageMarkdown(html)).toEqual({
      title: 'Thanh toán trực tuyến',
      markdown: [
        'Năm',
        '2024',
        '## Bước 1\\: mở ứng dụng',
        'Quét mã QR 1\\. rồi \\*xác nhận\\*\\.',
        '- Một',
        '- Hai',
        'Bảng',
        '| Thời gian | Việc |\n| --- | --- |\n| 10/10 Cả ngày | A \\| B; C |',
      ].join('\n\n'),
    });
  });

  it('skips pages the portal does not index', () => {
    expect(portalPageMarkdown('<main id="noi-dung"><h1>Tìm kiếm</h1></main>')).toBeUndefined();
  });
});
