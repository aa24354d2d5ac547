/**
 * Every internal URL goes through here so the site works under any sub-path: `base` is
 * Astro's BASE_URL ("/" or "/cds/").
 */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}

/** Absolute URL of a page, for canonical links, Open Graph and printing. */
export function absoluteUrl(site: string, pathWithBase: string): string {
  return new URL(pathWithBase, site.endsWith('/') ? site : `${site}/`).href;
}

export const paths = {
  home: '',
  years: 'nam/',
  year: (year: number) => `nam/${year}/`,
  plans: 'ke-hoach/',
  plan: (id: string) => `ke-hoach/${id}/`,
  calendar: 'lich/',
  links: 'lien-ket/',
  about: 'gioi-thieu/',
  skills: 'ky-nang-so/',
  search: 'tim-kiem/',
  banners: 'banner/',
  avatar: 'banner/anh-dai-dien/',
  banner: (year: number, file: string) => `banner/${year}/${file}`,
  guideCard: (skill: string) => `banner/huong-dan/${skill}.png`,
  guide: (skill: string) => `ky-nang-so/${skill}/`,
} as const;
