import { describe, expect, it } from 'vitest';
import { fieldLine, fieldLineInYaml } from '../../src/check/field-line.ts';

const plan = [
  '---',
  'title: Kế hoạch',
  'isuer: UBND xã',
  'activities:',
  '  - task: Tuyên truyền',
  '    start: 01/10/2025',
  '    partners:',
  '      - Đoàn Thanh niên',
  '      - name: Hội Phụ nữ',
  '  - task: Ra quân',
  '    end: 02/10/2025',
  'links: [vneid, dvc]',
  '---',
  'Tóm tắt.',
  '',
].join('\n');

describe('the line of a field', () => {
  it.each([
    ['title', '', 2],
    ['activities › mục 2 › end', '', 11],
    ['activities › mục 2 › start', '', 10], // missing: the item's line
    ['activities › mục 1 › partners › mục 2 › name', '', 9],
    ['activities › mục 3', '', 4], // no such item: the list's line
    ['links', '', 12],
    ['', 'Trường không được hỗ trợ: "isuer". Kiểm tra chính tả tên trường (xem content/README.md) hoặc xóa dòng đó.', 3],
    ['activities › mục 1', 'Trường không được hỗ trợ: "start". …', 6],
    ['issuer', 'Thiếu trường bắt buộc "issuer".', undefined],
    ['nội dung › dòng 20 › Figure', '', undefined],
  ])('front matter: %s %s → %s', (field, message, line) => {
    expect(fieldLine('content/plans/x.md', plan, field, message)).toBe(line);
  });

  it('reads a top-level list (links.yaml), CRLF and a BOM', () => {
    const links = '\uFEFF- id: vneid\r\n  url: https://vneid.gov.vn/\r\n- id: dvc\r\n  url: dichvucong\r\n';
    expect(fieldLine('content/links.yaml', links, 'mục 2 › url')).toBe(4);
    expect(fieldLine('content/links.yaml', links, 'mục 1')).toBe(1);
  });

  it('reads list items written at the key’s own indentation', () => {
    const yaml = 'activities:\n- task: a\n- task: b\n  end: 1\ntitle: z\n';
    expect(fieldLineInYaml(yaml, ['activities', 'mục 2', 'end'])).toBe(4);
    expect(fieldLineInYaml(yaml, ['title'])).toBe(5);
  });

  it('finds nothing in a file that is neither YAML nor front matter', () => {
    expect(fieldLine('content/hinh/logo.svg', '<svg/>', 'title')).toBeUndefined();
    expect(fieldLine('content/plans/x.md', 'không có phần đầu', 'title')).toBeUndefined();
  });
});
