import { describe, expect, it } from 'vitest';
import { expressionProblems } from '../../src/check/mdx-expressions.ts';
import { parseBody } from '../../src/check/mdx-parse.ts';

function messages(body: string) {
  const parsed = parseBody(body, 'mdx', 3);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return expressionProblems(parsed.tree, 3).map(({ line, message }) => `${line}: ${message}`);
}

describe('{…} in a guide', () => {
  it('is refused in text, in a line of its own, in a block; written \\{ … \\} it is text', () => {
    expect(messages('Nhận hàng tại {nha}.\n\n{ 1 + 1 }\n\n<Steps>\n1. Bấm {nut}.\n</Steps>\n\nGiá \\{100\\} và `{code}`.')).toEqual([
      '3: Dấu ngoặc nhọn {nha} bị đọc là mã (biểu thức), và trang sẽ lỗi khi dựng. Muốn viết chính dấu ngoặc nhọn, viết \\{nha\\}; không thì bỏ hai dấu ngoặc: nha.',
      '5: Dấu ngoặc nhọn {1 + 1} bị đọc là mã (biểu thức), và trang sẽ lỗi khi dựng. Muốn viết chính dấu ngoặc nhọn, viết \\{1 + 1\\}; không thì bỏ hai dấu ngoặc: 1 + 1.',
      '8: Dấu ngoặc nhọn {nut} bị đọc là mã (biểu thức), và trang sẽ lỗi khi dựng. Muốn viết chính dấu ngoặc nhọn, viết \\{nut\\}; không thì bỏ hai dấu ngoặc: nut.',
    ]);
  });

  it('leaves the attributes to the blocks (src={anh})', () => {
    expect(messages('<Figure src={anh} alt="Hình" />')).toEqual([]);
  });
});
