/**
 * What the portal's navigation offers, in the order a citizen looks for it: the skills
 * first, then this year's campaign and what is on; the pages for staff (banners, open
 * data) live in the footer. Paths are relative to the site's base.
 */
import { paths } from './url.ts';

export interface NavItem {
  path: string;
  label: string;
}

export function citizenNav(year: number): NavItem[] {
  return [
    { path: paths.skills, label: 'Kỹ năng số' },
    { path: paths.year(year), label: `Chủ đề năm ${year}` },
    { path: paths.calendar, label: 'Lịch hoạt động' },
    { path: paths.plans, label: 'Kế hoạch' },
    { path: paths.links, label: 'Nền tảng số' },
    { path: paths.about, label: 'Giới thiệu' },
  ];
}

/** Pages for local staff: reachable from every page's footer, never first. */
export function staffNav(): NavItem[] {
  return [
    { path: paths.banners, label: 'Bộ banner và mã nhúng' },
    { path: paths.avatar, label: 'Khung ảnh đại diện' },
    { path: paths.openData, label: 'Dữ liệu mở' },
  ];
}
