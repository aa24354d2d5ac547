import { describe, expect, it } from 'vitest';
import { addressProblems, allowedHosts } from '../../src/check/body-addresses.ts';
import { headingProblems } from '../../src/check/body-headings.ts';
import { parseBody } from '../../src/check/mdx-parse.ts';

const hosts = allowedHosts(['https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', 'https://www.binhdanhocvuso.gov.vn/']);

describe('addresses in a body', () => {
  it('accepts the addresses links.yaml holds, and anything in fenced code', () => {
    const body = ['## Cách làm', 'Vào https://dichvucong.gov.vn hoặc https://binhdanhocvuso.gov.vn/khoa-hoc.', '```', 'https://vi-du.vn', '```'].join('\n');
    expect(addressProblems(body, 10, hosts)).toEqual([]);
  });

  it('names an address links.yaml does not hold, on its line, without the full stop after it', () => {
    expect(addressProblems('Chữ.\nXem https://vi-du.vn/trang.', 3, hosts)).toEqual([
      {
        line: 4,
        parts: [],
        message:
          'Địa chỉ https://vi-du.vn/trang chưa có trong content/links.yaml. Mọi địa chỉ cổng đưa người dân tới phải có trong links.yaml, kèm nguồn: thêm nó vào đó, rồi dùng <LinkCard id="…" /> trong hướng dẫn hoặc trường links của kế hoạch.',
        covers: ['https://vi-du.vn/trang'],
      },
    ]);
  });
});

describe('headings in a body', () => {
  it('refuses a first-level heading, written # or underlined, and nothing in code', () => {
    const parsed = parseBody('# Tiêu đề\n\nTên\n===\n\n## Mục\n\n```\n# không phải tiêu đề\n```', 'md', 3);
    if (!parsed.ok) throw new Error('parse');
    const message = 'Tiêu đề một dấu # trùng với tên trang (lấy từ trường title). Trong phần thân, dùng ## cho mục và ### cho mục nhỏ.';
    expect(headingProblems(parsed.tree, 3)).toEqual([
      { line: 3, parts: [], message },
      { line: 5, parts: [], message },
    ]);
  });
});
