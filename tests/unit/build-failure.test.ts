import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/check/content.ts';
import {
  BODY_LIMIT_BYTES,
  bodySizeWarnings,
  contentFileForRoute,
  contentFileInError,
  explainFailure,
  isAstroErrorLog,
  isStackFrame,
  oneLine,
  renderFailureLine,
  routeInLog,
} from '../../scripts/lib/build-failure.ts';

const content = {
  years: [{ id: '2025', file: 'content/years/2025.yaml', data: { year: 2025 } }],
  plans: [{ id: 'thach-ha-2025', file: 'content/plans/thach-ha-2025.md', data: {}, body: 'ngắn' }],
  links: [],
  pages: [{ id: 'gioi-thieu', file: 'content/pages/gioi-thieu.md', data: {}, body: 'x'.repeat(BODY_LIMIT_BYTES + 1) }],
  guides: [{ id: 'mua-sam', file: 'content/guides/mua-sam.mdx', data: { skill: 'mua-sam-truc-tuyen' }, body: "import anh from './hinh/anh.jpg';" }],
} as unknown as Content;

describe('the content file behind a page', () => {
  it.each([
    ['/ky-nang-so/mua-sam-truc-tuyen/', '/', 'content/guides/mua-sam.mdx'],
    ['/cds/ky-nang-so/mua-sam-truc-tuyen/to-roi/', '/cds/', 'content/guides/mua-sam.mdx'],
    ['/ke-hoach/thach-ha-2025/', '/', 'content/plans/thach-ha-2025.md'],
    ['/nam/2025/', '/', 'content/years/2025.yaml'],
    ['/gioi-thieu/', '/', 'content/pages/gioi-thieu.md'],
    ['/lich/', '/', undefined],
  ])('%s (base %s)', (route, base, file) => {
    expect(contentFileForRoute(route, base, content)).toBe(file);
  });

  it('is read from the error when it names a file of the content folder', () => {
    expect(contentFileInError('in /repo/content/guides/a.mdx:3:1', '/repo', 'content')).toBe('content/guides/a.mdx');
    expect(contentFileInError('in /repo/src/x.ts', '/repo', 'content')).toBeUndefined();
  });
});

describe('a failure Astro reports in English', () => {
  it('is said in Vietnamese with the fix, naming the file that uses the picture', () => {
    const message = 'Build failed with 1 error: [plugin astro:assets:esm] NoImageMetadata: Could not process image metadata for `/repo/content/guides/hinh/anh.jpg`.';
    expect(explainFailure(message, content, (path) => path.replace('/repo/', ''))).toEqual({
      text: 'không đọc được ảnh content/guides/hinh/anh.jpg: tệp hỏng hoặc tải về chưa hết. Mở ảnh gốc bằng một trình sửa ảnh, lưu lại thành PNG (hoặc xuất SVG), rồi thay tệp này.',
      file: 'content/guides/mua-sam.mdx',
    });
  });

  it('is left as it is when unknown', () => {
    expect(explainFailure('ReferenceError: x is not defined', content, (path) => path)).toBeUndefined();
  });
});

describe("Astro's output", () => {
  it('knows stack frames and its error lines, and finds the route', () => {
    expect(isStackFrame('    at render (file:///x.mjs:1:2)')).toBe(true);
    expect(isStackFrame('Chỉ nhận: note, warning, danger.')).toBe(false);
    expect(isAstroErrorLog('\u001b[31m00:46:32 [ERROR] Error: x')).toBe(true);
    expect(routeInLog('00:46:32 [ERROR] [build] Caught error rendering /ky-nang-so/x/: Error: y')).toBe('/ky-nang-so/x/');
  });

  it('puts the message on one line without frames', () => {
    expect(oneLine('Error one\n    at a (b:1:2)\n  second line')).toBe('Error one second line');
    expect(renderFailureLine('boom', 'content/guides/a.mdx', '/ky-nang-so/a/')).toBe('Lỗi trong tệp content/guides/a.mdx (trang /ky-nang-so/a/): boom');
    expect(renderFailureLine('boom', undefined, '/lich/')).toBe('Lỗi khi dựng trang /lich/: boom');
  });
});

describe('a body over the size limit', () => {
  it('is warned about, naming the file', () => {
    const warnings = bodySizeWarnings(content);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Cảnh báo: tệp content/pages/gioi-thieu.md có phần nội dung 201 KB, quá 200 KB.');
  });
});
