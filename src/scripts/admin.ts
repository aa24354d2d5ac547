/**
 * /admin/: Sveltia CMS bundled from npm by the site's own build (the prebuilt file on a CDN
 * would fetch its strings and fonts from other hosts), started by hand with the
 * configuration the page carries, generated at build time from src/schemas/.
 */
import './admin-locale.ts';
import CMS from '@sveltia/cms';
import { readEntryFile, writeEntryFile } from '../lib/cms/entry-file.ts';
import { COLLECTIONS } from '../lib/cms/collections.ts';
import { CMS_FORMATS } from '../lib/cms/formats.ts';
import { withYearBlocks } from '../lib/cms/year-blocks.ts';
import portalStyles from '../styles/global.css?url';
import { GuidePreview, PlanPreview } from './admin-preview.ts';

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
// Files written in the house style (src/lib/cms/house-yaml.ts): a save changes only what the editor changed.
for (const format of Object.values(CMS_FORMATS)) {
  const prepare = format === CMS_FORMATS.year ? withYearBlocks : (content: unknown) => content;
  CMS.registerCustomFormat(format.name, format.extension, {
    fromFile: (text: string) => readEntryFile(text, format.kind),
    toFile: (content: unknown) => writeEntryFile(prepare(content), format.kind),
  });
}
// Previews drawn with the portal's markup and stylesheet (admin-preview.ts).
CMS.registerPreviewStyle(portalStyles);
CMS.registerPreviewTemplate(COLLECTIONS.plans, PlanPreview);
CMS.registerPreviewTemplate(COLLECTIONS.guides, GuidePreview);
const carrier = document.getElementById('cau-hinh-bien-tap');
const config = JSON.parse(carrier?.textContent ?? '{}');
CMS.init({ config });
