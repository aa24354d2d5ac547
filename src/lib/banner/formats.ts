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
  /** What the format is for, in Vietnamese, for the gallery. */
  label: string;
  /** Largest file a portal slot accepts, for web sizes. */
  maxBytes?: number;
}

const KB = 1024;

export const FORMATS: readonly BannerFormat[] = [
  { id: '728x90', width: 728, height: 90, kind: 'web', label: 'Băng ngang (leaderboard)', maxBytes: 150 * KB },
  { id: '970x90', width: 970, height: 90, kind: 'web', label: 'Băng ngang lớn', maxBytes: 150 * KB },
  { id: '970x250', width: 970, height: 250, kind: 'web', label: 'Băng đầu trang (billboard)', maxBytes: 150 * KB },
  { id: '300x250', width: 300, height: 250, kind: 'web', label: 'Ô chữ nhật vừa', maxBytes: 150 * KB },
  { id: '300x600', width: 300, height: 600, kind: 'web', label: 'Cột dọc nửa trang', maxBytes: 150 * KB },
  { id: '160x600', width: 160, height: 600, kind: 'web', label: 'Cột dọc hẹp', maxBytes: 150 * KB },
  { id: '320x50', width: 320, height: 50, kind: 'web', label: 'Băng nhỏ trên điện thoại', maxBytes: 50 * KB },
  { id: '320x100', width: 320, height: 100, kind: 'web', label: 'Băng lớn trên điện thoại', maxBytes: 50 * KB },
  { id: 'og', width: 1200, height: 630, kind: 'social', label: 'Ảnh chia sẻ mạng xã hội (Open Graph)' },
  { id: 'vuong', width: 1080, height: 1080, kind: 'social', label: 'Ảnh vuông cho mạng xã hội' },
  { id: 'khung-anh-dai-dien', width: 1080, height: 1080, kind: 'frame', label: 'Khung ảnh đại diện (nền trong suốt)' },
  { id: 'bang-ron', width: 5000, height: 1000, kind: 'print', label: 'Băng rôn treo ngang (tỉ lệ 5:1)' },
  { id: 'phuon', width: 1000, height: 3000, kind: 'print', label: 'Phướn treo dọc (tỉ lệ 1:3)' },
];

export const WEB_FORMATS = FORMATS.filter((format) => format.kind === 'web');

/** The files a format gives: PNG always; WebP and a 2× PNG for web sizes; SVG for print. */
export function filesOf(format: BannerFormat): string[] {
  if (format.kind === 'web') return [`${format.id}.png`, `${format.id}@2x.png`, `${format.id}.webp`];
  if (format.kind === 'print') return [`${format.id}.png`, `${format.id}.svg`];
  return [`${format.id}.png`];
}
