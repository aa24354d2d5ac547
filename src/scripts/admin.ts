/**
 * /admin/: Sveltia CMS bundled from npm by the site's own build (the prebuilt file on a CDN
 * would fetch its strings and fonts from other hosts), started by hand with the
 * configuration the page carries, generated at build time from src/schemas/.
 */
import './admin-locale.ts';
import CMS from '@sveltia/cms';

const carrier = document.getElementById('cau-hinh-bien-tap');
const config = JSON.parse(carrier?.textContent ?? '{}');
CMS.init({ config });
