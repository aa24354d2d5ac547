/**
 * Telling a content file's encoding from its bytes: UTF-8 (with or without BOM), UTF-16,
 * and the legacy Vietnamese encodings editors' machines still save in.
 */
import { describe, expect, it } from 'vitest';
import { decodeLegacy, detectEncoding, encodeLegacy } from '../../src/lib/encoding.ts';
import { isVietnameseSyllable } from '../../src/lib/keyboard-input.ts';

const SAMPLE =
  'Ngày Chuyển đổi số quốc gia: người dân được hướng dẫn sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và tự bảo vệ trên không gian mạng.';
const YAML_SAMPLE = `year: 2024\ntheme:\n  text: "Phổ cập kỹ năng số, thúc đẩy chuyển đổi số toàn dân"\nslogans:\n  - text: "Đảng lãnh đạo, Nhà nước kiến tạo, doanh nghiệp tiên phong"\n`;

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out.push(...(order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(out);
}
const hex = (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');

describe('the legacy tables', () => {
  it('write "Việt Đức" as each code page does', () => {
    // Windows-1258: ê precomposed (EA), the dot below as a combining mark (F2), Đ = D0.
    expect(hex(encodeLegacy('Việt Đức', 'windows-1258'))).toBe('56 69 ea f2 74 20 d0 fd ec 63');
    // TCVN3: one byte per letter (ệ = D6, ứ = F8); Đ = A7.
    expect(hex(encodeLegacy('Việt Đức', 'tcvn3'))).toBe('56 69 d6 74 20 a7 f8 63');
    // VNI-Windows: the vowel, then a byte that draws its marks (e + ä = ệ); ư = ö, Đ = Ñ.
    expect(hex(encodeLegacy('Việt Đức', 'vni'))).toBe('56 69 65 e4 74 20 d1 f6 f9 63');
  });

  it.each(['windows-1258', 'tcvn3', 'vni'] as const)('read back what they write (%s)', (encoding) => {
    const lower = SAMPLE.toLowerCase();
    expect(decodeLegacy(encodeLegacy(lower, encoding), encoding)).toBe(lower);
  });
});

describe('Vietnamese syllables', () => {
  it('accepts words and refuses byte soup', () => {
    expect(['người', 'Nghiêng', 'chuyển', 'quốc', 'giữa', 'khuya', 'Đức'].map(isVietnameseSyllable)).toEqual([true, true, true, true, true, true, true]);
    expect(['viêịt', 'ngưßi', 'vieät', 'ngö', 'áà'].map(isVietnameseSyllable)).toEqual([false, false, false, false, false]);
  });
});

describe('detectEncoding', () => {
  it('UTF-8, with or without a BOM, CRLF or not', () => {
    expect(detectEncoding(utf8(SAMPLE))).toBe('utf-8');
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(YAML_SAMPLE.replace(/\n/g, '\r\n'))]))).toBe('utf-8');
    expect(detectEncoding(new Uint8Array())).toBe('utf-8');
  });

  it('UTF-16 by its BOM, or by a NUL every other byte', () => {
    expect(detectEncoding(utf16(YAML_SAMPLE, 'le', true))).toBe('utf-16le');
    expect(detectEncoding(utf16(YAML_SAMPLE, 'be', true))).toBe('utf-16be');
    expect(detectEncoding(utf16(YAML_SAMPLE, 'le', false))).toBe('utf-16le');
    expect(detectEncoding(utf16(YAML_SAMPLE, 'be', false))).toBe('utf-16be');
  });

  it.each(['windows-1258', 'tcvn3', 'vni'] as const)('%s, from a sentence and from a YAML file', (encoding) => {
    expect(detectEncoding(encodeLegacy(SAMPLE, encoding))).toBe(encoding);
    expect(detectEncoding(encodeLegacy(YAML_SAMPLE, encoding))).toBe(encoding);
    // One accented word is enough.
    expect(detectEncoding(encodeLegacy('title: Giới thiệu', encoding))).toBe(encoding);
  });

  it('anything else that is not UTF-8 is "unknown"', () => {
    // German and Spanish in Latin-1, and bytes that are no text, read as no Vietnamese.
    const latin1 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
    expect(detectEncoding(latin1('title: Zürich, Größe, señor'))).toBe('unknown');
    expect(detectEncoding(latin1('café à Paris, ça va'))).toBe('unknown');
    expect(detectEncoding(Uint8Array.from([0xff, 0x80, 0x81, 0x9f, 0xc0, 0xc1]))).toBe('unknown');
  });
});
