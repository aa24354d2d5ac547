/**
 * `npm run package`: dist/ as one zip for portal administrators, with a short guide in
 * Vietnamese (uploading, sub-paths, caching headers for nginx and Apache). Files are
 * stored with a fixed date so the same site gives the same zip.
 *
 * The zip is what gets handed to the people who host the portal, so it is the last place
 * to stop a build made for a preview address (localhost, a private network): its QR codes,
 * embed snippets, sitemap and canonical links would all point there. The address judged,
 * and the one the guide names, is the one the folder was built for, read from the build's
 * manifest (src/integrations/build-manifest.ts), not today's site.yaml or environment.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { zipSync, type Zippable } from 'fflate';
import { loadBuildSettings } from '../src/check/settings.ts';
import { MANIFEST_FILE, readBuildManifest } from '../src/integrations/build-manifest.ts';
import { isPreviewAddress } from '../src/lib/preview-address.ts';
import { absoluteUrl } from '../src/lib/url.ts';
import { previewPackageRefusal, unknownBuildRefusal } from './lib/preview-address-messages.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'cong-ngay-chuyen-doi-so.zip' } } });
const dist = resolve(root, values.dist);
const out = resolve(root, values.out);
const { contentDir } = await loadBuildSettings(root, process.env);
const distName = `${values.dist.replace(/\/+$/, '')}/`;

const manifest = await readBuildManifest(dist);
if (!manifest) {
  console.error(unknownBuildRefusal(distName, MANIFEST_FILE));
  process.exit(1);
}
const { base, site } = manifest;
if (isPreviewAddress(site)) {
  console.error(previewPackageRefusal({ address: absoluteUrl(site, base), siteFile: `${contentDir}/site.yaml`, dist: distName }));
  process.exit(1);
}

const guide = `# Hướng dẫn đăng tải cổng Ngày Chuyển đổi số quốc gia

Thư mục \`site/\` trong tệp nén là toàn bộ cổng: các tệp HTML, CSS, ảnh, lịch (.ics), dữ liệu mở
và chỉ mục tìm kiếm. Không cần cơ sở dữ liệu, PHP hay Node.js trên máy chủ.

## Đăng tải

1. Giải nén, chép toàn bộ nội dung thư mục \`site/\` lên máy chủ web.
2. Bản này được dựng cho địa chỉ ${site.replace(/\/$/, '')}${base}. Nếu đăng ở nơi khác, sửa \`url\`
   và \`base\` trong \`content/site.yaml\` rồi dựng lại (\`npm run build\`, \`npm run package\`).
   Đăng trong thư mục con (ví dụ /cds/) thì \`base: /cds/\` và chép vào đúng thư mục đó.
3. Đặt trang lỗi 404 là \`404.html\`.

## Bộ nhớ đệm (cache) nên đặt

- \`_astro/\`, \`pagefind/\`: tên tệp đổi khi nội dung đổi, cho phép lưu lâu (1 năm, immutable).
- Các trang HTML, \`.ics\`, \`.json\`, \`.csv\`: lưu ngắn (ví dụ 10 phút) để nội dung mới hiện ra sớm.
- Bật nén gzip hoặc brotli cho HTML, CSS, JS, JSON, ICS, CSV, SVG.

### nginx

\`\`\`
location ${base} {
    root /var/www;  # thư mục chứa site
    try_files $uri $uri/ =404;
    error_page 404 ${base}404.html;
}
location ~* ^${base}(_astro|pagefind)/ {
    add_header Cache-Control "public, max-age=31536000, immutable";
}
location ~* \\.(html|ics|json|csv)$ {
    add_header Cache-Control "public, max-age=600";
}
gzip on;
gzip_types text/css application/javascript application/json text/calendar text/csv image/svg+xml;
types { text/calendar ics; application/wasm pagefind; }
\`\`\`

### Apache (.htaccess)

\`\`\`
ErrorDocument 404 ${base}404.html
AddType text/calendar .ics
<IfModule mod_deflate.c>
  AddOutputFilterByType DEFLATE text/html text/css application/javascript application/json text/calendar text/csv image/svg+xml
</IfModule>
<IfModule mod_headers.c>
  <FilesMatch "\\.(html|ics|json|csv)$">
    Header set Cache-Control "public, max-age=600"
  </FilesMatch>
</IfModule>
\`\`\`

Trong \`_astro/\` và \`pagefind/\`, đặt thêm \`Header set Cache-Control "public, max-age=31536000, immutable"\`.

## Riêng tư và an toàn

Cổng không dùng cookie, không có mã theo dõi, không tải gì từ trang khác. Mỗi trang đã có chính sách
bảo mật nội dung (Content-Security-Policy) trong thẻ meta; nếu máy chủ đặt thêm tiêu đề CSP, đừng
nới lỏng hơn.
`;

const entries: Zippable = { 'HUONG-DAN-DANG-TAI.md': [new TextEncoder().encode(guide), {}] };
for (const file of (await readdir(dist, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile())) {
  const path = join(file.parentPath, file.name);
  const name = path.slice(dist.length + 1).split('\\').join('/');
  // The manifest is for the tools, not the site: nothing to upload.
  if (name === MANIFEST_FILE) continue;
  entries[`site/${name}`] = [new Uint8Array(await readFile(path)), {}];
}
// A fixed date for every entry: the same dist/ always gives the same zip.
const zip = zipSync(entries, { level: 9, mtime: new Date('2022-10-10T00:00:00Z') });
await writeFile(out, zip);
console.log(`Đã tạo ${out} (${(zip.length / 1048576).toFixed(1)} MB, ${Object.keys(entries).length} tệp).`);
