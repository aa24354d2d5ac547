import { describe, expect, it } from 'vitest';
import { parseBody, syntaxProblem } from '../../src/check/mdx-parse.ts';

/** The one problem of an MDX body that does not parse, as "line [parts] message"; the body starts on line 10. */
function refused(body: string): string {
  const parsed = parseBody(body, 'mdx', 10);
  if (parsed.ok) throw new Error(`parsed: ${body}`);
  const { line, parts, message } = parsed.problem;
  return `${line} [${parts.join(' › ')}] ${message}`;
}

describe('parseBody', () => {
  it('gives the tree Astro renders, with lines, for Markdown and MDX alike', () => {
    const parsed = parseBody('Đoạn văn.\n\n<Callout type="warning">\nChữ.\n</Callout>\n', 'mdx', 20);
    expect(parsed.ok && parsed.tree.children?.map((node) => [node.type, node.position?.start.line])).toEqual([
      ['paragraph', 1],
      ['mdxJsxFlowElement', 3],
    ]);
    const markdown = parseBody('<div>x</div>\n\n{nha} a <b\n', 'md', 1);
    expect(markdown.ok && markdown.tree.children?.map((node) => node.type)).toEqual(['html', 'paragraph']);
  });

  it('reads a "---" in a body as a line, never as front matter', () => {
    const parsed = parseBody('---\ntitle: x\n---\n', 'mdx', 1);
    expect(parsed.ok && parsed.tree.children?.map((node) => node.type)).toEqual(['thematicBreak', 'heading']);
  });
});

