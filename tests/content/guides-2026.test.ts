/**
 * The five guides as a citizen reads them in 2026 (issue 16): up to date since the 2025
 * reorganisation, with the sources of the new facts, and pictures of the actions that are
 * light, sized and printable in black and white.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { SKILLS } from '../../src/schemas/skills.ts';
import { ROOT } from '../fixtures/content-copy.ts';

const { content } = await checkContent(ROOT);
const guide = (skill: string) => {
  const found = content.guides.find((entry) => entry.data.skill === skill);
  if (!found) throw new Error(`no guide ${skill}`);
  return { body: found.body ?? '', sources: found.data.sources };
};
const PAGES_WITH_OFFICES = ['dich-vu-cong-truc-tuyen', 'thanh-toan-truc-tuyen', 'su-dung-nen-tang-so'];
const HINH = join(ROOT, 'content/guides/hinh');

/** The <Figure> blocks of a body, with their alt text and the file each one shows. */
function figures(body: string): { alt: string; file: string }[] {
  const imports = new Map([...body.matchAll(/^import (\w+) from '\.\/hinh\/([^']+)';$/gm)].map((match) => [match[1], match[2]]));
  return [...body.matchAll(/<Figure src=\{(\w+)\} alt="([^"]*)"/g)].map((match) => ({
    alt: match[2] ?? '',
    file: imports.get(match[1] ?? '') ?? '',
  }));
}

