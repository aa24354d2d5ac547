import { describe, expect, it } from 'vitest';
import { stepsStart } from '../../src/lib/guide-shape.ts';

describe('the words before a guide’s steps', () => {
  const body = 'Mở đầu ngắn gọn.\n\n## Cần chuẩn bị\n\n<Prepare>\n- Điện thoại.\n</Prepare>\n\n<Steps>\n1. **Mở trang.** Gõ địa chỉ.\n</Steps>\n';

  it('counts what a reader sees, not tags or Markdown marks, and gives the line of the file', () => {
    expect(stepsStart(body)).toEqual({ words: 9, line: 9 });
    // The body of a guide starts on line 12 of its file: the line is the file's.
    expect(stepsStart(body, 12)?.line).toBe(20);
  });

  it('is undefined for a guide without steps', () => {
    expect(stepsStart('Chỉ có một đoạn văn.')).toBeUndefined();
    expect(stepsStart('<StepsList>\n1. Một.\n</StepsList>')).toBeUndefined();
  });
});
