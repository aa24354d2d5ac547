/**
 * Every banner the kit makes for a year. Web sizes are the IAB standard units local
 * portals have slots for; their file-size limits follow the IAB's initial-load budgets
 * (150 KB, 50 KB for the small mobile units). Street banners (băng rôn) are wide, about 5:1;
 * vertical flags (phướn) about 1:3.
 */
export type FormatKind = 'web' | 'social' | 'frame' | 'print';

export interface BannerFormat {
  id: string;
  width: number;
  height: number;
  kind: FormatKind;
  /**
   * What the format is called in Vietnamese, for the gallery and its index. Portal staff
   * look for a slot by its place ("đầu trang", "cột bên") and its size, not by a trade name.
   */
  name: string;
  /** The English trade term (IAB and ad-server names) a CMS's slot settings may use; shown second. */
  term?: string;
  /** What to know before using it, as a sentence. */
  note?: string;
  /** Largest file a portal slot accepts, for web sizes. */
  maxBytes?: number;
}

const KB = 1024;

export const FORMATS: readonly BannerFormat[] = [
  { id: '728x90', width: 728, height: 90, kind: 'web', name: 'Băng ngang đầu trang', term: 'Leaderboard', maxBytes: 150 * KB },
  { id: '970x90', width: 970, height: 90, kind: 'web', name: 'Băng ngang rộng', term: 'Super Leaderboard', maxBytes: 150 * KB },
  { id: '970x250', width: 970, height: 250, kind: 'web', name: 'Bảng lớn đầu trang', term: 'Billboard', maxBytes: 150 * KB },
  { id: '300x250', width: 300, height: 250, kind: 'web', name: 'Ô chữ nhật cột bên', term: 'Medium Rectangle', maxBytes: 150 * KB },
  { id: '300x600', width: 300, height: 600, kind: 'web', name: 'Cột dọc nửa trang', term: 'Half Page', maxBytes: 150 * KB },
  { id: '160x600', width: 160, height: 600, kind: 'web', name: 'Cột dọc hẹp', term: 'Wide Skyscraper', maxBytes: 150 * KB },
  { id: '320x50', width: 320, height: 50, kind: 'web', name: 'Băng nhỏ trên điện thoại', term: 'Mobile Leaderboard', maxBytes: 50 * KB },
  { id: '320x100', width: 320, height: 100, kind: 'web', name: 'Băng lớn trên điện thoại', term: 'Large Mobile Banner', maxBytes: 50 * KB },
  { id: 'og', width: 1200, height: 630, kind: 'social', name: 'Ảnh chia sẻ mạng xã hội', term: 'Open Graph' },
  { id: 'vuong', width: 1080, height: 1080, kind: 'social', name: 'Ảnh vuông cho mạng xã hội' },
  { id: 'khung-anh-dai-dien', width: 1080, height: 1080, kind: 'frame', name: 'Khung ảnh đại diện', note: 'Nền trong suốt ở giữa, để đặt ảnh của bạn vào.' },
  { id: 'bang-ron', width: 5000, height: 1000, kind: 'print', name: 'Băng rôn treo ngang', note: 'Tỉ lệ 5:1 (dài gấp năm lần cao).' },
  { id: 'phuon', width: 1000, height: 3000, kind: 'print', name: 'Phướn treo dọc', note: 'Tỉ lệ 1:3 (cao gấp ba lần rộng).' },
];

export const WEB_FORMATS = FORMATS.filter((format) => format.kind === 'web');

/** The files a format gives: PNG always; WebP and a 2× PNG for web sizes; SVG for print. */
export function filesOf(format: BannerFormat): string[] {
  if (format.kind === 'web') return [`${format.id}.png`, `${format.id}@2x.png`, `${format.id}.webp`];
  if (format.kind === 'print') return [`${format.id}.png`, `${format.id}.svg`];
  return [`${format.id}.png`];
}
