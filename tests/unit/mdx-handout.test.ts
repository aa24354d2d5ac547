import { describe, expect, it } from 'vitest';
import { toFieldProblems } from '../../src/check/body-tree.ts';
import { handoutProblems } from '../../src/check/mdx-handout.ts';
import { parseBody } from '../../src/check/mdx-parse.ts';

function problems(body: string) {
  const parsed = parseBody(body, 'mdx', 10);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return toFieldProblems(handoutProblems(parsed.tree, 10));
}

describe('what the one-sheet handout needs of a guide', () => {
  it('a <Steps> block', () => {
    expect(problems('1. Một.\n2. Hai.')).toEqual([
      {
        field: 'nội dung › Steps',
        message: 'Hướng dẫn chưa có khối <Steps>. Tờ hướng dẫn in (trang …/to-roi/) lấy các bước từ khối này: bọc danh sách đánh số 1. 2. … giữa <Steps> và </Steps>.',
      },
    ]);
  });

  it('plain Markdown in the blocks it prints, and only those', () => {
    const body = [
      '<Steps>\n1. Mở.\n\n<LinkCard id="vneid" />\n</Steps>',
      '<Callout type="danger">\nXem <Figure src={anh} alt="Hình" />\n</Callout>',
      '<Callout type="note">\n<LinkCard id="vneid" />\n</Callout>',
    ].join('\n\n');
    expect(problems(body).map(({ field }) => field)).toEqual(['nội dung › dòng 10 › Steps', 'nội dung › dòng 16 › Callout']);
    expect(problems(body)[0]?.message).toBe(
      'Khối <Steps> có "<LinkCard": tờ hướng dẫn in chỉ in được chữ Markdown (chữ đậm, danh sách, liên kết). Đưa thành phần <…> hoặc biểu thức {…} ra ngoài khối.',
    );
  });
});
