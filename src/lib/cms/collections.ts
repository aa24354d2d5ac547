/** The web editor's collections by name (the names show in /admin/ addresses, so Vietnamese). Its own module: the browser script needs the names without the schemas. */
export const COLLECTIONS = {
  site: 'cai-dat',
  years: 'nam',
  plans: 'ke-hoach',
  links: 'lien-ket',
  guides: 'huong-dan',
  pages: 'trang',
  searchTerms: 'tim-kiem',
} as const;
