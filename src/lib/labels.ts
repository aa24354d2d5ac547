/** Vietnamese words for the codes that content files use. */
import type { Level } from '../schemas/common.ts';
import type { LinkKind } from '../schemas/link.ts';
import type { Skill } from '../schemas/skills.ts';

export const LEVEL_LABELS: Record<Level, string> = {
  tinh: 'Cấp tỉnh',
  huyen: 'Cấp huyện',
  xa: 'Cấp xã',
};

/** The word that goes before a locality's name: "huyện Đức Thọ". */
export const LEVEL_NOUNS: Record<Level, string> = {
  tinh: 'tỉnh',
  huyen: 'huyện',
  xa: 'xã',
};

export const LINK_KIND_LABELS: Record<LinkKind, string> = {
  'dich-vu-cong': 'Dịch vụ công trực tuyến',
  'dinh-danh': 'Định danh điện tử',
  'hoc-tap': 'Học tập kỹ năng số',
  'thuong-mai-dien-tu': 'Thương mại điện tử',
  'thanh-toan': 'Thanh toán trực tuyến',
  'an-toan': 'An toàn trên không gian mạng',
  'do-kiem': 'Đo kiểm chất lượng mạng',
};

export const SKILL_LABELS: Record<Skill, string> = {
  'dich-vu-cong-truc-tuyen': 'Sử dụng dịch vụ công trực tuyến',
  'mua-sam-truc-tuyen': 'Mua sắm trực tuyến',
  'thanh-toan-truc-tuyen': 'Thanh toán trực tuyến',
  'tu-bao-ve-tren-khong-gian-mang': 'Tự bảo vệ mình trên không gian mạng',
  'su-dung-nen-tang-so': 'Sử dụng nền tảng số',
};

export function localityName(locality: { name: string; level: Level; province?: string | undefined }): string {
  const own = `${LEVEL_NOUNS[locality.level]} ${locality.name}`;
  return locality.province && locality.level !== 'tinh' ? `${own} (${locality.province})` : own;
}

export interface PortalOwner {
  /** The agency's name, or the locality's with its level ("xã Thạch Hà (Hà Tĩnh)"). */
  name: string;
  isAgency: boolean;
}

/**
 * Whose portal it is, in words: the owning agency where site.yaml names one (Decree 42
 * art. 4), else the locality it serves; undefined for a portal of every locality.
 */
export function portalOwner(site: {
  locality?: { name: string; level: Level; province?: string | undefined } | undefined;
  contact: { agency?: string | null | undefined };
}): PortalOwner | undefined {
  if (site.contact.agency) return { name: site.contact.agency, isAgency: true };
  return site.locality ? { name: localityName(site.locality), isAgency: false } : undefined;
}

/** Kinds of page, as search results and its filter name them. */
export const PAGE_TYPES = {
  guide: 'Hướng dẫn',
  plan: 'Kế hoạch',
  year: 'Chủ đề năm',
  links: 'Nền tảng số',
  calendar: 'Lịch hoạt động',
  page: 'Trang thông tin',
} as const;

export type PageType = keyof typeof PAGE_TYPES;

/** The province a locality belongs to: its own name when it is a province. */
export function provinceOf(locality: { name: string; level: Level; province?: string | undefined }): string {
  return locality.level === 'tinh' ? locality.name : (locality.province ?? locality.name);
}
