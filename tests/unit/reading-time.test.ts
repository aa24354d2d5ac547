import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time.ts';

describe('reading time', () => {
  it('counts the words a reader sees, not tags, imports or Markdown marks', () => {
    const mdx = [
      "import anh from './hinh/anh.svg';",
      '## Các bước',
      '<Steps>',
      '1. **Mở ứng dụng** VNeID.',
      '</Steps>',
      '<Figure src={anh} alt="Thanh địa chỉ" />',
    ].join('\n');
    expect(countWords(mdx)).toBe(6);
  });

  it('gives whole minutes, at least one', () => {
    expect(readingMinutes('một hai ba')).toBe(1);
    expect(readingMinutes(Array.from({ length: 900 }, () => 'chữ').join(' '))).toBe(6);
  });
});
