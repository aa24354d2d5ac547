/**
 * What a message may echo of what the editor typed: about 80 characters at most, cut with
 * "…", whatever the editor (or an attacker) wrote.
 */
import { describe, expect, it } from 'vitest';
import { clip, clipMiddle } from '../../src/lib/clip.ts';
import { echoValue } from '../../src/schemas/errors.ts';
import { level } from '../../src/schemas/common.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { describeIssues } from '../../src/schemas/errors.ts';

describe('clip', () => {
  it('keeps short text and cuts long text with "…"', () => {
    expect(clip('Thạch Hà')).toBe('Thạch Hà');
    const long = 'Kế hoạch triển khai các hoạt động Ngày Chuyển đổi số quốc gia trên địa bàn xã Thạch Hà năm 2025';
    expect([...clip(long)].length).toBeLessThanOrEqual(80);
    expect(clip(long)).toMatch(/^Kế hoạch triển khai.*…$/);
  });

  it('counts letters, not UTF-16 units, and never splits a letter from its tone mark', () => {
    const nfd = 'Ủy ban nhân dân'.normalize('NFD').repeat(10);
    const cut = clip(nfd, 20);
    expect(cut.normalize('NFC')).toBe(cut);
    expect([...cut].length).toBeLessThanOrEqual(20);
  });

  it('keeps both ends of an example, cut between words', () => {
    const value = 'Triển khai Chiến dịch ra quân đồng loạt trên địa bàn toàn xã với phương châm đi từng ngõ, gõ từng nhà';
    const cut = clipMiddle(value, 60);
    expect([...cut].length).toBeLessThanOrEqual(60);
    expect(cut).toMatch(/^Triển khai .* … .*gõ từng nhà$/);
  });
});

describe('values echoed by schema messages', () => {
  it('a huge value is cut, and a list is named, not printed', () => {
    expect(echoValue('x'.repeat(10_000))).toBe(`"${'x'.repeat(79)}…"`);
    expect(echoValue(['x', 'y'])).toBe('một danh sách');
    const huge = level.safeParse('q'.repeat(5_000));
    expect(huge.success).toBe(false);
    expect(huge.error?.issues[0]?.message.length).toBeLessThan(200);
  });

  it('"not text" names what was typed in at most ~80 characters', () => {
    const result = siteSchema.safeParse({ name: 'x', description: 'y', url: 'https://a.gov.vn', defaultYear: 'năm '.repeat(1000) }, { reportInput: true });
    const messages = result.success ? [] : describeIssues(result.error).map((problem) => problem.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.length).toBeLessThan(200);
    expect(messages[0]).toContain('…');
  });
});
