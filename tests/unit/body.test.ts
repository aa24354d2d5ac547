import { describe, expect, it } from 'vitest';
import { allowedHosts } from '../../src/check/body-addresses.ts';
import { checkBody, type BodyContext } from '../../src/check/body.ts';

const context: BodyContext = {
  hosts: allowedHosts(['https://vneid.gov.vn/']),
  links: ['vneid'],
  files: new Set(['guides/hinh/anh.svg', 'hinh/le.png']),
  shown: 'content',
  imageFile: async (path) => (path.endsWith('.svg') ? { kind: 'svg', sized: true } : undefined),
};

const guide = (body: string) => checkBody({ body, firstLine: 20, format: 'mdx', guide: true, folder: 'guides' }, context);
const plan = (body: string) => checkBody({ body, firstLine: 5, format: 'md', guide: false, folder: 'plans' }, context);
const STEPS = '<Steps>\n1. Mở.\n</Steps>';

describe('checkBody', () => {
  it('accepts a guide written as the editors\' guide says', async () => {
    const body = `import anh from './hinh/anh.svg';\n\nMở đầu.\n\n${STEPS}\n\n<Figure src={anh} alt="Hình" />\n\n<LinkCard id="vneid" />\n\nXem https://vneid.gov.vn/.`;
    expect(await guide(body)).toEqual([]);
  });

  it('gives the problems in the order of the file', async () => {
    const fields = (await guide(`Có {nha}.\n\n${STEPS}\n\n# Tiêu đề\n\n<Callout type="x">\nx\n</Callout>`)).map(({ field }) => field);
    expect(fields).toEqual(['nội dung › dòng 20', 'nội dung › dòng 26', 'nội dung › dòng 28 › Callout › type']);
  });

  it('reports a syntax error alone (the parser stops there), with the addresses read from the text', async () => {
    const problems = await guide(`<Callout>\nXem https://vi-du.vn\n\n${STEPS}`);
    expect(problems.map(({ field, message }) => `${field}: ${message.slice(0, 30)}`)).toEqual([
      'nội dung › dòng 20 › Callout: Khối <Callout> mở ở dòng này n',
      'nội dung › dòng 21: Địa chỉ https://vi-du.vn chưa ',
    ]);
  });

  it('says an address once: an embedded page or a picture from elsewhere is one problem', async () => {
    const problems = await plan('<iframe src="https://vi-du.vn/video"></iframe>\n\n![Ảnh](https://vi-du.vn/a.png)');
    expect(problems.map(({ message }) => message.slice(0, 40))).toEqual(['Thẻ HTML <iframe> không dùng được trong ', 'Cổng không tải hình từ trang khác (https']);
  });

  it('reads the bytes of the pictures a body shows', async () => {
    expect(await plan('![Lễ](../hinh/le.png)')).toEqual([
      {
        field: 'nội dung › dòng 5',
        message:
          'Tệp content/hinh/le.png không phải ảnh PNG, JPEG, WebP hay SVG (chỉ đổi đuôi tên tệp thì không đổi được loại ảnh). Mở ảnh gốc bằng một trình sửa ảnh và lưu lại thành PNG (hoặc xuất SVG), rồi thay tệp này.',
      },
    ]);
  });

  it('finds a "#" heading in a plan wherever Markdown reads one, though plain summaries are not parsed', async () => {
    const lines = async (body: string) => (await plan(body)).map(({ field }) => field);
    expect(await lines('## Mục đích\n\nChữ, số #1 và #hashtag.\n\n- ## Mục nhỏ')).toEqual([]);
    expect(await lines('# Một\n\n   # Hai\n\n> # Ba\n\n- # Bốn\n\n1. # Năm\n\nSáu\n===\n\n> Bảy\n> ===\n\n#')).toEqual(
      [5, 7, 9, 11, 13, 15, 18, 21].map((line) => `nội dung › dòng ${line}`),
    );
  });

  it('reads {…} and components in a plan as the text Markdown makes of them', async () => {
    expect(await plan('Giá {100} nghìn, ít hơn <5 người.')).toEqual([]);
  });
});
