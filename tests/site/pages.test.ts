/** The built portal, read as a visitor would: which pages exist and what they say. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { formatRange } from '../../src/lib/dates.ts';
import { shorten } from '../../src/lib/shorten.ts';
import { ROOT } from '../fixtures/content-copy.ts';
import { htmlFiles, readPage, textOf } from '../support/html.ts';
import { SITES } from './build-sites.ts';

const dist = SITES.root.dir;
const { content } = await checkContent(ROOT);
const page = async (path: string) => textOf(await readPage(dist, path));

describe('the built portal', () => {
  it('has the home page, 4 year pages, 5 plan pages, 5 guides, the calendar and its filters, links, about, search, open data, the banner kit and 404', async () => {
    const files = await htmlFiles(dist);
    expect(files).toEqual(expect.arrayContaining([
      '404.html',
      'banner/anh-dai-dien/index.html',
      'banner/index.html',
      'gioi-thieu/index.html',
      'index.html',
      'ke-hoach/duc-tho-2024/index.html',
      'ke-hoach/hau-giang-2024/index.html',
      'ke-hoach/index.html',
      'ke-hoach/nghe-an-2024/index.html',
      'ke-hoach/son-duong-2022/index.html',
      'ke-hoach/thach-ha-2025/index.html',
      'ky-nang-so/dich-vu-cong-truc-tuyen/index.html',
      'ky-nang-so/index.html',
      'ky-nang-so/mua-sam-truc-tuyen/index.html',
      'ky-nang-so/su-dung-nen-tang-so/index.html',
      'ky-nang-so/thanh-toan-truc-tuyen/index.html',
      'ky-nang-so/tu-bao-ve-tren-khong-gian-mang/index.html',
      'lich/index.html',
      'lien-ket/index.html',
      'nam/2022/index.html',
      'nam/2023/index.html',
      'nam/2024/index.html',
      'nam/2025/index.html',
      'nam/index.html',
      'tim-kiem/index.html',
      'du-lieu/index.html',
      'ke-hoach/tinh/ha-tinh/index.html',
      'lich/thang/2024-10/index.html',
      'lich/thuong-xuyen/index.html',
      'lich/tinh/ha-tinh/index.html',
      'lich/tinh/ha-tinh/thang/2024-10/index.html',
      'lich/tinh/hau-giang/don-vi/hoi-tin-hoc-tinh/index.html',
    ]));
    // Beyond those, the calendar's lists: by month, by province and month, by unit.
    expect(files.filter((file) => file.startsWith('lich/')).length).toBeGreaterThan(30);
  });

  it('home: the current theme and slogans, what is on now and next, days to 10/10', async () => {
    const home = await page('/');
    expect(home).toContain('“Chuyển đổi số: nhanh hơn, hiệu quả hơn, gần dân hơn”');
    expect(home).toContain('Đi từng ngõ, gõ từng nhà, hướng dẫn từng người dân kỹ năng số, sử dụng các dịch vụ số');
    // Built as of 05/10/2024 (CDS_TODAY): the 10-day door-to-door campaigns are running.
    expect(home).toContain('Còn 5 ngày đến Ngày Chuyển đổi số quốc gia 10/10/2024');
    // A portal of every locality shows the province-level plans' activities; the calendar has the rest.
    const now = home.slice(home.indexOf('Đang diễn ra'), home.indexOf('Sắp diễn ra'));
    expect(now).toContain('Các hoạt động trong các kế hoạch cấp tỉnh đang diễn ra ngày 05/10/2024');
    expect(now).toContain('Kế hoạch 2024 của UBND tỉnh Nghệ An');
    expect(now).not.toContain('huyện Đức Thọ');
    expect(now).toMatch(/Và \d+ hoạt động khác trong các kế hoạch cấp tỉnh đang diễn ra\./);
    expect(home).toMatch(/Sắp diễn ra .*10\/10\/2024 Văn bản ghi: Trong ngày 10\/10\/2024 Tham gia Tọa đàm của Thủ tướng Chính phủ/);
  });

  it('plan pages show every activity with lead, partners and time as the documents give them', async () => {
    for (const plan of content.plans) {
      const text = await page(`/ke-hoach/${plan.id}/`);
      expect(text).toContain(plan.data.title);
      for (const activity of plan.data.activities) {
        expect(text).toContain(activity.task);
        for (const unit of [...activity.lead, ...activity.partners]) expect(text).toContain(unit);
        if (activity.start && activity.end) expect(text).toContain(formatRange(activity.start, activity.end));
        if (activity.period !== 'Thường xuyên') expect(text).toContain(`Văn bản ghi: ${activity.period}`);
      }
    }
  });

  it('a plan page names its source document and leaves blank numbers blank', async () => {
    const text = await page('/ke-hoach/hau-giang-2024/');
    expect(text).toContain('Văn bản để trống số');
    expect(text).toContain('Số 934/QĐ-BTTTT, ngày 07/06/2024');
    expect(text).toContain('Đồng Văn Thanh');
    expect(await page('/ke-hoach/duc-tho-2024/')).toContain('Số, ngày văn bản Không rõ');
  });

  it('year pages show the theme with its sources', async () => {
    const text = await page('/nam/2023/');
    expect(text).toContain('“Khai thác dữ liệu số để tạo ra giá trị”');
    expect(text).toContain('Lời tiếng Việt chưa được đối chiếu');
    expect(text).toContain('VietnamPlus (tiếng Tây Ban Nha)');
    const y2025 = await page('/nam/2025/');
    expect(y2025).toContain('dời sang ngày 21/10 vì ảnh hưởng của bão');
  });

  it('the calendar lists every dated activity in the month pages it runs in, with its year and locality', async () => {
    const october = await page('/lich/thang/2024-10/');
    const dated = content.plans.flatMap((plan) => plan.data.activities.filter((activity) => activity.start?.startsWith('2024-10')));
    // Lists shorten long tasks; the plan page has them whole.
    for (const activity of dated) expect(october).toContain(shorten(activity.task, 200).replace(/…$/, ''));
    expect(october).toContain('huyện Đức Thọ (Hà Tĩnh)');
    expect(await page('/lich/thang/2022-10/')).toContain('Kế hoạch 2022 của UBND huyện Sơn Dương');
    expect(await page('/lich/thuong-xuyen/')).toContain('binhdanhocvuso.gov.vn');
  });

  it('plans are browsed by province, then by level', async () => {
    const index = await page('/ke-hoach/');
    expect(index).toContain('5 kế hoạch hưởng ứng Ngày Chuyển đổi số quốc gia');
    expect(index).toMatch(/Hà Tĩnh \(2 kế hoạch\) 0 1 kế hoạch cấp huyện của Hà Tĩnh 1 kế hoạch cấp xã của Hà Tĩnh/);
    const haTinh = await page('/ke-hoach/tinh/ha-tinh/');
    expect(haTinh).toMatch(/Cấp huyện Kế hoạch của UBND huyện Đức Thọ, năm 2024 .* Cấp xã Kế hoạch của UBND xã Thạch Hà, năm 2025/);
    expect(await page('/ke-hoach/duc-tho-2024/')).toMatch(/Kế hoạch Hà Tĩnh/);
  });

  it('the links page lists every URL, grouped by kind', async () => {
    const html = await readPage(dist, '/lien-ket/');
    for (const link of content.links) expect(html).toContain(`href="${link.data.url}"`);
    const text = textOf(html);
    expect(text).toMatch(/Dịch vụ công trực tuyến .*Cổng Dịch vụ công quốc gia/);
    expect(text).toMatch(/Thương mại điện tử .*hatiplaza/);
  });

  it('the about page cites Decision 505/QĐ-TTg', async () => {
    expect(await page('/gioi-thieu/')).toContain('Quyết định số 505/QĐ-TTg');
  });

  it('every page is Vietnamese, has a canonical URL, Open Graph tags and print information', async () => {
    for (const file of await htmlFiles(dist)) {
      const html = await readFile(join(dist, file), 'utf8');
      expect(html, file).toContain('<html lang="vi"');
      if (file !== '404.html') expect(html, file).toMatch(/<link rel="canonical" href="https:\/\/cds\.test\//);
      expect(html, file).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html, file).toContain('class="print-only"');
    }
  });

  it('robots.txt points to the sitemap', async () => {
    expect(await readFile(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://cds.test/sitemap-index.xml');
  });
});
