/**
 * What `npm run build` and `npm run package` tell whoever hosts the portal when a build is
 * made for a preview address (src/lib/preview-address.ts): what will be wrong, and the fix.
 * Plain strings from plain values, so the words are pinned by unit tests.
 */

const EXAMPLE = 'https://chuyendoiso.tenmien.gov.vn';

/** Every place a build prints its address into, as the person hosting it would check them. */
const WHAT_POINTS_THERE = [
  'mã QR trên tờ in của các hướng dẫn kỹ năng số;',
  'mã nhúng banner mà cổng thông tin các đơn vị chép về;',
  'sơ đồ trang (sitemap-index.xml) và liên kết chuẩn (canonical) của mọi trang;',
  'liên kết và ảnh Open Graph hiện ra khi chia sẻ trang lên Zalo, Facebook.',
].map((line) => `  - ${line}`);

const WHY = 'Địa chỉ này chỉ mở được trên máy dựng cổng hoặc trong mạng nội bộ';
const NOBODY_ELSE = 'người dân và các cổng khác không mở được';

function fix(siteFile: string): string[] {
  return [
    `Cách sửa: ghi địa chỉ thật của cổng vào trường url trong ${siteFile}, ví dụ`,
    `  url: ${EXAMPLE}`,
    'rồi dựng lại (npm run build); hoặc đặt địa chỉ ngay khi dựng, không cần sửa tệp:',
    `  CDS_SITE_URL=${EXAMPLE} npm run build`,
  ];
}

export interface PreviewBuild {
  /** The address the build is made for, base included: "http://localhost:4321/". */
  address: string;
  /** Where `url` is written, e.g. "content/site.yaml". */
  siteFile: string;
}

/** Printed (to stderr) after a build that succeeded but is made for a preview address. */
export function previewBuildWarning({ address, siteFile, fromEnvironment }: PreviewBuild & { fromEnvironment: boolean }): string {
  const rule = '─'.repeat(72);
  return [
    rule,
    `CẢNH BÁO: cổng vừa dựng dùng địa chỉ xem thử ${address}`,
    rule,
    fromEnvironment ? `${WHY}. Địa chỉ lấy từ biến CDS_SITE_URL (được ưu tiên hơn url trong ${siteFile}).` : `${WHY}.`,
    `Nếu đăng tải bản dựng này, những chỗ sau đều trỏ về địa chỉ đó, ${NOBODY_ELSE}:`,
    ...WHAT_POINTS_THERE,
    '',
    ...fix(siteFile),
    '',
    'Bản dựng này vẫn xem thử được (npm run preview), nhưng npm run package sẽ không đóng gói nó.',
    rule,
  ].join('\n');
}

/** Why `npm run package` stops on a folder built for a preview address. */
export function previewPackageRefusal({ address, siteFile, dist }: PreviewBuild & { dist: string }): string {
  return [
    `Không đóng gói: thư mục ${dist} được dựng cho địa chỉ xem thử ${address}`,
    `${WHY}.`,
    `Trong bản dựng này, những chỗ sau đều trỏ về địa chỉ đó, ${NOBODY_ELSE}:`,
    ...WHAT_POINTS_THERE,
    '',
    ...fix(siteFile),
    'Sau đó chạy lại npm run package.',
  ].join('\n');
}

/** Why `npm run package` stops on a folder with no record of the address it was built for. */
export function unknownBuildRefusal(dist: string, manifestFile: string): string {
  return [
    `Không đóng gói: thư mục ${dist} không có tệp ${manifestFile}, tệp npm run build ghi lại địa chỉ`,
    'mà bản dựng dành cho, nên không biết bản dựng trỏ về đâu (thư mục chưa được dựng, hoặc được',
    'dựng bằng phiên bản cũ của công cụ). Chạy npm run build, rồi chạy lại npm run package.',
  ].join('\n');
}
