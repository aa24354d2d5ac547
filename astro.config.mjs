// @ts-check
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { loadBuildSettings } from './src/check/settings.ts';
import { adminFonts } from './src/integrations/admin-fonts.ts';
import { buildManifest } from './src/integrations/build-manifest.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { nfcMarkdown, nfcMdxSource } from './src/integrations/nfc-markdown.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { CONTROLS_SCRIPT, PREFERENCES_SCRIPT, cspHash } from './src/components/display/scripts.ts';
import { READ_ALOUD_SCRIPT } from './src/components/read-aloud/script.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const settings = await loadBuildSettings(root, process.env);

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 2 },
  // A strict Content-Security-Policy in every page: only this site's own files, scripts by
  // hash (no 'unsafe-inline'; the guides' read-aloud script among them), WebAssembly for the search index, blob: images for the
  // profile-picture tool.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [cspHash(PREFERENCES_SCRIPT), cspHash(CONTROLS_SCRIPT), cspHash(READ_ALOUD_SCRIPT)],
      },
    },
  },
  // No code blocks in the content; Shiki's inline styles would break the CSP.
  // Bodies published in NFC whatever form they were typed in (MDX uses the same processor).
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [nfcMarkdown] }) },
  integrations: [contentCheck(root, settings.contentDir), mdx(),
    // /admin/ is the web editor and its help, not pages of the portal.
    sitemap({ filter: (page) => !new URL(page).pathname.includes('/admin/') }),
    pagefindIndex(),, buildManifest()],
  vite: {
    plugins: [nfcMdxSource(), adminFonts()],
    build: {
      rolldownOptions: {
        // Astro's own MDX output trips this warning (withastro/astro#18087); it is harmless
        // and would bury the warnings that matter.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
