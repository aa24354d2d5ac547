/**
 * YAML that js-yaml reads without a word but not as the editor meant it: refused, with
 * the line and the fix. And what looks alike but is fine (a real comment, a "#" inside a
 * word or an address, a "*" inside text): still accepted.
 */
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { parseFrontmatter, parseYaml } from '../../src/check/read.ts';
import { contentWith, ROOT } from '../fixtures/content-copy.ts';

function messageOf(source: string): string | undefined {
  const read = parseYaml(source);
  return read.ok ? undefined : read.problem.message;
}

describe('a "#" inside an unquoted value', () => {
  it('a hashtag cuts the text: refused, with the text as typed in quotes', () => {
    expect(messageOf('title: Ngày hội #ChuyenDoiSo 2025\n')).toBe(
      'Dòng 1: YAML coi dấu "#" sau dấu cách là bắt đầu lời ghi chú và bỏ phần chữ từ "#ChuyenDoiSo" đến hết dòng, nên trường title chỉ còn "Ngày hội". Đặt cả giá trị trong ngoặc kép, ví dụ: title: "Ngày hội #ChuyenDoiSo 2025"',
    );
    expect(messageOf('slogans:\n  - Chung tay #ChuyenDoiSo\n')).toMatch(/^Dòng 2: .*nên mục này chỉ còn "Chung tay"\. .*ví dụ: - "Chung tay #ChuyenDoiSo"$/);
    expect(messageOf('title: #ChuyenDoiSo\n')).toMatch(/^Dòng 1: .*nên trường title bị để trống\. .*ví dụ: title: "#ChuyenDoiSo"$/);
    expect(messageOf('slogans:\n  - #ChuyenDoiSo\n')).toMatch(/^Dòng 2: .*nên mục này bị để trống\. .*ví dụ: - "#ChuyenDoiSo"$/);
    expect(messageOf('title: "Ngày hội" #ChuyenDoiSo\n')).toMatch(/^Dòng 1: .*chỉ còn "Ngày hội"\. .*ví dụ: title: "Ngày hội #ChuyenDoiSo"$/);
  });

  it('a comment with a space after "#", a "#" inside a word or an address, a "#" inside quotes or a | block: accepted', () => {
    expect(parseYaml('issuer: UBND xã Thạch Hà          # (*) cơ quan ban hành\n')).toMatchObject({ ok: true, value: { issuer: 'UBND xã Thạch Hà' } });
    expect(parseYaml('contact: # sẽ bổ sung\n')).toMatchObject({ ok: true, value: { contact: null } });
    expect(parseYaml('# level: xa          # tinh | huyen | xa\nname: x\n')).toMatchObject({ ok: true });
    expect(parseYaml('url: https://dichvucong.gov.vn/#huong-dan\n')).toMatchObject({ ok: true, value: { url: 'https://dichvucong.gov.vn/#huong-dan' } });
    expect(parseYaml('title: C# và F#\n')).toMatchObject({ ok: true, value: { title: 'C# và F#' } });
    expect(parseYaml('title: "Ngày hội #ChuyenDoiSo"\n')).toMatchObject({ ok: true });
    expect(parseYaml('text: |\n  Ngày hội #ChuyenDoiSo\n')).toMatchObject({ ok: true });
  });
});

describe('no-break spaces and tabs', () => {
  it.each([
    ['U+00A0', '\u00a0'],
    ['U+3000', '\u3000'],
    ['U+2007', '\u2007'],
    ['U+202F', '\u202f'],
  ])('indentation made of %s is named, not reported as an unknown field', (_name, space) => {
    expect(messageOf(`locality:\n  name: Thạch Hà\n${space}${space}level: xa\n`)).toBe(
      'Dòng 3 thụt lề bằng dấu cách không ngắt (copy từ Word/trang web): xóa các dấu cách đầu dòng và gõ lại bằng phím cách.',
    );
  });

  it('a no-break space after the colon, or mixed with spaces', () => {
    expect(messageOf('name:\u00a0Thạch Hà\n')).toBe(
      'Dòng 1: sau "name:" là dấu cách không ngắt (copy từ Word/trang web), YAML không coi là dấu cách: xóa dấu cách đó và gõ lại bằng phím cách.',
    );
    expect(messageOf('locality:\n \u00a0name: Thạch Hà\n')).toMatch(/^Dòng 2 thụt lề bằng dấu cách không ngắt/);
    // Tabs before a comment are fine for YAML.
    expect(parseYaml('a: 1\n\t# ghi chú\nb: 2\n')).toMatchObject({ ok: true, value: { a: 1, b: 2 } });
    // Inside a value it is only a space that looks the same.
    expect(parseYaml('name: Thạch\u00a0Hà\n')).toMatchObject({ ok: true });
  });
});

