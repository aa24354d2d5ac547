import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/lib/banner/formats.ts';
import { formatTitle, galleryItemId } from '../../src/lib/banner/gallery.ts';

const byId = (id: string) => FORMATS.find((format) => format.id === id)!;

describe('format titles', () => {
  it('put the Vietnamese name and the size first, the English term apart', () => {
    expect(formatTitle(byId('728x90'))).toEqual({ text: 'Băng ngang đầu trang · 728×90', term: 'Leaderboard' });
    expect(formatTitle(byId('300x250'))).toEqual({ text: 'Ô chữ nhật cột bên · 300×250', term: 'Medium Rectangle' });
    expect(formatTitle(byId('bang-ron'))).toEqual({ text: 'Băng rôn treo ngang · 5000×1000' });
  });

  it('every format has a Vietnamese name of its own, in NFC, with no English term inside', () => {
    const names = FORMATS.map((format) => format.name);
    expect(new Set(names).size).toBe(FORMATS.length);
    for (const format of FORMATS) {
      expect(format.name.normalize('NFC'), format.id).toBe(format.name);
      if (format.term) expect(format.name.toLowerCase(), format.id).not.toContain(format.term.toLowerCase());
    }
  });

  it('every web size carries its English term, the word a CMS may use for the slot', () => {
    for (const format of FORMATS.filter((entry) => entry.kind === 'web')) expect(format.term, format.id).toMatch(/^[A-Z][A-Za-z ]+$/);
  });
});

describe('gallery ids', () => {
  it('are ASCII slugs of the year and the format, unique within and across years', () => {
    expect(galleryItemId(2025, byId('728x90'))).toBe('banner-2025-728x90');
    expect(galleryItemId(2024, byId('khung-anh-dai-dien'))).toBe('banner-2024-khung-anh-dai-dien');
    const ids = [2024, 2025].flatMap((year) => FORMATS.map((format) => galleryItemId(year, format)));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });
});
