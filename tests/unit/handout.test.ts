/** The one-sheet handout: which blocks of a guide it prints, and the small texts around them. */
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { findBlocks } from '../../src/check/mdx-body.ts';
import { breakableUrl, handoutBlocks, handoutCredit, headingBefore } from '../../src/lib/handout.ts';
import { ROOT, contentWith, type Edit } from '../fixtures/content-copy.ts';

const GUIDE = [
  "import anh from './hinh/anh.svg';",
  '',
  'Mở đầu.',
  '',
  '## Cần chuẩn bị',
  '',
  '<Prepare>',
  '- Điện thoại.',
  '</Prepare>',
  '',
  '## Các **bước**',
  '',
  '<Steps>',
  '1. **Mở ứng dụng.** Gõ đúng địa chỉ.',
  '2. **Đăng nhập.** Nhập mật khẩu.',
  '</Steps>',
  '',
  '<Callout type="note" title="Mẹo">',
  'Một lưu ý.',
  '</Callout>',
  '',
  '<Callout type="warning" title="Không đưa mã OTP cho ai">',
  'Kẻ gian hay xin mã OTP.',
  '</Callout>',
  '',
  '<Figure src={anh} alt="Thanh địa chỉ" />',
  '',
  '## Nếu đã lỡ chuyển tiền',
  '',
  'Đừng chờ:',
  '',
  '<Steps>',
  '1. **Gọi ngân hàng.**',
  '</Steps>',
  '',
  '<Callout type="danger">',
  'Đừng tự chuyển lại.',
  '</Callout>',
  '',
  '## Nền tảng chính thức',
  '',
  '<LinkCard id="vneid" />',
].join('\n');

describe('handoutBlocks', () => {
  const blocks = handoutBlocks(GUIDE, 20);

  it('keeps every <Steps> and every warning or danger <Callout>, in the guide’s order, and nothing else', () => {
    expect(blocks.map((block) => (block.kind === 'steps' ? `steps: ${block.heading}` : block.kind === 'warning' ? `${block.level}: ${block.title}` : block.kind))).toEqual([
      'steps: Các bước',
      'warning: Không đưa mã OTP cho ai',
      'steps: Nếu đã lỡ chuyển tiền',
      'danger: undefined',
    ]);
  });

  it('hands back the Markdown between the tags as written, bold marks and all', () => {
    expect(blocks[0]?.markdown).toBe('1. **Mở ứng dụng.** Gõ đúng địa chỉ.\n2. **Đăng nhập.** Nhập mật khẩu.');
    expect(blocks[1]?.markdown).toBe('Kẻ gian hay xin mã OTP.');
    expect(blocks.map((block) => block.markdown).join('\n')).not.toMatch(/Mở đầu|Điện thoại|lưu ý|Đừng chờ|<LinkCard/);
  });

  it('gives the line of each block in the file, for the content check', () => {
    // The body starts on line 20 of its file; <Steps> is its 13th line.
    expect(blocks.map((block) => block.line)).toEqual([32, 41, 51, 55]);
  });

  it('leaves out a block that is never closed, and a self-closing callout', () => {
    expect(handoutBlocks('<Steps>\n1. Một.\n')).toEqual([]);
    expect(handoutBlocks('<Callout type="warning" title="Trống" />')).toEqual([]);
  });
});

describe('handoutBlocks with help numbers and a self-check', () => {
  const body = [
    '<Steps>',
    '1. Một.',
    '</Steps>',
    '',
    '## Cần giúp đỡ?',
    '',
    '<HelpLine number="113" name="Công an (gọi khi khẩn cấp)" />',
    '<HelpLine number=" 1900 1234 " name="Tổng đài">',
    'Gọi trong **giờ hành chính**.',
    '</HelpLine>',
    '',
    '## Tự kiểm tra',
    '',
    '<Quiz>',
    '<Question text="Có đọc mã OTP cho người gọi không?">',
    '**Không.**',
    '</Question>',
    '<Question text="Ổ khóa có chứng minh trang thật không?">Không.</Question>',
    '</Quiz>',
  ].join('\n');

  it('keeps each number, who answers and its description, and each question with its answer, in order', () => {
    expect(handoutBlocks(body, 1).map(({ markdown, line, ...rest }) => ({ ...rest, markdown, line }))).toEqual([
      { kind: 'steps', heading: undefined, markdown: '1. Một.', line: 1 },
      { kind: 'helpline', number: '113', name: 'Công an (gọi khi khẩn cấp)', markdown: '', line: 7 },
      { kind: 'helpline', number: '1900 1234', name: 'Tổng đài', markdown: 'Gọi trong **giờ hành chính**.', line: 8 },
      { kind: 'question', question: 'Có đọc mã OTP cho người gọi không?', markdown: '**Không.**', line: 15 },
      { kind: 'question', question: 'Ổ khóa có chứng minh trang thật không?', markdown: 'Không.', line: 18 },
    ]);
  });
});

