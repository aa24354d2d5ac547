/**
 * Content files are read as their bytes: a file saved in UTF-16 or a legacy Vietnamese
 * encoding, or saved empty, is refused with one message that names what it is and how to
 * fix it; a BOM, CRLF and NFD text are fine. Messages are pinned so a change is deliberate.
 */
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { encodeLegacy, type LegacyEncoding } from '../../src/lib/encoding.ts';
import { ROOT, contentWith, type Edit } from '../fixtures/content-copy.ts';

async function check(edits: Edit[]) {
  const dir = await contentWith(edits);
  try {
    const { problems, content } = await checkContent(ROOT, dir);
    const copy = /[^\s"]*cds-noi-dung-[^/]+\//g;
    return { content, problems: problems.map((problem) => `${problem.file.replace(copy, '')} [${problem.field}] ${problem.message}`) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The file as an editor's old machine saves it: signs the encoding lacks become "-". */
const legacy = (encoding: LegacyEncoding) => (text: string) =>
  encodeLegacy(encoding === 'windows-1258' ? text : text.replace(/[^\x00-\x7f\p{L}]/gu, '-'), encoding);

function utf16(order: 'le' | 'be', bom: boolean) {
  return (text: string) => {
    const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      out.push(...(order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
    }
    return Uint8Array.from(out);
  };
}

/** French in Latin-1, after the file's Vietnamese letters were lost: no Vietnamese table reads it. */
const latin1 = (text: string) => Uint8Array.from([...text].map((char) => (char.charCodeAt(0) < 0x80 || char === 'é' || char === 'è' ? char.charCodeAt(0) : 0x3f)));

describe('a file not saved as UTF-8 is refused with one message naming its encoding', () => {
  it.each([
    ['Windows-1258', 'pages/gioi-thieu.md', legacy('windows-1258')],
    ['TCVN3', 'guides/mua-sam-truc-tuyen.mdx', legacy('tcvn3')],
    ['VNI-Windows', 'plans/duc-tho-2024.md', legacy('vni')],
    ['UTF-16 LE with a BOM (Notepad\'s "Unicode")', 'years/2024.yaml', utf16('le', true)],
    ['UTF-16 BE without a BOM', 'links.yaml', utf16('be', false)],
    ['another encoding', 'site.yaml', (text: string) => latin1(`${text}# café crème\n`)],
  ] as const)('%s', async (_name, file, encode) => {
    const { problems } = await check([{ file, encode }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${file.replace('.', '\\.')} \\[\\] Tệp được lưu bằng `));
  });

  it('says what to do in Notepad, Word and VS Code', async () => {
    const messages = [];
    for (const [file, encode] of [
      ['pages/gioi-thieu.md', legacy('windows-1258')],
      ['guides/mua-sam-truc-tuyen.mdx', legacy('tcvn3')],
      ['plans/duc-tho-2024.md', legacy('vni')],
      ['years/2024.yaml', utf16('le', true)],
      ['years/2023.yaml', utf16('be', false)],
      ['site.yaml', (text: string) => latin1(`${text}# café crème\n`)],
    ] as const) {
      messages.push((await check([{ file, encode }])).problems);
    }
    expect(messages).toMatchInlineSnapshot(`
      [
        [
          "pages/gioi-thieu.md [] Tệp được lưu bằng bảng mã Windows-1258 (bảng mã tiếng Việt cũ của Windows), không phải UTF-8: chữ có dấu sẽ hiện sai trên cổng. Lưu lại tệp bằng UTF-8: Notepad: Tệp › Lưu thành… (File › Save As…), ô Mã hóa (Encoding) chọn UTF-8; Word: Lưu thành… › Văn bản thuần (Plain Text) › Unicode (UTF-8); VS Code: bấm tên bảng mã ở thanh trạng thái dưới cùng › Reopen with Encoding › Vietnamese (Windows 1258) cho chữ hiện đúng, rồi bấm lại › Save with Encoding › UTF-8.",
        ],
        [
          "guides/mua-sam-truc-tuyen.mdx [] Tệp được lưu bằng bảng mã TCVN3 (ABC) của các phông .VnTime, .VnArial, không phải UTF-8: chữ có dấu sẽ hiện sai trên cổng. Trước hết chuyển chữ sang Unicode, ví dụ bằng công cụ chuyển mã của Unikey (bảng mã nguồn TCVN3 (ABC), bảng mã đích Unicode), rồi lưu lại tệp bằng UTF-8: Notepad: Tệp › Lưu thành… (File › Save As…), ô Mã hóa (Encoding) chọn UTF-8; Word: Lưu thành… › Văn bản thuần (Plain Text) › Unicode (UTF-8); VS Code: bấm tên bảng mã ở thanh trạng thái dưới cùng › Save with Encoding › UTF-8.",
        ],
        [
          "plans/duc-tho-2024.md [] Tệp được lưu bằng bảng mã VNI-Windows của các phông VNI-Times, VNI-Helve, không phải UTF-8: chữ có dấu sẽ hiện sai trên cổng. Trước hết chuyển chữ sang Unicode, ví dụ bằng công cụ chuyển mã của Unikey (bảng mã nguồn VNI Windows, bảng mã đích Unicode), rồi lưu lại tệp bằng UTF-8: Notepad: Tệp › Lưu thành… (File › Save As…), ô Mã hóa (Encoding) chọn UTF-8; Word: Lưu thành… › Văn bản thuần (Plain Text) › Unicode (UTF-8); VS Code: bấm tên bảng mã ở thanh trạng thái dưới cùng › Save with Encoding › UTF-8.",
        ],
        [
          "years/2024.yaml [] Tệp được lưu bằng bảng mã UTF-16 LE, không phải UTF-8: chữ có dấu sẽ hiện sai trên cổng. Lưu lại tệp bằng UTF-8: Notepad: Tệp › Lưu thành… (File › Save As…), ô Mã hóa (Encoding) chọn UTF-8; Word: Lưu thành… › Văn bản thuần (Plain Text) › Unicode (UTF-8); VS Code: bấm tên bảng mã ở thanh trạng thái dưới cùng › Save with Encoding › UTF-8.",
        ],
        [
          "years/2023.yaml [] Tệp được lưu bằng bảng mã UTF-16 BE, không phải UTF-8: chữ có dấu sẽ hiện sai trên cổng. Lưu lại tệp bằng UTF-8: Notepad: Tệp › Lưu thành… (File › Save As…), ô Mã hóa (Encoding) chọn UTF-8; Word: Lưu thành… › Văn bản thuần (Plain Text) › Unicode (UTF-8); VS Code: bấm tên bảng mã ở thanh trạng thái dưới cùng › Save with Encoding › UTF-8.",
        ],
        [
          "site.yaml [] Tệp được lưu bằng một bảng mã khác UTF-8: chữ có dấu sẽ hiện sai trên cổng. Lưu lại tệp bằng UTF-8: Notepad: Tệp › Lưu thành… (File › Save As…), ô Mã hóa (Encoding) chọn UTF-8; Word: Lưu thành… › Văn bản thuần (Plain Text) › Unicode (UTF-8); VS Code: bấm tên bảng mã ở thanh trạng thái dưới cùng › Save with Encoding › UTF-8.",
        ],
      ]
    `);
  });
});

describe('an empty file gets one message saying what it should hold', () => {
  it('for each kind of file', async () => {
    const { problems } = await check([
      { file: 'site.yaml', bytes: Uint8Array.from([0xef, 0xbb, 0xbf]) },
      { file: 'years/2023.yaml', bytes: new Uint8Array() },
      { file: 'plans/son-duong-2022.md', bytes: new TextEncoder().encode(' \r\n\r\n\t\n') },
      { file: 'guides/thanh-toan-truc-tuyen.mdx', bytes: new Uint8Array() },
      { file: 'pages/gioi-thieu.md', bytes: new Uint8Array() },
      { file: 'tim-kiem.yaml', bytes: new TextEncoder().encode('\n') },
    ]);
    expect(problems).toMatchInlineSnapshot(`
      [
        "site.yaml [] Tệp trống: site.yaml cần thông tin của cổng: name, description, url, base, defaultYear, contact (xem mục 2 trong content/README.md).",
        "years/2023.yaml [] Tệp trống: tệp năm cần year, theme, day, slogans, mỗi mục kèm nguồn (xem mục 3 trong content/README.md). Chép một tệp năm có sẵn rồi sửa, hoặc xóa tệp này.",
        "plans/son-duong-2022.md [] Tệp trống: tệp kế hoạch bắt đầu bằng phần thông tin đặt giữa hai dòng "---" (title, issuer, number, date, activities…), sau đó là phần tóm tắt (xem mục 4 trong content/README.md). Chép một kế hoạch có sẵn rồi sửa, hoặc xóa tệp này.",
        "tim-kiem.yaml [] Tệp trống: tim-kiem.yaml cần các nhóm từ cùng nghĩa, mỗi dòng một nhóm, ví dụ - [căn cước công dân, cccd] (xem mục 7 trong content/README.md). Tệp không bắt buộc: không dùng thì xóa tệp.",
        "pages/gioi-thieu.md [] Tệp trống: tệp trang bắt đầu bằng phần thông tin đặt giữa hai dòng "---" (title, description, sources), sau đó là nội dung trang. Lấy lại nội dung tệp từ Git, hoặc xóa tệp này.",
        "guides/thanh-toan-truc-tuyen.mdx [] Tệp trống: tệp hướng dẫn bắt đầu bằng phần thông tin đặt giữa hai dòng "---" (skill, order, title, summary, audience, updated, links, sources), sau đó là các bước trong khối <Steps> (xem mục 6 trong content/README.md). Chép một hướng dẫn có sẵn rồi sửa, hoặc xóa tệp này.",
      ]
    `);
  });

  it('an empty links.yaml is one error, not one for every link id that uses it', async () => {
    const { problems } = await check([{ file: 'links.yaml', bytes: new Uint8Array() }]);
    expect(problems).toMatchInlineSnapshot(`
      [
        "links.yaml [] Tệp trống: links.yaml cần danh sách các nền tảng số, mỗi mục bắt đầu bằng "- id: …" (xem mục 5 trong content/README.md).",
      ]
    `);
  });
});

describe('what must still be read', () => {
  it('a BOM and Windows line ends (CRLF)', async () => {
    const bomCrlf = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text.replace(/\n/g, '\r\n'))]);
    const { problems, content } = await check([
      { file: 'site.yaml', encode: bomCrlf },
      { file: 'links.yaml', encode: bomCrlf },
      { file: 'plans/thach-ha-2025.md', encode: bomCrlf },
      { file: 'guides/dich-vu-cong-truc-tuyen.mdx', encode: bomCrlf },
    ]);
    expect(problems).toEqual([]);
    expect(content.site?.data.name).toBe('Ngày Chuyển đổi số quốc gia');
  });

  it('text written in NFD is read in NFC, bodies too', async () => {
    const nfd = (text: string) => new TextEncoder().encode(text.normalize('NFD'));
    const { problems, content } = await check([
      { file: 'pages/gioi-thieu.md', encode: nfd },
      { file: 'guides/dich-vu-cong-truc-tuyen.mdx', encode: nfd },
    ]);
    expect(problems).toEqual([]);
    const page = content.pages.find((entry) => entry.id === 'gioi-thieu');
    expect(page?.body).toContain('## Ngày Chuyển đổi số quốc gia');
    expect(page?.body).toBe(page?.body?.normalize('NFC'));
    const guide = content.guides.find((entry) => entry.id === 'dich-vu-cong-truc-tuyen');
    expect(guide?.body).toBe(guide?.body?.normalize('NFC'));
  });
});