describe('the guides in 2026', () => {
  it.each(SKILLS)('%s: at least two figures, each with alt text and a picture file', (skill) => {
    const shown = figures(guide(skill).body);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    for (const figure of shown) {
      expect(figure.alt.trim().length, figure.file).toBeGreaterThan(20);
      expect(figure.file).toMatch(/\.svg$/);
    }
  });

  it('send people to the commune’s Trung tâm Phục vụ hành chính công, and no longer to the Bộ phận một cửa', () => {
    for (const skill of PAGES_WITH_OFFICES) expect(guide(skill).body, skill).toContain('Trung tâm Phục vụ hành chính công');
    for (const skill of SKILLS) expect(guide(skill).body.toLowerCase(), skill).not.toContain('bộ phận một cửa');
    // The two-level government and the centres each carry their source.
    for (const skill of PAGES_WITH_OFFICES) {
      const urls = guide(skill).sources.map((source) => source.url);
      expect(urls, skill).toContain('https://daihoidang.baoquangninh.vn/mo-hinh-to-chuc-chinh-quyen-dia-phuong-2-cap-van-hanh-tu-1-7-2025-3364666.html');
      expect(urls, skill).toContain('https://giaobinh.ninhbinh.gov.vn/bai-viet/nghi-dinh-1182025nd-cp-quy-dinh-ve-to-chuc-trung-tam-phuc-vu-hanh-chinh-cong-cap-tinh-cap-xa-tu-17');
    }
  });

  it('the public-service guide describes the VNeID QR login, the passcode and a new phone, with sources', () => {
    const { body, sources } = guide('dich-vu-cong-truc-tuyen');
    expect(body).toContain('## Đăng nhập bằng mã QR với ứng dụng VNeID');
    expect(body).toContain('bấm biểu tượng quét mã QR');
    expect(body).toContain('passcode gồm 6 chữ số');
    expect(body).toContain('mã xác nhận (mã OTP) được gửi về **điện thoại cũ**');
    const titles = sources.map((source) => source.title ?? '');
    expect(sources.map((source) => source.url)).toContain('https://svhttdl.dongnai.gov.vn/Pages/newsdetail.aspx?NewsId=2797&CatId=95');
    expect(titles.some((title) => title.includes('quét QR') && title.includes('VNeID'))).toBe(true);
    expect(titles.some((title) => title.includes('passcode gồm 6 chữ số'))).toBe(true);
  });

  it('the payment guide describes the face check for large transfers, citing Decision 2345/QĐ-NHNN', () => {
    const { body, sources } = guide('thanh-toan-truc-tuyen');
    expect(body).toContain('## Xác thực khuôn mặt khi chuyển tiền lớn');
    expect(body).toContain('Từ ngày 1/7/2024, theo Quyết định số 2345/QĐ-NHNN');
    expect(body).toContain('**trên 10 triệu đồng một lần**');
    expect(body).toContain('**tổng cộng trên 20 triệu đồng trong một ngày**');
    const cited = sources.filter((source) => source.title?.includes('2345/QĐ-NHNN'));
    expect(cited.length).toBeGreaterThanOrEqual(2);
    for (const source of cited) expect(source.url).toMatch(/^https:\/\//);
  });

  it('the shopping guide gives national checks for any shop, each sourced', () => {
    const { body, sources } = guide('mua-sam-truc-tuyen');
    expect(body).toContain('## Kiểm tra một trang bán hàng');
    expect(body).toContain('**1. Biểu tượng của Bộ Công Thương.**');
    expect(body).toContain('Biểu tượng có thể là giả');
    expect(body).toContain('**2. Địa chỉ trang.** Địa chỉ phải bắt đầu bằng https');
    expect(body).toContain('**3. Đánh giá của người đã mua.**');
    const titles = sources.map((source) => source.title ?? '').join('\n');
    expect(titles).toContain('Cục Cạnh tranh và Bảo vệ người tiêu dùng (Bộ Công Thương)');
    expect(sources.map((source) => source.url)).toContain('https://vietnamnet.vn/vn/kinh-doanh/thi-truong/nhung-chieu-lua-mua-hang-online-761472.html');
  });

  it('OneTouch names the ministry it belongs to since 2025, with the merger’s source', () => {
    const onetouch = content.links.find((link) => link.id === 'onetouch-pho-cap-ky-nang-so')?.data;
    expect(onetouch?.description).toContain('Bộ Khoa học và Công nghệ');
    expect(onetouch?.sources.some((source) => source.title?.includes('hợp nhất'))).toBe(true);
    expect(guide('su-dung-nen-tang-so').body).toContain('Từ ngày 1/3/2025, Bộ này đã hợp nhất vào Bộ Khoa học và Công nghệ');
  });

  it.each(SKILLS)('%s: a short illustrated note on opening a link in the phone’s browser', (skill) => {
    const { body } = guide(skill);
    expect(body).toContain('## Mở đường link trong trình duyệt của điện thoại');
    expect(body).toContain('chọn mở bằng trình duyệt');
    expect(figures(body).map((figure) => figure.file)).toContain('mo-bang-trinh-duyet.svg');
  });

  it.each(SKILLS)('%s: a “Tự kiểm tra” quiz of 3 to 5 questions, each answered', (skill) => {
    const { body } = guide(skill);
    expect(body).toContain('## Tự kiểm tra\n\n<Quiz>');
    const quiz = /<Quiz>([\s\S]*?)<\/Quiz>/.exec(body)?.[1] ?? '';
    const questions = [...quiz.matchAll(/<Question text="([^"]+)">\n([\s\S]*?)\n<\/Question>/g)];
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(questions.length).toBeLessThanOrEqual(5);
    for (const [, question, answer] of questions) {
      expect(question, skill).toMatch(/\?$/);
      expect(answer?.trim().length, question).toBeGreaterThan(10);
    }
  });

  it.each(SKILLS)('%s: “Cần giúp đỡ?” gives phone numbers, each with its number in a source', (skill) => {
    const { body, sources } = guide(skill);
    const help = body.slice(body.indexOf('## Cần giúp đỡ?'), body.indexOf('\n## ', body.indexOf('## Cần giúp đỡ?') + 5));
    const numbers = [...help.matchAll(/<HelpLine number="([\d ]+)" name="[^"]+"/g)].map((match) => match[1] ?? '');
    expect(numbers.length).toBeGreaterThanOrEqual(1);
    expect(numbers).toContain('113');
    expect(numbers).toContain('156');
    for (const number of numbers) {
      const cited = sources.filter((source) => new RegExp(`\\b${number}\\b`).test(source.title ?? ''));
      expect(cited.length, `${skill}: ${number}`).toBeGreaterThanOrEqual(1);
      for (const source of cited) expect(source.url, `${skill}: ${number}`).toMatch(/^https?:\/\//);
    }
    // No number without a public source: the portal's support line is not printed.
    expect(body).not.toMatch(/1800 ?1096/);
  });

  it('every guide picture is light, sized, titled, and drawn in dark strokes on white with generic fonts', () => {
    const files = new Set(SKILLS.flatMap((skill) => figures(guide(skill).body).map((figure) => figure.file)));
    expect(files.size).toBeGreaterThanOrEqual(9);
    for (const file of files) {
      const path = join(HINH, file);
      const svg = readFileSync(path, 'utf8');
      expect(statSync(path).size, file).toBeLessThanOrEqual(4096);
      expect(svg, file).toMatch(/^<svg [^>]*width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
      expect(svg, file).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
      expect(svg === svg.normalize('NFC'), file).toBe(true);
      // Nothing fetched, no embedded raster, only generic font families.
      expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', ''), file).not.toMatch(/https?:|<image|@import/);
      for (const [, family] of svg.matchAll(/font-family="([^"]+)"/g)) expect(family, file).toBe('sans-serif');
      // Legible on a 360 px phone, where the picture shrinks to the screen's width: no text
      // smaller than 3.5 % of the picture's width (17 units in a 480-wide drawing, about
      // 11.5 px on screen).
      const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
      for (const [, size] of svg.matchAll(/font-size="(\d+)"/g)) expect(Number(size) / width, `${file}: font-size ${size}`).toBeGreaterThanOrEqual(0.035);
      // Colours: white, black and greys only, so the meaning survives black-and-white printing.
      for (const [, colour] of svg.matchAll(/(?:fill|stroke)="(#[0-9a-f]{3,6})"/gi)) {
        const hex = (colour ?? '').slice(1).toLowerCase();
        const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
        const [r, g, b] = [0, 2, 4].map((at) => Number.parseInt(full.slice(at, at + 2), 16));
        expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!), `${file}: ${colour}`).toBeLessThanOrEqual(24);
      }
    }
  });
});
