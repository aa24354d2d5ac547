/**
 * site.yaml's logo, checked straight from a copy of the content (no build): a usable PNG
 * or SVG passes; each mistake an editor can make names content/site.yaml, the field and
 * the fix. Messages are pinned so a change to them is deliberate.
 */
import { rm } from 'node:fs/promises';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { formatProblems } from '../../src/schemas/errors.ts';
import { ROOT, type Edit } from '../fixtures/content-copy.ts';
import { contentWithFiles, LOGO_ALT, LOGO_SVG, logoEdit, logoPng } from '../fixtures/logos.ts';

async function check(files: Record<string, Uint8Array | string>, edits: Edit[]) {
  const dir = await contentWithFiles(files, edits);
  try {
    const { problems, content } = await checkContent(ROOT, dir);
    // Paths into the temporary copy read as the content folder they stand for.
    const copy = /[^\s"]*cds-noi-dung-[^/]+/g;
    return {
      logo: content.site?.data.logo,
      problems: problems.map((problem) => ({ ...problem, file: problem.file.replace(copy, 'content'), message: problem.message.replace(copy, 'content') })),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

let png: Buffer;
beforeAll(async () => {
  png = await logoPng();
});

describe('a usable logo', () => {
  it('a PNG, with its alt text', async () => {
    const { problems, logo } = await check({ 'hinh/bieu-trung.png': png }, [logoEdit('hinh/bieu-trung.png')]);
    expect(problems).toEqual([]);
    expect(logo).toEqual({ file: 'hinh/bieu-trung.png', alt: LOGO_ALT });
  });

  it('an SVG exported with an XML declaration and a comment', async () => {
    const { problems } = await check({ 'hinh/bieu-trung.svg': LOGO_SVG }, [logoEdit('hinh/bieu-trung.svg')]);
    expect(problems).toEqual([]);
  });

  it('a JPEG or WebP, whatever the name ends with: the bytes decide', async () => {
    const jpeg = await sharp(png).flatten({ background: '#ffffff' }).jpeg().toBuffer();
    const webp = await sharp(png).webp().toBuffer();
    expect((await check({ 'hinh/logo.jpg': jpeg }, [logoEdit('hinh/logo.jpg')])).problems).toEqual([]);
    expect((await check({ 'hinh/logo.png': webp }, [logoEdit('hinh/logo.png')])).problems).toEqual([]);
  });

  it('alt text in NFC whatever the keyboard typed; "logo:" left blank is no logo', async () => {
    const decomposed = LOGO_ALT.normalize('NFD');
    const { logo } = await check({ 'hinh/bieu-trung.png': png }, [logoEdit('hinh/bieu-trung.png', decomposed)]);
    expect(logo?.alt).toBe(LOGO_ALT);
    const blank = await check({}, [{ file: 'site.yaml', find: 'contact: {}', replace: 'logo:\ncontact: {}' }]);
    expect(blank).toEqual({ logo: undefined, problems: [] });
  });
});

describe('each mistake names content/site.yaml, the field and the fix', () => {
  const html = '<!DOCTYPE html>\n<html lang="vi"><head><title>Không tìm thấy trang</title></head><body>404</body></html>';
  const cases: Array<[string, () => Promise<{ files: Record<string, Uint8Array | string>; edits: Edit[] }>]> = [
    ['the file is not there', async () => ({ files: {}, edits: [logoEdit('hinh/bieu-trung.png')] })],
    ['a web page saved as .png', async () => ({ files: { 'hinh/bieu-trung.png': html }, edits: [logoEdit('hinh/bieu-trung.png')] })],
    ['a GIF', async () => ({ files: { 'hinh/bieu-trung.gif': await sharp(png).gif().toBuffer() }, edits: [logoEdit('hinh/bieu-trung.gif')] })],
    ['a download cut short', async () => ({ files: { 'hinh/bieu-trung.png': png.subarray(0, png.length - 40) }, edits: [logoEdit('hinh/bieu-trung.png')] })],
    ['a bitmap too small to make a phone icon', async () => ({ files: { 'hinh/bieu-trung.png': await logoPng(48) }, edits: [logoEdit('hinh/bieu-trung.png')] })],
    ['a file over 1 MB', async () => ({ files: { 'hinh/bieu-trung.png': Buffer.concat([png, Buffer.alloc(1024 * 1024)]) }, edits: [logoEdit('hinh/bieu-trung.png')] })],
    ['no alt text', async () => ({ files: { 'hinh/bieu-trung.png': png }, edits: [logoEdit('hinh/bieu-trung.png', null)] })],
    ['blank alt text', async () => ({ files: { 'hinh/bieu-trung.png': png }, edits: [logoEdit('hinh/bieu-trung.png', '""')] })],
    ['an address on another site', async () => ({ files: {}, edits: [logoEdit('https://thachha.hatinh.gov.vn/logo.png')] })],
    ['a path from the root of the disk', async () => ({ files: {}, edits: [logoEdit('/hinh/bieu-trung.png')] })],
    ['the file name alone, not under logo', async () => ({ files: {}, edits: [{ file: 'site.yaml', find: 'contact: {}', replace: 'logo: hinh/bieu-trung.png\ncontact: {}' }] })],
  ];

  it('says what is wrong and how to fix it', async () => {
    const report: string[] = [];
    for (const [name, make] of cases) {
      const { files, edits } = await make();
      const { problems } = await check(files, edits);
      expect(problems, name).toHaveLength(1);
      expect(problems[0]?.file, name).toBe('content/site.yaml');
      report.push(`${problems[0]?.field}: ${problems[0]?.message}`);
    }
    expect(report).toMatchInlineSnapshot(`
      [
        "logo › file: Không tìm thấy tệp content/hinh/bieu-trung.png. Đặt ảnh biểu trưng vào thư mục content/ (ví dụ content/hinh/bieu-trung.png) và ghi đường dẫn tính từ content/, đúng từng chữ hoa, chữ thường; hoặc xóa trường logo.",
        "logo › file: Tệp content/hinh/bieu-trung.png không phải ảnh PNG, JPEG, WebP hay SVG (chỉ đổi đuôi tên tệp thì không đổi được loại ảnh). Mở ảnh gốc bằng một trình sửa ảnh và lưu lại thành PNG (hoặc xuất SVG), rồi thay tệp này.",
        "logo › file: Tệp content/hinh/bieu-trung.gif là ảnh GIF; biểu trưng chỉ nhận ảnh PNG, JPEG, WebP hoặc SVG. Mở ảnh gốc bằng một trình sửa ảnh và lưu lại thành PNG (hoặc xuất SVG), rồi thay tệp này.",
        "logo › file: Không đọc được ảnh PNG trong tệp content/hinh/bieu-trung.png: tệp hỏng hoặc tải về chưa hết. Mở ảnh gốc bằng một trình sửa ảnh và lưu lại thành PNG (hoặc xuất SVG), rồi thay tệp này.",
        "logo › file: Ảnh content/hinh/bieu-trung.png chỉ có 48 × 48 điểm ảnh, quá nhỏ: biểu tượng trên màn hình điện thoại sẽ bị mờ. Dùng ảnh có cạnh ngắn ít nhất 64 điểm ảnh (tốt nhất khoảng 512), hoặc tệp SVG.",
        "logo › file: Tệp content/hinh/bieu-trung.png nặng 1,01 MB, quá giới hạn 1 MB của biểu trưng. Thu nhỏ ảnh (cạnh khoảng 512 điểm ảnh là đủ) hoặc dùng tệp SVG.",
        "logo › alt: Biểu trưng cần lời mô tả (alt) nói đó là biểu trưng của ai, ví dụ alt: Biểu trưng Ủy ban nhân dân xã Thạch Hà, để người dùng máy đọc màn hình cũng biết.",
        "logo › alt: Biểu trưng cần lời mô tả (alt) nói đó là biểu trưng của ai, ví dụ alt: Biểu trưng Ủy ban nhân dân xã Thạch Hà, để người dùng máy đọc màn hình cũng biết.",
        "logo › file: Biểu trưng phải là một tệp trong thư mục content/, không phải địa chỉ web (cổng không tải gì từ trang khác). Tải ảnh về, đặt vào content/hinh/ rồi ghi file: hinh/<tên tệp>.",
        "logo › file: Đường dẫn tính từ thư mục content/, ví dụ hinh/bieu-trung.png: không bắt đầu bằng "/" và không dùng "..".",
        "logo: Biểu trưng (logo) gồm hai dòng con, thụt vào dưới logo: file (đường dẫn ảnh, ví dụ file: hinh/bieu-trung.png) và alt (lời mô tả). Giá trị đang ghi là chữ "hinh/bieu-trung.png".",
      ]
    `);
  });

  it('in the report a build prints', async () => {
    const { problems } = await check({}, [logoEdit('hinh/bieu-trung.png')]);
    expect(formatProblems(problems)).toContain('Tệp content/site.yaml:\n  • Trường logo › file: Không tìm thấy tệp content/hinh/bieu-trung.png.');
  });
});