describe('an MDX syntax error becomes one Vietnamese problem on the line of the file', () => {
  it('a block never closed, or closed with another name', () => {
    expect(refused('<Callout type="note">\nChữ.\n')).toBe(
      '10 [Callout] Khối <Callout> mở ở dòng này nhưng chưa đóng. Thêm dòng </Callout> ngay sau dòng cuối của khối.',
    );
    expect(refused('<Steps>\n1. Một.\n</Step>\n')).toBe('12 [Steps] Thẻ đóng </Step> không khớp với thẻ mở <Steps> ở dòng 10: sửa thành </Steps>.');
    expect(refused('<Calout type="warning">\nChữ.\n</Callout>\n')).toBe('10 [Callout] Thẻ mở <Calout> không khớp với thẻ đóng </Callout>: sửa thành <Callout>.');
    expect(refused('<Steps>\n1. Một.\n<Callout>\n</Steps>\n</Callout>\n')).toBe(
      '13 [Callout] Khối <Callout> mở ở dòng 12 chưa đóng thì đã gặp </Steps>: thêm dòng </Callout> trước dòng này (mỗi khối đóng trước khi khối bao ngoài nó đóng).',
    );
    expect(refused('<Callout>\nChữ.\n</Callout>\n</Callout>\n')).toBe(
      '13 [Callout] Thẻ đóng </Callout> thừa: phía trên không có thẻ <Callout> nào đang mở. Xóa </Callout>, hoặc thêm thẻ mở <Callout> ở đầu khối.',
    );
    expect(refused('<Steps>\n1. Một.\n2. Hai.</Steps>\n')).toBe(
      '12 [Steps] Thẻ đóng </Steps> phải đứng riêng một dòng: xuống dòng trước </Steps>, và không viết gì sau nó trên cùng dòng.',
    );
    expect(refused('- Mục <Callout>\n- Mục hai\n')).toMatch(/^10 \[Callout\] Thẻ <Callout> nằm trong một đoạn văn/);
  });

  it('a self-closing block or tag written without its slash', () => {
    expect(refused('<LinkCard id="vneid">\n')).toBe(
      '10 [LinkCard] Thẻ <LinkCard> phải tự đóng: viết dấu / trước dấu > ở cuối thẻ, ví dụ <LinkCard id="dich-vu-cong-quoc-gia" />.',
    );
    expect(refused('Một<br>hai\n')).toBe('10 [] Trong hướng dẫn (.mdx), thẻ <br> phải tự đóng: viết <br />.');
    expect(refused('<img src="a.png">\n')).toMatch(/^10 \[\] Thẻ HTML <img> không dùng được trong nội dung\. Hình dùng khối <Figure/);
  });

  it('a "<" that was never meant as a tag', () => {
    const stray = (piece: string) =>
      `Dấu < ở dòng này bị đọc là chỗ mở một thẻ (như <Callout>) nên MDX không đọc tiếp được. Muốn viết chính dấu <, viết \\< (ở đây: \\${piece}), hoặc viết bằng chữ: "nhỏ hơn".`;
    expect(refused('Ít hơn <5 người.\n')).toBe(`10 [] ${stray('<5 người.')}`);
    expect(refused('Đoạn một.\n\nChọn a <b c.\n')).toBe(`12 [] ${stray('<b c.')}`);
    expect(refused('Hỏi < 5 người <và> hơn\n')).toBe(`10 [] ${stray('<và> hơn')}`);
    expect(refused('Xem <https://vneid.gov.vn>\n')).toBe(
      '10 [] Địa chỉ trong dấu <…> không dùng được trong hướng dẫn (.mdx): viết [tên trang](https://vneid.gov.vn), hoặc chỉ ghi địa chỉ, bỏ hai dấu < >.',
    );
  });

  it('an attribute badly written, on the line of the attribute', () => {
    expect(refused('<Callout type=warning>\nx\n</Callout>\n')).toBe('10 [Callout › type] Giá trị của type phải đặt trong ngoặc kép: viết type="warning".');
    expect(refused('<Figure src=anh alt="Hình" />\n')).toBe('10 [Figure › src] Hình viết trong ngoặc nhọn, bằng tên đã khai báo ở dòng import: viết src={anh}.');
    expect(refused('<Callout\n  type="warning"\n  title="Mã "OTP" là gì"\n>\nx\n</Callout>\n')).toBe(
      '12 [Callout › title] Giá trị của title có dấu ngoặc kép " ở giữa, nên MDX hiểu giá trị dừng ở đó. Lời trích bên trong dùng ngoặc cong “…” (hoặc bọc cả giá trị bằng dấu nháy đơn \'…\').',
    );
    expect(refused('<Callout type="note>\nx\n</Callout>\n')).toBe('10 [Callout › type] Giá trị của type thiếu dấu " đóng: viết type="…", mở và đóng trên cùng một dòng.');
    expect(refused('<Figure src={anh alt="Hình" />\n')).toMatch(/^10 \[Figure › src\] Giá trị \{…\} của src thiếu dấu \} đóng\./);
    expect(refused('<Callout type=>\nx\n</Callout>\n')).toBe('10 [Callout › type] Thuộc tính type= chưa có giá trị: viết type="…".');
    expect(refused('<Callout, type="note">\nx\n</Callout>\n')).toMatch(/^10 \[Callout\] Thẻ <Callout> có "," ở chỗ MDX chờ một thuộc tính\./);
    expect(refused('Đoạn.\n\n<LinkCard id="vneid"\n\nĐoạn sau.\n')).toBe(
      '12 [LinkCard] Thẻ <LinkCard …> thiếu dấu > ở cuối: viết trọn thẻ, ví dụ <LinkCard id="dich-vu-cong-quoc-gia" />.',
    );
  });

  it('braces and comments', () => {
    expect(refused('Giá { 100 nghìn\n')).toBe(
      '10 [] Dấu { ở dòng này mở một biểu thức (mã) mà không có dấu } đóng. Hướng dẫn không chứa biểu thức {…}: muốn viết chính dấu ngoặc nhọn, viết \\{ (và \\} cho dấu đóng).',
    );
    expect(refused('Một.\n\nChọn {a b}.\n')).toBe(
      '12 [] Phần trong ngoặc nhọn {…} ở dòng này bị đọc là mã (biểu thức) nhưng không phải mã đúng. Muốn viết chính dấu ngoặc nhọn, viết \\{ … \\}; không thì bỏ hai dấu ngoặc.',
    );
    expect(refused('<!-- ghi chú -->\n')).toBe('10 [] Chú thích <!-- … --> không dùng được trong hướng dẫn (.mdx): xóa chú thích này.');
  });

  it('never shows the parser\'s English, even for a message it does not know', () => {
    for (const body of ['a <b c', '<Callout>', 'x </b> y', '{a b}', '<X a={b c} />', '</>', '<>x', '<p>a</P>', '<Callout {x}>']) {
      expect(refused(body)).not.toMatch(/Expected|Unexpected|mdx-jsx|oxc|JSX/);
    }
    expect(syntaxProblem('4:2: Something new happened (mdx:new-rule)', 'a\nb\nc\nd\n', 20)).toEqual({
      line: 23,
      parts: [],
      message:
        'MDX không đọc được phần thân từ dòng này (cột 2). Xem lại các thẻ <…> và dấu { } trên dòng đó: mỗi thẻ mở cần thẻ đóng, giá trị thuộc tính đặt trong ngoặc kép; muốn viết chính dấu < hay {, viết \\< hay \\{.',
    });
  });
});
