import { describe, expect, it } from 'vitest';
import { allowedHosts, bodyProblems } from '../../src/check/body-rules.ts';

const hosts = allowedHosts(['https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', 'https://www.binhdanhocvuso.gov.vn/']);

describe('the rules for Markdown and MDX bodies', () => {
  it('accepts plain text, ## headings, code and the addresses links.yaml holds', () => {
    const body = ['## Cách làm', 'Vào https://dichvucong.gov.vn hoặc https://binhdanhocvuso.gov.vn/khoa-hoc.', '```', '# không phải tiêu đề <script>', '```'].join('\n');
    expect(bodyProblems(body, 10, hosts)).toEqual([]);
  });

  it('refuses scripts in every form, naming the line', () => {
    const body = ['Đoạn đầu', '<script>alert(1)</script>', '<img src="a.png" onerror="x()">', '[Bấm vào đây](javascript:alert(1))'].join('\n');
    expect(bodyProblems(body, 7, hosts)).toEqual([
      { field: 'nội dung › dòng 8', message: 'Không dùng thẻ <script> trong nội dung: cổng không chạy mã do người soạn viết. Xóa thẻ; muốn giới thiệu một trang khác, dẫn liên kết tới trang đó.' },
      { field: 'nội dung › dòng 9', message: 'Thẻ HTML có thuộc tính on…= (chạy mã khi bấm hay khi tải ảnh): cổng không chấp nhận. Xóa thuộc tính đó.' },
      { field: 'nội dung › dòng 10', message: 'Liên kết "javascript:" không được dùng. Thay bằng địa chỉ https:// của trang cần dẫn tới.' },
    ]);
  });

  it('refuses a # title heading and an address links.yaml does not hold', () => {
    expect(bodyProblems('# Tiêu đề\nXem https://vi-du.vn/trang', 3, hosts)).toEqual([
      { field: 'nội dung › dòng 3', message: 'Tiêu đề một dấu # trùng với tên trang (lấy từ trường title). Trong phần thân, dùng ## cho mục và ### cho mục nhỏ.' },
      {
        field: 'nội dung › dòng 4',
        message:
          'Địa chỉ https://vi-du.vn/trang chưa có trong content/links.yaml. Mọi địa chỉ cổng đưa người dân tới phải có trong links.yaml, kèm nguồn: thêm nó vào đó, rồi dùng <LinkCard id="…" /> trong hướng dẫn hoặc trường links của kế hoạch.',
      },
    ]);
  });
});