describe('anchors, aliases and tags', () => {
  it('are refused where a value starts, naming the line', () => {
    expect(messageOf('a: &x Thạch Hà\nb: *x\n')).toMatch(/^Dòng 1: giá trị bắt đầu bằng dấu "&"/);
    expect(messageOf('a: [x, *y]\n')).toMatch(/^Dòng 1: giá trị bắt đầu bằng dấu sao "\*"/);
    expect(messageOf('a: ! Khẩn\n')).toMatch(/^Dòng 1: giá trị bắt đầu bằng dấu chấm than "!"/);
  });

  it('are text inside quotes, inside a value, or on the next line of a value', () => {
    expect(parseYaml('a: "&x"\nb: "*y"\nc: Sở A & Sở B\nd: Tổ chức *hội thi*\ne: Tổ chức\n  *hội thi*\n')).toMatchObject({ ok: true });
  });

  it('nine levels of aliases in an enum field: refused in well under a second', async () => {
    const names = 'abcdefghi';
    const lines = [`a: &a [${Array(9).fill('"x"').join(',')}]`];
    for (let level = 1; level < names.length; level += 1) lines.push(`${names[level]}: &${names[level]} [${Array(9).fill(`*${names[level - 1]}`).join(',')}]`);
    const dir = await contentWith([
      { file: 'plans/duc-tho-2024.md', find: 'level: huyen', replace: 'level: *i' },
      { file: 'plans/duc-tho-2024.md', find: /^---\n/, replace: `---\n${lines.join('\n')}\n` },
    ]);
    try {
      const started = performance.now();
      const { problems } = await checkContent(ROOT, dir);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.message).toMatch(/^Dòng 2: giá trị bắt đầu bằng dấu "&", YAML hiểu là ký hiệu neo/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('other silent mistakes', () => {
  it('a "- " item indented past the one above is not joined to it', () => {
    expect(messageOf('partners:\n  - Đoàn Thanh niên\n   - Công an\n')).toBe(
      'Dòng 3: mục "- " này thụt vào sâu hơn mục ở dòng 2, nên YAML nối nó vào chữ của mục ở dòng 2 thành một mục. Cho các mục "- " của cùng một danh sách thẳng cột với nhau.',
    );
  });

  it("an item of a [ ] list in Word's curly quotes is not split at its comma", () => {
    expect(messageOf('lead: [“UBND các huyện, thị xã”, Sở A]\n')).toBe(
      'Dòng 1: một mục của danh sách đặt trong ngoặc kép cong “…” (kiểu Word); YAML chỉ hiểu ngoặc kép thẳng "…" (phím Shift + \'), nên dấu phẩy bên trong tách mục đó làm hai. Thay hai dấu ngoặc cong bằng ngoặc kép thẳng, ví dụ: lead: ["UBND các huyện, thị xã", Sở A]',
    );
    // Curly quotes around a whole item with no comma are text: a quotation.
    expect(parseYaml('lead: [“Tổ công nghệ số”, Sở A]\n')).toMatchObject({ ok: true });
  });

  it('a quote left open does not swallow the fields below it', () => {
    expect(messageOf('title: "Kế hoạch\nissuer: UBND\nyear: 2025\nsigner: "Nguyễn Văn A"\n')).toMatch(/^Dòng 1: ngoặc kép mở ở dòng này nhưng không đóng\./);
  });

  it('one problem per file: the first by line, silent or not', () => {
    expect(messageOf('title: Ngày hội #ChuyenDoiSo\nyear: [2025\n')).toMatch(/^Dòng 1: YAML coi dấu "#"/);
    expect(messageOf('title: "Kế hoạch" số 10\nslogan: Ngày hội #ChuyenDoiSo\n')).toMatch(/^Dòng 1: giá trị mở bằng ngoặc kép/);
  });
});

describe('the lines of a front matter are the lines of the file', () => {
  it('counts the opening "---", in every line a message names', () => {
    const message = (source: string) => {
      const read = parseFrontmatter(`---\n${source}---\n`);
      return read.ok ? '' : read.problem.message;
    };
    expect(message('title: Kế hoạch\nslogans:\n  - Chung tay #ChuyenDoiSo\n')).toMatch(/^Dòng 4: /);
    expect(message('title: a\nyear: 2025\ntitle: b\n')).toMatch(/^Dòng 4: trường "title" đã có ở dòng 2\./);
    expect(message('partners:\n  - Đoàn Thanh niên\n   - Công an\n')).toMatch(/^Dòng 4: mục "- " này thụt vào sâu hơn mục ở dòng 3,/);
    expect(message('year: 2025\nlinks: [vneid, hatiplaza\nissuer: UBND\n')).toMatch(/^Dòng 3: giá trị bắt đầu bằng ngoặc vuông/);
    expect(message('year: 2025\ntitle: "Kế hoạch\n')).toMatch(/^Dòng 3: ngoặc kép mở ở dòng này/);
    expect(message('year: 2025\ntitle: Chuyển đổi số: nhanh hơn\n')).toMatch(/^Dòng 3: giá trị có dấu hai chấm/);
  });
});
