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
  /** Pagefind's script and WebAssembly (the largest files of a search), fetched ahead from a search box. */
  searchScript: 'pagefind/pagefind.js',
  searchWasm: 'pagefind/wasm.unknown.pagefind',
  /** The site's own words, most frequent first: what the search page corrects typos against. */
  searchVocabulary: 'tim-kiem/tu-vung.txt',
  banners: 'banner/',
  avatar: 'banner/anh-dai-dien/',
  banner: (year: number, file: string) => `banner/${year}/${file}`,
  guideCard: (skill: string) => `banner/huong-dan/${skill}.png`,
  /** The logo's copies: header image and favicons (src/pages/bieu-trung/). */
  identity: (file: string) => `bieu-trung/${file}`,
  ics: 'lich.ics',
  yearIcs: (year: number) => `nam/${year}/lich.ics`,
  planIcs: (id: string) => `ke-hoach/${id}/lich.ics`,
  openData: 'du-lieu/',
  dataset: (id: string) => `du-lieu/${id}.json`,
  datasetSchema: (id: string) => `du-lieu/${id}.schema.json`,
  planCsv: (id: string) => `du-lieu/ke-hoach/${id}.csv`,
  calendarMonth: (month: string) => `lich/thang/${month}/`,
  calendarOngoing: 'lich/thuong-xuyen/',
  province: (slug: string) => `ke-hoach/tinh/${slug}/`,
  provinceCalendar: (slug: string) => `lich/tinh/${slug}/`,
  provinceMonth: (slug: string, month: string) => `lich/tinh/${slug}/thang/${month}/`,
  provinceOngoing: (slug: string) => `lich/tinh/${slug}/thuong-xuyen/`,
  provinceUnit: (slug: string, unit: string) => `lich/tinh/${slug}/don-vi/${unit}/`,
  provinceIcs: (slug: string) => `lich/tinh/${slug}/lich.ics`,
  guide: (skill: string) => `ky-nang-so/${skill}/`,
  /** A guide's one-sheet handout, for printing and handing out door to door. */
  guideHandout: (skill: string) => `ky-nang-so/${skill}/to-roi/`,
} as const;
