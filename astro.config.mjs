// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { loadBuildSettings } from './src/check/settings.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const settings = await loadBuildSettings(root, process.env);

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 2 },
  integrations: [contentCheck(root, settings.contentDir), mdx(), sitemap(), pagefindIndex()],
  vite: {
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
