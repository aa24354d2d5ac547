/**
 * The errors an editor sees for each kind of broken content: file, field, what is wrong
 * and how to fix it, in Vietnamese. Messages are pinned so a change to them is deliberate.
 */
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { formatProblems } from '../../src/schemas/errors.ts';
import { ROOT, contentWith, type Edit } from '../fixtures/content-copy.ts';

async function problemsFor(edits: Edit[]) {
  const dir = await contentWith(edits);
  try {
    const { problems } = await checkContent(ROOT, dir);
    // Paths into the temporary copy read as the content folder they stand for.
    const copy = /[^\s"]*cds-noi-dung-[^/]+\//g;
    return problems.map((problem) => ({
      ...problem,
      file: problem.file.replace(copy, ''),
      message: problem.message.replace(copy, 'content/'),
    }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the shipped content', () => {
  it('has no problem', async () => {
    const { problems, content } = await checkContent(ROOT);
    expect(problems).toEqual([]);
    expect(content.site?.data.name).toBe('Ngày Chuyển đổi số quốc gia');
  });
});

describe('other mistakes', () => {
  it('a YAML syntax error gives the line, the cause and the fix, once', async () => {
    const problems = await problemsFor([{ file: 'years/2023.yaml', find: 'year: 2023', replace: 'year: 2023\n  bad: [' }]);
    expect(problems).toEqual([
      {
        file: 'years/2023.yaml',
        field: '',
        message:
          'Dòng 2 thụt lề không đúng: các trường cùng cấp phải thẳng cột, trường con thụt vào thêm 2 dấu cách so với trường chứa nó. So với các dòng trên rồi sửa số dấu cách ở đầu dòng.',
      },
    ]);
  });

  it('a guide without numbered steps, or whose steps start too far down a phone, is refused', async () => {
    const noSteps = await problemsFor([{ file: 'guides/mua-sam-truc-tuyen.mdx', find: /<Steps>\n([\s\S]*?)<\/Steps>/, replace: '$1' }]);
    expect(noSteps).toEqual([
      {
        file: 'guides/mua-sam-truc-tuyen.mdx',
        field: 'nội dung › Steps',
        message: 'Hướng dẫn chưa có khối <Steps>. Tờ hướng dẫn in (trang …/to-roi/) lấy các bước từ khối này: bọc danh sách đánh số 1. 2. … giữa <Steps> và </Steps>.',
      },
    ]);
    const intro = 'Phần mở đầu viết quá dài trước khi vào các bước cần làm. ';
    const long = await problemsFor([{ file: 'guides/mua-sam-truc-tuyen.mdx', find: '## Cần chuẩn bị', replace: `${intro.repeat(8)}\n\n## Cần chuẩn bị` }]);
    expect(long.map((problem) => `${problem.field}: ${problem.message}`)).toMatchInlineSnapshot(`
      [
        "nội dung › dòng 50 › Steps: Trước bước đầu tiên có 227 chữ: trên điện thoại, người đọc phải cuộn quá hai màn hình mới thấy bước 1. Giữ phần mở đầu và "Cần chuẩn bị" trong 200 chữ: viết gọn lại, hoặc chuyển phần giải thích xuống sau các bước.",
      ]
    `);
  });

  it('the whole report groups problems by file', () => {
    expect(
      formatProblems([
        { file: 'content/links.yaml', field: 'mục 2 › url', message: 'Sai địa chỉ.' },
        { file: 'content/site.yaml', field: '', message: 'Không tìm thấy tệp.' },
      ]),
    ).toMatchInlineSnapshot(`
      "Nội dung có 2 lỗi, chưa thể dựng cổng:

      Tệp content/links.yaml:
        • Trường mục 2 › url: Sai địa chỉ.
      Tệp content/site.yaml:
        • Không tìm thấy tệp.

      Sửa các lỗi trên rồi chạy lại lệnh. Hướng dẫn: content/README.md."
    `);
  });
});

describe('one message per cause', () => {
  it('a YAML error in any file is that one problem: nothing else is reported for what the file holds', async () => {
    const dir = join(ROOT, 'content');
    const files = [
      'site.yaml',
      'links.yaml',
      'tim-kiem.yaml',
      ...readdirSync(join(dir, 'years')).map((name) => `years/${name}`),
      ...['plans', 'guides', 'pages'].flatMap((folder) => readdirSync(join(dir, folder)).filter((name) => /\.mdx?$/.test(name)).map((name) => `${folder}/${name}`)),
    ];
    for (const file of files) {
      const front = /\.mdx?$/.test(file);
      const problems = await problemsFor([{ file, find: front ? /^---\n/ : /^/, replace: front ? '---\ntitle: "Kế hoạch" số 10\n' : 'a: "Kế hoạch" số 10\n' }]);
      expect(problems.map((problem) => `${problem.file}: ${problem.message.slice(0, 60)}`), file).toEqual([
        `${file}: Dòng ${front ? 2 : 1}: giá trị mở bằng ngoặc kép nhưng sau ngoặc kép đóng c`,
      ]);
    }
  });
});

describe('dates as written', () => {
  it('accepts a real date written yyyy-mm-dd', async () => {
    expect(await problemsFor([{ file: 'plans/duc-tho-2024.md', find: 'date: 19/08/2024', replace: 'date: 2024-08-19' }])).toEqual([]);
  });
});
