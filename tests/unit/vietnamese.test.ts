import { describe, expect, it } from 'vitest';
import { excerpt, foldAll, foldStroke, hasMarks, holdsAllTerms, phraseCount, queryTerms, refine, strokeFoldedWords } from '../../src/lib/vietnamese.ts';

describe('folding', () => {
  it('takes the stroke off đ and keeps every other mark', () => {
    expect(foldStroke('Đường đến Đức Thọ')).toBe('Dường dến Dức Thọ');
  });

  it('folds everything for comparison, whatever Unicode form came in', () => {
    expect(foldAll('Chuyển đổi số')).toBe('chuyen doi so');
    expect(foldAll('Chuyển đổi số'.normalize('NFD'))).toBe('chuyen doi so');
    expect(foldAll('ĐĂNG KÝ')).toBe('dang ky');
  });

  it('lists a page’s đ-words once each, written with d', () => {
    expect(strokeFoldedWords('Đức Thọ: đăng ký, đường truyền, Đức Thọ, dịch vụ')).toBe('dức dăng dường');
  });

  it('tells a query with marks from one without', () => {
    expect(hasMarks('đổi')).toBe(true);
    expect(hasMarks('Doi')).toBe(false);
    expect(queryTerms('Dịch  vụ, CÔNG')).toEqual(['dich', 'vu', 'cong']);
  });
});

describe('holdsAllTerms', () => {
  const text = 'Kế hoạch huyện Đức Thọ: dịch vụ công trực tuyến';

  it('needs every word, so a word that matches nothing gives no result', () => {
    expect(holdsAllTerms(text, queryTerms('duc tho'))).toBe(true);
    expect(holdsAllTerms('Dự án người cao thọ', queryTerms('duc tho'))).toBe(false);
    expect(holdsAllTerms(text, queryTerms('xyzq tho'))).toBe(false);
  });

  it('lets the last word be unfinished, and only the last', () => {
    expect(holdsAllTerms(text, queryTerms('dich vu c'))).toBe(true);
    expect(holdsAllTerms(text, queryTerms('di vu cong'))).toBe(false);
  });
});

describe('refine', () => {
  const pages = [
    { url: '/a/', title: 'Lịch họp', text: 'Dời lịch họp sang tuần sau' },
    { url: '/b/', title: 'Tin tức', text: 'Chuyển đổi số cho người dân' },
    { url: '/c/', title: 'Dự án', text: 'Dự án cho người cao tuổi' },
    { url: '/d/', title: 'Năm 2024', text: 'Các kế hoạch: huyện Đức Thọ; tỉnh Nghệ An' },
    { url: '/e/', title: 'Kế hoạch huyện Đức Thọ', text: 'Huyện Đức Thọ tổ chức Ngày Chuyển đổi số' },
  ];
  const run = (query: string) => refine(pages, query, (page) => page).map((page) => page.url);

  it('keeps Pagefind’s order for a query without marks, dropping pages that lack a word', () => {
    expect(run('doi')).toEqual(['/a/', '/b/', '/e/']);
    expect(run('nguoi cao')).toEqual(['/c/']);
  });

  it('puts pages with the words exactly as typed first for an accented query', () => {
    expect(run('đổi')).toEqual(['/b/', '/e/', '/a/']);
  });

  it('puts the page whose title holds the words above pages that mention them', () => {
    expect(run('duc tho')).toEqual(['/e/', '/d/']);
  });

  it('puts a page with a section headed by the words above one that mentions them as often', () => {
    const mention = { url: '/plan/', title: 'Kế hoạch huyện Đức Thọ', text: 'Hưởng ứng Tháng tiêu dùng số. Tháng tiêu dùng số.' };
    const section = { url: '/year/', title: 'Năm 2024', text: 'Tháng tiêu dùng số. Tháng 10 là Tháng tiêu dùng số.', headings: ['Khẩu hiệu', 'Tháng tiêu dùng số'] };
    expect(refine([mention, section], 'tieu dung so', (page) => page).map((page) => page.url)).toEqual(['/year/', '/plan/']);
    // …but not above a page about them throughout.
    const guide = { url: '/guide/', title: 'Sử dụng nền tảng số', text: 'tiêu dùng số '.repeat(6) };
    const brief = { ...section, text: 'Tháng 10 là Tháng tiêu dùng số.' };
    expect(refine([brief, guide], 'tieu dung so', (page) => page).map((page) => page.url)).toEqual(['/guide/', '/year/']);
  });
});

describe('phraseCount', () => {
  it('counts the words standing together, the last one possibly unfinished', () => {
    expect(phraseCount('Đức Thọ và huyện Đức Thọ', queryTerms('duc tho'))).toBe(2);
    expect(phraseCount('Thọ Đức', queryTerms('duc tho'))).toBe(0);
    expect(phraseCount('dịch vụ công', queryTerms('dich vu c'))).toBe(1);
  });
});

describe('excerpt', () => {
  it('marks the words found, in plain segments', () => {
    const segments = excerpt('Bạn cần đến Bộ phận một cửa để được hướng dẫn đăng ký tài khoản', queryTerms('dang ky'));
    expect(segments.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual(['đăng', 'ký']);
    expect(segments.map((segment) => segment.text).join('')).toBe('Bạn cần đến Bộ phận một cửa để được hướng dẫn đăng ký tài khoản');
  });

  it('starts near the first match in a long text', () => {
    const long = `${Array.from({ length: 60 }, (_, index) => `từ${index}`).join(' ')} đường truyền`;
    const segments = excerpt(long, queryTerms('duong'), 20);
    expect(segments[0]?.text.startsWith('… từ')).toBe(true);
    expect(segments.some((segment) => segment.marked && segment.text === 'đường')).toBe(true);
  });
});
