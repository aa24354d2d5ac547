import { describe, expect, it } from 'vitest';
import { readWordHtml } from '../../src/lib/word-html.ts';

describe('readWordHtml (mammoth’s HTML)', () => {
  it('keeps paragraphs and tables in order, with merges, line breaks and the header row', () => {
    const html =
      '<p>KẾ HOẠCH</p><p></p><table><thead><tr><th><p>TT</p></th><th><p>Nhiệm vụ</p></th></tr></thead>' +
      '<tbody><tr><td colspan="2"><p>I. Tuyên truyền</p></td></tr><tr><td rowspan="2"><p>1</p></td><td><p>Việc một</p><p>tiếp</p></td></tr>' +
      '<tr><td><p>a<br />b</p></td></tr><tr><td></td><td><p></p></td></tr></tbody></table>';
    expect(readWordHtml(html)).toEqual([
      { kind: 'paragraph', text: 'KẾ HOẠCH' },
      { kind: 'paragraph', text: '' },
      {
        kind: 'table',
        rows: [
          { header: true, cells: [{ text: 'TT', colSpan: 1, rowSpan: 1 }, { text: 'Nhiệm vụ', colSpan: 1, rowSpan: 1 }] },
          { header: false, cells: [{ text: 'I. Tuyên truyền', colSpan: 2, rowSpan: 1 }] },
          { header: false, cells: [{ text: '1', colSpan: 1, rowSpan: 2 }, { text: 'Việc một\ntiếp', colSpan: 1, rowSpan: 1 }] },
          { header: false, cells: [{ text: 'a\nb', colSpan: 1, rowSpan: 1 }] },
          { header: false, cells: [{ text: '', colSpan: 1, rowSpan: 1 }, { text: '', colSpan: 1, rowSpan: 1 }] },
        ],
      },
    ]);
  });

  it('decodes entities, stores NFC, and leaves footnote marks and footnotes out', () => {
    const nfd = 'Phòng Văn hóa'.normalize('NFD');
    const html =
      `<p>A &amp; B &lt;C&gt; &#273;&#x1EA1;i   ${nfd}<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>.</p>` +
      '<ol><li id="footnote-1"><p>Chú thích <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(readWordHtml(html)).toEqual([{ kind: 'paragraph', text: 'A & B <C> đại Phòng Văn hóa.' }]);
  });

  it('reads list items as paragraphs and a nested table’s cells as lines of its cell', () => {
    const html = '<ul><li>Một</li><li>Hai</li></ul><table><tr><td><p>Ngoài</p><table><tr><td><p>Trong 1</p></td><td><p>Trong 2</p></td></tr></table></td></tr></table>';
    expect(readWordHtml(html)).toEqual([
      { kind: 'paragraph', text: 'Một' },
      { kind: 'paragraph', text: 'Hai' },
      { kind: 'table', rows: [{ header: false, cells: [{ text: 'Ngoài\nTrong 1\nTrong 2', colSpan: 1, rowSpan: 1 }] }] },
    ]);
  });
});
