/**
 * The web editor in Vietnamese whatever the browser's language. Sveltia CMS has no `locale`
 * option: it picks its UI language from its own user preference (Settings → Language),
 * which it stores in localStorage under "sveltia-cms.prefs" as `locale` and reads
 * synchronously when it starts, falling back to `navigator.languages` when the preference
 * is absent or "auto". Writing that preference before Sveltia's module is evaluated
 * (this module is imported first) is the supported path: no patch, no navigator override,
 * and an editor who deliberately picks another language in Settings keeps it.
 */
const PREFS = 'sveltia-cms.prefs';

try {
  const saved: unknown = JSON.parse(localStorage.getItem(PREFS) ?? '{}');
  const prefs = saved && typeof saved === 'object' && !Array.isArray(saved) ? (saved as Record<string, unknown>) : {};
  if (prefs.locale === undefined || prefs.locale === 'auto') {
    localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'vi' }));
  }
} catch {
  // Storage refused (private mode): the editor follows the browser's language.
}
