import { describe, expect, it } from 'vitest';
import { imageFileProblem, imageProblems } from '../../src/check/body-images.ts';
import { toFieldProblems } from '../../src/check/body-tree.ts';
import { parseBody } from '../../src/check/mdx-parse.ts';

const files = new Set(['hinh/le.png', 'guides/hinh/thanh-dia-chi.svg', 'plans/thach-ha-2025.md']);

function check(body: string, folder: string, format: 'md' | 'mdx' = 'md', imports: Parameters<typeof imageProblems>[3] = []) {
  const parsed = parseBody(body, format, 4);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const { problems, found } = imageProblems(parsed.tree, 4, { files, folder, shown: 'content' }, imports);
  return { problems: toFieldProblems(problems).map(({ field, message }) => `${field}: ${message}`), found };
}

describe('the pictures of a body', () => {
  it('finds the files they name, relative to the body, with the line that names them', () => {
    expect(check('Đoạn.\n\n![Lễ phát động](../hinh/le.png)', 'plans')).toEqual({ problems: [], found: [{ path: 'hinh/le.png', line: 6 }] });
    const imports = [{ name: 'thanhDiaChi', source: './hinh/thanh-dia-chi.svg', line: 4 }];
    expect(check('![Thanh](./hinh/thanh-dia-chi.svg)', 'guides', 'mdx', imports).found).toEqual([
      { path: 'guides/hinh/thanh-dia-chi.svg', line: 4 },
      { path: 'guides/hinh/thanh-dia-chi.svg', line: 4 },
    ]);
  });

  it('names a missing file, and the file meant when only the case differs', () => {
    expect(check('![Lễ](../hinh/Le.png)\n\n![Lễ](../hinh/khac.jpg)', 'plans').problems).toEqual([
      'nội dung › dòng 4: Không tìm thấy hình content/hinh/Le.png (ghi ở ![…](../hinh/Le.png)). Tệp có tên content/hinh/le.png: viết đúng tên đó, đúng từng chữ hoa, chữ thường.',
      'nội dung › dòng 6: Không tìm thấy hình content/hinh/khac.jpg (ghi ở ![…](../hinh/khac.jpg)). Chép hình vào đó, hoặc sửa đường dẫn cho đúng tên tệp, đúng từng chữ hoa, chữ thường.',
    ]);
    const imports = [{ name: 'anh', source: './hinh/anh.svg', line: 3 }];
    expect(check('Chữ.', 'guides', 'mdx', imports).problems).toEqual([
      'nội dung › dòng 3: Không tìm thấy hình content/guides/hinh/anh.svg (khai báo ở dòng import anh). Chép hình vào đó, hoặc sửa đường dẫn cho đúng tên tệp, đúng từng chữ hoa, chữ thường.',
    ]);
  });

  it('refuses pictures from elsewhere, pasted as text, or without a description', () => {
    expect(check('![Ảnh](https://vi-du.vn/a.png)\n\n![Ảnh](data:image/png;base64,AAAA)\n\n![Ảnh](/hinh/le.png)\n\n![](../hinh/le.png)', 'plans').problems).toEqual([
      'nội dung › dòng 4: Cổng không tải hình từ trang khác (https://vi-du.vn/a.png): mọi thứ trên trang phải tải từ chính cổng. Tải hình về (nếu được phép dùng), chép vào content/hinh/, rồi viết ![lời mô tả](../hinh/ten-hinh.png).',
      'nội dung › dòng 6: Hình dán thẳng vào tệp dưới dạng chữ (data:…) làm trang rất nặng. Lưu hình thành tệp trong content/hinh/, rồi viết ![lời mô tả](../hinh/ten-hinh.png).',
      'nội dung › dòng 8: Đường dẫn hình không bắt đầu bằng "/": viết đường dẫn tính từ tệp này, ví dụ ![lời mô tả](../hinh/ten-hinh.png).',
      'nội dung › dòng 10: Hình thiếu lời mô tả (alt): viết ![lời mô tả](../hinh/le.png), kể lại điều hình cho thấy, để người không xem được hình (dùng máy đọc màn hình, mạng chậm) vẫn hiểu.',
    ]);
  });

  it('refuses an SVG that does not say its size, which Astro cannot place', () => {
    expect(imageFileProblem('hinh/a.svg', { kind: 'svg', sized: false }, 'content')).toBe(
      'Ảnh content/hinh/a.svg không ghi kích thước (thiếu viewBox, hoặc width và height, trong thẻ <svg>), nên cổng không đặt được ảnh vào trang. Xuất lại ảnh từ phần mềm vẽ (Inkscape: Tệp › Lưu thành… › SVG thường; Illustrator: Xuất › SVG), hoặc thêm viewBox="0 0 rộng cao" vào thẻ <svg>.',
    );
  });
});

describe('imageFileProblem', () => {
  it('accepts what Astro reads, and refuses the rest with how to fix it', () => {
    expect(imageFileProblem('hinh/a.png', { kind: 'png', sized: false }, 'content')).toBeUndefined();
    expect(imageFileProblem('hinh/a.svg', { kind: 'svg', sized: true }, 'content')).toBeUndefined();
    expect(imageFileProblem('hinh/a.png', { kind: 'heic', sized: false }, 'content')).toBe(
      'Tệp content/hinh/a.png là tệp HEIC, không phải ảnh cổng dùng được (PNG, JPEG, WebP, SVG). Mở ảnh gốc bằng một trình sửa ảnh và lưu lại thành PNG (hoặc xuất SVG), rồi thay tệp này.',
    );
    expect(imageFileProblem('hinh/a.png', { kind: undefined, sized: false }, 'content')).toMatch(/^Tệp content\/hinh\/a\.png không phải ảnh PNG, JPEG, WebP hay SVG/);
  });

  it('refuses an SVG that does not say its size, which Astro cannot place', () => {
    expect(imageFileProblem('hinh/a.svg', { kind: 'svg', sized: false }, 'content')).toBe(
      'Ảnh content/hinh/a.svg không ghi kích thước (thiếu viewBox, hoặc width và height, trong thẻ <svg>), nên cổng không đặt được ảnh vào trang. Xuất lại ảnh từ phần mềm vẽ (Inkscape: Tệp › Lưu thành… › SVG thường; Illustrator: Xuất › SVG), hoặc thêm viewBox="0 0 rộng cao" vào thẻ <svg>.',
    );
  });
});
