/**
 * /admin/: Sveltia CMS bundled from npm by the site's own build (the prebuilt file on a CDN
 * would fetch its strings and fonts from other hosts), started by hand with the
 * configuration the page carries, generated at build time from src/schemas/.
 */
import './admin-locale.ts';
import CMS from '@sveltia/cms';

/**
 * Sveltia adds its own viewport tag with maximum-scale=1, which stops an editor from
 * zooming in (WCAG 1.4.4; many editors read small text with difficulty). Keep its other
 * settings and let the page zoom.
 */
function allowZoom(): void {
  const fix = () => {
    for (const meta of document.head.querySelectorAll<HTMLMetaElement>('meta[name="viewport"]')) {
      const content = meta.content.split(',').map((part) => part.trim());
      const kept = content.filter((part) => !/^(maximum-scale|user-scalable)\s*=/.test(part));
      if (kept.length !== content.length) meta.content = kept.join(', ');
    }
  };
  new MutationObserver(fix).observe(document.head, { childList: true, subtree: true, attributes: true, attributeFilter: ['content'] });
  fix();
}

allowZoom();
const carrier = document.getElementById('cau-hinh-bien-tap');
const config = JSON.parse(carrier?.textContent ?? '{}');
CMS.init({ config });
