import { describe, expect, it } from 'vitest';
import { toFieldProblems } from '../../src/check/body-tree.ts';
import { readImports } from '../../src/check/mdx-imports.ts';
import { parseBody } from '../../src/check/mdx-parse.ts';

function read(body: string) {
  const parsed = parseBody(body, 'mdx', 20);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const { images, problems } = readImports(parsed.tree, 20);
  return { images, problems: toFieldProblems(problems).map(({ field, message }) => `${field}: ${message}`) };
}

describe('the import lines of a guide', () => {
  it('declare pictures, each with its line', () => {
    expect(read("import thanhDiaChi from './hinh/thanh-dia-chi.svg';\nimport anh from \"./hinh/anh.PNG\"\n\nChữ.")).toEqual({
      images: [
        { name: 'thanhDiaChi', source: './hinh/thanh-dia-chi.svg', line: 20 },
        { name: 'anh', source: './hinh/anh.PNG', line: 21 },
      ],
      problems: [],
    });
  });

  it('refuse code, blocks and paths that are not relative', () => {
    const body = [
      'export const nam = 2025;',
      '',
      "import Callout from '../../src/components/guide/Callout.astro';",
      '',
      "import { anh } from './hinh/anh.svg';",
      '',
      "import anh from 'hinh/anh.svg';",
    ].join('\n');
    expect(read(body).problems).toEqual([
      "nội dung › dòng 20: Hướng dẫn không chứa mã: xóa dòng export này. Phần thân chỉ có chữ Markdown, các khối <Callout>, <Figure>, <HelpLine>, <LinkCard>, <Prepare>, <Question>, <Quiz>, <Steps>, và dòng khai báo hình (import anh from './hinh/ten-hinh.svg';).",
      'nội dung › dòng 22: Chỉ khai báo (import) được hình .svg, .png, .jpg, .jpeg, .webp, .gif, không nhận "../../src/components/guide/Callout.astro". Các khối <Callout>, <Figure>, <HelpLine>, <LinkCard>, <Prepare>, <Question>, <Quiz>, <Steps> có sẵn, không cần import: xóa dòng này.',
      "nội dung › dòng 24: Dòng import viết sai. Mỗi hình khai báo một dòng, đúng dạng: import anh from './hinh/ten-hinh.svg'; (tên hình chỉ gồm chữ không dấu và số, đường dẫn trong dấu nháy).",
      "nội dung › dòng 26: Đường dẫn hình phải bắt đầu bằng ./ (tính từ tệp hướng dẫn): viết import anh from './hinh/anh.svg';",
    ]);
  });
});
