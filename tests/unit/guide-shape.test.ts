import { describe, expect, it } from 'vitest';
import { stepsLine, wordsBeforeSteps } from '../../src/lib/guide-shape.ts';

describe('the words before a guide’s steps', () => {
  const body = 'Mở đầu ngắn gọn.\n\n## Cần chuẩn bị\n\n<Prepare>\n- Điện thoại.\n</Prepare>\n\n<Steps>\n1. **Mở trang.** Gõ địa chỉ.\n</Steps>\n';

  it('counts what a reader sees, not tags or Markdown marks', () => {
    expect(wordsBeforeSteps(body)).toBe(9);
    expect(stepsLine(body)).toBe(9);
  });

  it('is undefined for a guide without steps', () => {
    expect(wordsBeforeSteps('Chỉ có một đoạn văn.')).toBeUndefined();
    expect(stepsLine('<StepsList>')).toBeUndefined();
  });
});
