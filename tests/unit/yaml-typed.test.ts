/**
 * Text YAML reads as something else where a field holds text: digits typed bare (a phone
 * number loses its leading 0), an item with ": " inside (read as a field). The message
 * shows what was typed, on its line, and the same in double quotes.
 */
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { contentWith, ROOT, type Edit } from '../fixtures/content-copy.ts';

async function problemsFor(edits: Edit[]) {
  const dir = await contentWith(edits);
  try {
    return (await checkContent(ROOT, dir)).problems.map((problem) => `${problem.field}: ${problem.message}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('digits typed where text is expected', () => {
  it('a phone number keeps its leading 0 in the message, and the fix', async () => {
    expect(await problemsFor([{ file: 'site.yaml', find: 'contact: {}', replace: 'contact:\n  agency: UBND xã Thạch Hà\n  phone: 0912345678' }])).toEqual([
      'contact › phone: Dòng 8: YAML đọc 0912345678 thành số 912345678, mất số 0 ở đầu, mà trường này cần chữ. Viết trong ngoặc kép, ví dụ: phone: "0912345678"',
    ]);
  });

  it('"+84…" keeps its "+"', async () => {
    expect(await problemsFor([{ file: 'site.yaml', find: 'contact: {}', replace: 'contact:\n  phone: +84912345678' }])).toEqual([
      'contact › phone: Dòng 7: YAML đọc +84912345678 thành số 84912345678, mất dấu + ở đầu, mà trường này cần chữ. Viết trong ngoặc kép, ví dụ: phone: "+84912345678"',
    ]);
  });

  it('a document number typed as digits, in a front matter', async () => {
    expect(await problemsFor([{ file: 'plans/duc-tho-2024.md', find: 'number: 388/KH-UBND', replace: 'number: 0388' }])).toEqual([
      'implements › mục 1 › number: Dòng 11: YAML đọc 0388 thành số 388, mất số 0 ở đầu, mà trường này cần chữ. Viết trong ngoặc kép, ví dụ: number: "0388"',
    ]);
  });

  it('a list item of digits', async () => {
    expect(await problemsFor([{ file: 'plans/duc-tho-2024.md', find: '  - Hưởng ứng Ngày chuyển đổi số Quốc gia 10/10\n', replace: '  - 0210\n' }])).toEqual([
      'slogans › mục 1: Dòng 18: YAML đọc 0210 thành số 210, mất số 0 ở đầu, mà trường này cần chữ. Viết trong ngoặc kép, ví dụ: - "0210"',
    ]);
  });
});

describe('an item with ": " inside', () => {
  it('is told to go in double quotes, not that a group was found', async () => {
    expect(
      await problemsFor([{ file: 'plans/duc-tho-2024.md', find: '  - Thúc đẩy phát triển chính quyền số, kinh tế số, xã hội số\n', replace: '  - Khẩu hiệu: Thúc đẩy phát triển chính quyền số\n' }]),
    ).toEqual([
      'slogans › mục 4: Dòng 21: giá trị có dấu hai chấm và dấu cách (": ") nên YAML hiểu nhầm là một trường mới. Đặt cả giá trị trong ngoặc kép, ví dụ: - "Khẩu hiệu: Thúc đẩy phát triển chính quyền số"',
    ]);
  });
});
