import { describe, expect, it } from 'vitest';
import { strayFiles } from '../../src/check/stray-files.ts';

const messages = (paths: string[]) => strayFiles(paths).map(({ file, message }) => `${file}: ${message}`);

describe('every file in content/ is read, or the editor is told why not', () => {
  it('accepts the files the portal reads, and the files the system writes by itself', () => {
    expect(
      strayFiles([
        'README.md',
        'site.yaml',
        'links.yaml',
        'tim-kiem.yaml',
        'years/2025.yaml',
        'plans/thach-ha-2025.md',
        'guides/su-dung-nen-tang-so.mdx',
        'guides/hinh/thanh-dia-chi.svg',
        'pages/gioi-thieu.md',
        'hinh/bieu-trung.png',
        'plans/.DS_Store',
        'Thumbs.db',
        '.gitkeep',
      ]),
    ).toEqual([]);
  });

  it('names a plan saved with a capital or doubled extension, and says what to rename it to', () => {
    expect(messages(['plans/duc-tho-2024.MD', 'plans/nghe-an-2024.md.txt', 'years/2026.yml'])).toEqual([
      'content/plans/duc-tho-2024.MD: Cổng không đọc tệp này: phần đuôi phải viết thường (.md). Đổi tên thành duc-tho-2024.md.',
      'content/plans/nghe-an-2024.md.txt: Cổng không đọc tệp này: tên có thêm đuôi .txt (Notepad hay Word thường tự thêm khi lưu). Đổi tên thành nghe-an-2024.md.',
      'content/years/2026.yml: Cổng không đọc tệp này: tệp chủ đề một năm có đuôi .yaml, không phải .yml. Đổi tên thành 2026.yaml.',
    ]);
  });

  it('names a document of the wrong kind, a stray folder and an unknown top-level file', () => {
    expect(messages(['plans/ke-hoach.docx', 'plans/cu/thach-ha-2024.md', 'Site.yaml', 'ghi-chu.txt'])).toEqual([
      'content/Site.yaml: Cổng không đọc tệp này. Đổi tên thành site.yaml, đúng từng chữ.',
      'content/ghi-chu.txt: Cổng không đọc tệp này. Thư mục content/ chỉ gồm README.md, site.yaml, links.yaml, tim-kiem.yaml và các thư mục years/, plans/, guides/, pages/, hinh/. Nếu là bản nháp hay bản sao, chuyển ra ngoài thư mục content/.',
      'content/plans/cu/thach-ha-2024.md: Cổng không đọc tệp trong thư mục plans/cu/. Tệp kế hoạch đặt thẳng trong plans/, hướng dẫn trong guides/, ảnh trong hinh/ hoặc guides/hinh/; bản nháp, bản sao để ngoài thư mục content/.',
      'content/plans/ke-hoach.docx: Cổng không đọc tệp này: thư mục plans/ chỉ chứa tệp kế hoạch đuôi .md (ví dụ thach-ha-2025.md). Nếu là bản nháp hay bản sao, chuyển ra ngoài thư mục content/.',
    ]);
  });
});
