/** Every internal link and asset resolves, at the root and under a sub-path; the sitemap is complete. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeValues, htmlFiles, readPage, textOf } from '../support/html.ts';
import { SITES } from './build-sites.ts';

function resolves(dir: string, base: string, target: string): boolean {
  const path = target.split('#')[0]?.split('?')[0] ?? '';
  if (!path.startsWith(base)) return false;
  const inside = path.slice(base.length);
  return existsSync(join(dir, inside)) && (inside === '' || !inside.endsWith('/') || existsSync(join(dir, inside, 'index.html')));
}

describe.each(Object.entries(SITES))('%s build', (_, { dir, base, site }) => {
  it('has no broken internal link or asset', async () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of await htmlFiles(dir)) {
      const html = await readFile(join(dir, file), 'utf8');
      for (const href of [...attributeValues(html, 'href'), ...attributeValues(html, 'src')]) {
        // Canonical links are absolute URLs of this same site: they must resolve too.
        const target = href.startsWith(site) ? href.slice(site.length) : href;
        // tel: is a phone number to call (<HelpLine>), not a file of the site.
        if (/^(https?:|mailto:|tel:|#)/.test(target)) continue;
        checked += 1;
        if (!resolves(dir, base, target)) broken.push(`${file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('the sitemap lists every page but the 404', async () => {
    const index = await readFile(join(dir, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`${site}${base}sitemap-0.xml`);
    const sitemap = await readFile(join(dir, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]).sort();
    const pages = (await htmlFiles(dir))
      .filter((file) => file !== '404.html')
      .map((file) => `${site}${base}${file.replace(/index\.html$/, '')}`)
      .sort();
    expect(listed).toEqual(pages);
  });
});

describe('an official link on plain http://', () => {
  const WARNING = 'Cảnh báo: địa chỉ này không có khóa bảo mật (http://, không phải https://). Không nhập mật khẩu, mã OTP hay số thẻ ngân hàng trên trang này. Vì sao cổng vẫn dẫn tới: Kế hoạch của UBND huyện Đức Thọ ghi đúng địa chỉ http://hatiplaza.com/ (không có https); chưa có nguồn nào cho biết sàn đã dùng https.';

  it('is shown with its warning and reason on the links page and in the guide that cites it, and only there', async () => {
    for (const path of ['/lien-ket/', '/ky-nang-so/mua-sam-truc-tuyen/']) {
      const text = textOf(await readPage(SITES.root.dir, path));
      expect(text, path).toContain(WARNING);
      expect(text.split('không có khóa bảo mật').length - 1, path).toBe(1);
    }
    expect(textOf(await readPage(SITES.root.dir, '/ky-nang-so/dich-vu-cong-truc-tuyen/'))).not.toContain('không có khóa bảo mật');
  });
});
