import { describe, expect, it } from 'vitest';
import { toFieldProblems } from '../../src/check/body-tree.ts';
import { imageName, importPath, mdxComponentProblems, type ComponentContext } from '../../src/check/mdx-components.ts';
import { parseBody } from '../../src/check/mdx-parse.ts';

const context: ComponentContext = {
  images: [{ name: 'anh', source: './hinh/anh.svg', line: 3 }],
  links: ['vneid', 'dich-vu-cong-quoc-gia'],
  shown: 'content',
  pictures: ['hinh/anh.svg', 'hinh/thanh-dia-chi.svg'],
};

function problems(body: string, ctx = context): string[] {
  const parsed = parseBody(body, 'mdx', 5);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return toFieldProblems(mdxComponentProblems(parsed.tree, 5, ctx)).map(({ field, message }) => `${field}: ${message}`);
}

describe('the blocks of a guide', () => {
  it('accepts the blocks as the shipped guides write them', () => {
    const body = [
      '<Prepare>\n- Điện thoại.\n</Prepare>',
      '<Steps>\n1. Mở.\n</Steps>',
      '<Callout type="danger" title="Chiêu “chuyển nhầm tiền”">\nChữ.\n</Callout>',
      '<Callout>\nGhi chú.\n</Callout>',
      '<Figure src={anh} alt="Thanh địa chỉ" caption="Chú thích." />',
      '<LinkCard id="vneid" />',
    ].join('\n\n');
    expect(problems(body)).toEqual([]);
  });

  it('names a block that does not exist, with the one meant', () => {
    expect(problems('<CanhBao title="Chú ý">\nChữ.\n</CanhBao>')).toEqual([
      'nội dung › dòng 5: Không có khối <CanhBao>. Có lẽ ý bạn là khối <Callout> với type="warning": sửa <CanhBao> thành <Callout> và </CanhBao> thành </Callout>. Hướng dẫn dùng được các khối Callout, Figure, HelpLine, LinkCard, Prepare, Question, Quiz, Steps: có sẵn, không cần import (xem mục 6 của content/README.md).',
    ]);
    expect(problems('<LinkCards id="vneid" />')[0]).toContain('Có lẽ ý bạn là khối <LinkCard>: sửa <LinkCards> thành <LinkCard>.');
    expect(problems('<Video id="x" />')[0]).toBe(
      'nội dung › dòng 5: Không có khối <Video>. Hướng dẫn dùng được các khối Callout, Figure, HelpLine, LinkCard, Prepare, Question, Quiz, Steps: có sẵn, không cần import (xem mục 6 của content/README.md).',
    );
  });

  it('checks each prop against the list of the block', () => {
    expect(problems('<Callout type="canh-bao">\nx\n</Callout>\n\n<Callout tyep="note">\nx\n</Callout>\n\n<Steps start="2">\n1. x\n</Steps>')).toEqual([
      'nội dung › dòng 5 › Callout › type: Khối <Callout> có type="canh-bao" không dùng được. Chỉ nhận: note (lưu ý), warning (cảnh báo), danger (nguy hiểm).',
      'nội dung › dòng 9 › Callout › tyep: Khối <Callout> không có thuộc tính "tyep": sửa thành type. Thuộc tính dùng được: type, title.',
      'nội dung › dòng 13 › Steps › start: Khối <Steps> không có thuộc tính "start". Khối <Steps> không nhận thuộc tính nào: xóa start.',
    ]);
    expect(problems('<Callout type title={"Chú ý"} onClick="x()">\nx\n</Callout>')).toEqual([
      'nội dung › dòng 5 › Callout › type: Thuộc tính type chưa có giá trị: viết type="note".',
      'nội dung › dòng 5 › Callout › title: Giá trị của title viết trong ngoặc kép: title="…", không dùng {…}.',
      'nội dung › dòng 5 › Callout › onClick: Thẻ HTML có thuộc tính on…= (chạy mã khi bấm hay khi tải ảnh): cổng không chấp nhận. Xóa thuộc tính đó.',
    ]);
  });

  it('asks for the required props, and a link id links.yaml holds', () => {
    expect(problems('<LinkCard />\n\n<LinkCard id="vneid-app" />\n\n<Figure src={anh} alt=" " />')).toEqual([
      'nội dung › dòng 5 › LinkCard › id: LinkCard cần mã liên kết, ví dụ <LinkCard id="dich-vu-cong-quoc-gia" />.',
      'nội dung › dòng 7 › LinkCard › id: Không có liên kết mã "vneid-app" trong content/links.yaml. Dùng một mã có sẵn: vneid, dich-vu-cong-quoc-gia.',
      'nội dung › dòng 9 › Figure › alt: Hình thiếu lời mô tả (alt). Viết alt="…" kể lại điều hình cho thấy, để người không xem được hình (dùng máy đọc màn hình, mạng chậm) vẫn hiểu.',
    ]);
    // links.yaml unreadable: its own error says so, ids are not judged.
    expect(problems('<LinkCard id="vneid-app" />', { ...context, links: undefined })).toEqual([]);
  });

  it('takes a picture declared with import, not a path', () => {
    expect(problems('<Figure src="hinh/thanh-dia-chi.svg" alt="Hình" />\n\n<Figure src={thanhDiaChi} alt="Hình" />\n\n<Figure src="anh" alt="Hình" />')).toEqual([
      "nội dung › dòng 5 › Figure › src: <Figure> không nhận đường dẫn hình trong ngoặc kép (src=\"hinh/thanh-dia-chi.svg\"): hình phải được khai báo để cổng biết cỡ hình và thu nhỏ nó. Thêm dòng import thanhDiaChi from './hinh/thanh-dia-chi.svg'; ngay dưới phần đầu tệp (sau dòng ---), rồi viết src={thanhDiaChi}.",
      "nội dung › dòng 7 › Figure › src: Chưa khai báo hình \"thanhDiaChi\". Thêm dòng import thanhDiaChi from './hinh/thanh-dia-chi.svg'; ngay dưới phần đầu tệp.",
      'nội dung › dòng 9 › Figure › src: Viết src={anh} (trong ngoặc nhọn, không phải ngoặc kép): anh là tên hình đã khai báo.',
    ]);
    expect(problems('<Figure src="https://vi-du.vn/a.png" alt="Hình" />')[0]).toContain('Cổng không tải hình từ trang khác (https://vi-du.vn/a.png)');
    expect(problems('<Figure alt="Hình" />')[0]).toBe(
      "nội dung › dòng 5 › Figure › src: Hình thiếu src. Khai báo hình ngay dưới phần đầu tệp: import anh from './hinh/ten-hinh.svg';, rồi viết <Figure src={anh} alt=\"…\" />.",
    );
  });

  it('leaves HTML tags to the HTML rules', () => {
    expect(problems('Một<br />hai <strong>ba</strong>')).toEqual([]);
  });
});

describe('the import line a message proposes', () => {
  it('names the picture after its file, in letters an import takes', () => {
    expect(imageName('hinh/thanh-dia-chi.svg')).toBe('thanhDiaChi');
    expect(imageName('Ảnh Đăng nhập.PNG')).toBe('anhDangNhap');
    expect(imageName('2024-le.png')).toBe('hinh2024Le');
    expect(importPath('hinh/a.svg')).toBe('./hinh/a.svg');
    expect(importPath('content/guides/hinh/a.svg')).toBe('./hinh/a.svg');
    expect(importPath('../hinh/a.svg')).toBe('../hinh/a.svg');
  });
});