describe('findBlocks', () => {
  it('reads the attributes, the text and the line of each block', () => {
    const [block] = findBlocks('Dòng một.\n<Callout type="warning" title=\'Chú ý\'>\nChữ.\n</Callout>', 'Callout', 5);
    expect(block).toMatchObject({ line: 6, attributes: { type: 'warning', title: 'Chú ý' }, content: '\nChữ.\n' });
  });

  it('does not take <StepsList> for <Steps>', () => {
    expect(findBlocks('<StepsList>\nx\n</StepsList>', 'Steps', 1)).toEqual([]);
  });
});

describe('headingBefore', () => {
  it('is the nearest heading above, without Markdown marks or closing hashes', () => {
    expect(headingBefore('## Một\n\n### Hai `ba` ##\n\nchữ', 20)).toBe('Hai ba');
    expect(headingBefore('chữ', 3)).toBeUndefined();
  });
});

describe('breakableUrl', () => {
  it('cuts after each slash of the path, and keeps "https://host/" whole', () => {
    const url = 'https://tinh.test/cds/ky-nang-so/tu-bao-ve-tren-khong-gian-mang/';
    expect(breakableUrl(url)).toEqual(['https://tinh.test/', 'cds/', 'ky-nang-so/', 'tu-bao-ve-tren-khong-gian-mang/']);
    expect(breakableUrl('https://onetouch.mic.gov.vn/khoa-hoc/pho-cap')).toEqual(['https://onetouch.mic.gov.vn/', 'khoa-hoc/', 'pho-cap']);
    expect(breakableUrl(url).join('')).toBe(url);
  });
});

describe('handoutCredit', () => {
  const site = { name: 'Ngày Chuyển đổi số quốc gia', contact: {} };

  it('names the portal, and its agency or locality when it has one, with the guide’s date', () => {
    expect(handoutCredit(site, '2026-11-23')).toBe('Tờ hướng dẫn của cổng Ngày Chuyển đổi số quốc gia. Nội dung cập nhật ngày 23/11/2026.');
    expect(handoutCredit({ ...site, locality: { name: 'Thạch Hà', level: 'xa', province: 'Hà Tĩnh' } }, '2026-11-23')).toBe(
      'Tờ hướng dẫn của cổng Ngày Chuyển đổi số quốc gia, xã Thạch Hà (Hà Tĩnh). Nội dung cập nhật ngày 23/11/2026.',
    );
    expect(
      handoutCredit({ ...site, locality: { name: 'Thạch Hà', level: 'xa' }, contact: { agency: 'Ủy ban nhân dân xã Thạch Hà' } }, '2026-11-23'),
    ).toBe('Tờ hướng dẫn của cổng Ngày Chuyển đổi số quốc gia, Ủy ban nhân dân xã Thạch Hà. Nội dung cập nhật ngày 23/11/2026.');
  });
});

describe('the content check asks of a guide what its handout needs', () => {
  const FILE = 'guides/dich-vu-cong-truc-tuyen.mdx';

  async function problemsFor(edits: Edit[]) {
    const dir = await contentWith(edits);
    try {
      return (await checkContent(ROOT, dir)).problems.map((problem) => `${problem.file.replace(/^.*\/guides\//, 'guides/')} | ${problem.field} | ${problem.message}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('a <Steps> block', async () => {
    expect(await problemsFor([{ file: FILE, find: /<Steps>\n([\s\S]*?)<\/Steps>/, replace: '$1' }])).toMatchInlineSnapshot(`
      [
        "guides/dich-vu-cong-truc-tuyen.mdx | nội dung › Steps | Hướng dẫn chưa có khối <Steps>. Tờ hướng dẫn in (trang …/to-roi/) lấy các bước từ khối này: bọc danh sách đánh số 1. 2. … giữa <Steps> và </Steps>.",
      ]
    `);
  });

  it('every block closed', async () => {
    expect(await problemsFor([{ file: FILE, find: 'tài khoản định danh. Đừng làm theo. Hãy cúp máy, rồi hỏi trực tiếp Công an xã hoặc Trung tâm Phục vụ hành chính công của xã, phường.\n</Callout>', replace: 'tài khoản định danh.' }]))
      .toMatchInlineSnapshot(`
        [
          "guides/dich-vu-cong-truc-tuyen.mdx | nội dung › dòng 72 › Callout | Khối <Callout> mở ở dòng này nhưng chưa đóng. Thêm dòng </Callout> ngay sau dòng cuối của khối.",
        ]
      `);
  });

  it('plain Markdown inside the blocks it prints', async () => {
    expect(await problemsFor([{ file: FILE, find: '9. **Nhận kết quả.**', replace: '9. <LinkCard id="vneid" /> **Nhận kết quả.**' }])).toMatchInlineSnapshot(`
      [
        "guides/dich-vu-cong-truc-tuyen.mdx | nội dung › dòng 60 › Steps | Khối <Steps> có "<LinkCard": tờ hướng dẫn in chỉ in được chữ Markdown (chữ đậm, danh sách, liên kết). Đưa thành phần <…> hoặc biểu thức {…} ra ngoài khối.",
      ]
    `);
  });
});
