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
import { BROKEN, ROOT, contentWith, type Edit } from '../fixtures/content-copy.ts';

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

describe('each kind of broken content names the file and the field', () => {
  it.each(BROKEN)('$name', async ({ edits, file, field }) => {
    const problems = await problemsFor(edits);
    expect(problems[0]?.file).toBe(file);
    // Errors inside a guide's body also give the line: "nội dung › dòng 12 › Figure › alt".
    expect(problems[0]?.field.endsWith(field)).toBe(true);
  });

  it('says what is wrong and how to fix it', async () => {
    const messages = [];
    for (const { edits } of BROKEN) messages.push((await problemsFor(edits))[0]?.message);
    expect(messages).toMatchInlineSnapshot(`
      [
        "Ngày kết thúc (end) trước ngày bắt đầu (start). Sửa lại để ngày kết thúc bằng hoặc sau ngày bắt đầu.",
        "Không có liên kết mã "binh-dan-hoc-vu" trong content/links.yaml. Thêm liên kết đó vào links.yaml, hoặc dùng một mã có sẵn: dich-vu-cong-quoc-gia, vneid, binh-dan-hoc-vu-so, ai-cong-dong, onetouch-pho-cap-ky-nang-so, hatinhtrade, hatiplaza, khong-gian-mang.",
        "Tên tệp là 2026.yaml nhưng trường year ghi 2024. Mỗi năm một tệp mang đúng tên năm: đổi tên tệp thành 2024.yaml hoặc sửa year thành 2026.",
        "Địa chỉ web phải đầy đủ và bắt đầu bằng http:// hoặc https:// (ví dụ https://dichvucong.gov.vn/).",
        "Thiếu trường bắt buộc "sources". Thêm dòng "sources: …" vào tệp (xem content/README.md).",
        "Mã "hatinhtrade" đã dùng ở mục 6. Mỗi liên kết cần một mã riêng: đổi mã này hoặc gộp hai mục.",
        "Cấp hành chính "quan" không hợp lệ. Chỉ nhận: tinh (cấp tỉnh), huyen (cấp huyện), xa (cấp xã).",
        "Ngày "31/09/2024" không tồn tại: tháng 9/2024 chỉ có 30 ngày. Viết ngày có thật theo dạng ngày/tháng/năm, ví dụ 01/10/2024.",
        "Hình thiếu lời mô tả (alt). Viết alt="…" kể lại điều hình cho thấy, để người không xem được hình (dùng máy đọc màn hình, mạng chậm) vẫn hiểu.",
        "Không có liên kết mã "vneid-app" trong content/links.yaml. Dùng một mã có sẵn: dich-vu-cong-quoc-gia, vneid, binh-dan-hoc-vu-so, ai-cong-dong, onetouch-pho-cap-ky-nang-so, hatinhtrade, hatiplaza, khong-gian-mang.",
        "Kỹ năng "mua-sam-truc-tuyen" đã có hướng dẫn trong content/guides/mua-sam-tren-san.mdx. Mỗi kỹ năng chỉ có một hướng dẫn: gộp hai tệp, hoặc đổi skill của tệp này.",
      ]
    `);
  });
});

describe('other mistakes', () => {
  it('a misspelt field name is reported, not ignored', async () => {
    const problems = await problemsFor([{ file: 'plans/son-duong-2022.md', find: 'issuer:', replace: 'isuer:' }]);
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toMatchInlineSnapshot(`
      [
        "issuer: Thiếu trường bắt buộc "issuer". Thêm dòng "issuer: …" vào tệp (xem content/README.md).",
        ": Trường không được hỗ trợ: "isuer". Kiểm tra chính tả tên trường (xem content/README.md) hoặc xóa dòng đó.",
      ]
    `);
  });

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

  it('an activity with neither dates nor "ongoing" asks for one of them', async () => {
    const problems = await problemsFor([{ file: 'plans/son-duong-2022.md', find: '    start: 01/10/2022\n', replace: '' }]);
    expect(problems[0]).toMatchObject({ field: 'activities › mục 1 › start' });
    expect(problems[0]?.message).toContain('ongoing: true');
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
    const long = await problemsFor([{ file: 'guides/mua-sam-truc-tuyen.mdx', find: '## Cần chuẩn bị', replace: `${intro.repeat(5)}\n\n## Cần chuẩn bị` }]);
    expect(long.map((problem) => `${problem.field}: ${problem.message}`)).toMatchInlineSnapshot(`
      [
        "nội dung › dòng 32 › Steps: Trước bước đầu tiên có 213 chữ: trên điện thoại, người đọc phải cuộn quá hai màn hình mới thấy bước 1. Giữ phần mở đầu và "Cần chuẩn bị" trong 200 chữ: viết gọn lại, hoặc chuyển phần giải thích xuống sau các bước.",
      ]
    `);
  });

  it('a plan file named like the list of provinces is refused', async () => {
    const problems = await problemsFor([{ file: 'plans/son-duong-2022.md', copyTo: 'plans/tinh.md', find: 'year: 2022', replace: 'year: 2022' }]);
    expect(problems).toEqual([
      {
        file: 'plans/tinh.md',
        field: '',
        message:
          'Tên tệp "tinh.md" trùng với địa chỉ danh sách kế hoạch theo tỉnh (/ke-hoach/tinh/). Đặt tên theo địa phương và năm, ví dụ thach-ha-2025.md.',
      },
    ]);
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

  it('a missing links.yaml is one error about that file, not one per link used', async () => {
    const problems = await problemsFor([{ file: 'links.yaml', remove: true }]);
    expect(problems.filter((problem) => problem.message.includes('links.yaml') || problem.file.endsWith('links.yaml'))).toHaveLength(1);
    for (const problem of problems) expect(problem.message).not.toMatch(/: \.$/);
  });
});

describe('dates as written', () => {
  it('refuses an impossible date written yyyy-mm-dd, as it refuses it written dd/mm/yyyy', async () => {
    const iso = await problemsFor([{ file: 'plans/duc-tho-2024.md', find: 'date: 19/08/2024', replace: 'date: 2024-09-31' }]);
    const dmy = await problemsFor([{ file: 'plans/duc-tho-2024.md', find: 'date: 19/08/2024', replace: 'date: 31/09/2024' }]);
    expect(iso.map((problem) => problem.field)).toEqual(['implements › mục 1 › date']);
    expect(dmy.map((problem) => problem.field)).toEqual(['implements › mục 1 › date']);
    expect(iso[0]?.message).toMatch(/Viết ngày có thật theo dạng ngày\/tháng\/năm, ví dụ 01\/10\/2024\.$/);
    expect(dmy[0]?.message).toMatch(/Viết ngày có thật theo dạng ngày\/tháng\/năm, ví dụ 01\/10\/2024\.$/);
  });

  it('accepts a real date written yyyy-mm-dd', async () => {
    expect(await problemsFor([{ file: 'plans/duc-tho-2024.md', find: 'date: 19/08/2024', replace: 'date: 2024-08-19' }])).toEqual([]);
  });
});
