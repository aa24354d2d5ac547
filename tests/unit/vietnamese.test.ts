import { describe, expect, it } from 'vitest';
import { compareVi, foldAll, foldStroke, slugify, words } from '../../src/lib/vietnamese.ts';

describe('folding', () => {
  it('takes the stroke off đ and keeps every other mark', () => {
    expect(foldStroke('Đường đến Đức Thọ')).toBe('Dường dến Dức Thọ');
  });

  it('folds everything for comparison, whatever Unicode form came in', () => {
    expect(foldAll('Chuyển đổi số')).toBe('chuyen doi so');
    expect(foldAll('Chuyển đổi số'.normalize('NFD'))).toBe('chuyen doi so');
    expect(foldAll('ĐĂNG KÝ')).toBe('dang ky');
  });

  it('splits words on anything but letters and digits, in NFC', () => {
    expect(words('Quyết định 505/QĐ-TTg, “Đức Thọ”')).toEqual(['Quyết', 'định', '505', 'QĐ', 'TTg', 'Đức', 'Thọ']);
  });
});

describe('order and slugs', () => {
  it('sorts in Vietnamese alphabetical order', () => {
    expect(['Đức Thọ', 'Dương', 'Ân Thi', 'An Giang'].sort(compareVi)).toEqual(['An Giang', 'Ân Thi', 'Dương', 'Đức Thọ']);
  });

  it('makes a slug without marks', () => {
    expect(slugify('Phòng Văn hóa - Xã hội')).toBe('phong-van-hoa-xa-hoi');
  });
});
