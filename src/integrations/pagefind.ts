/**
 * Builds the search index with Pagefind's Node API once Astro has written the site. Any
 * Pagefind error fails the build, and Pagefind is always closed (its service is a child
 * process that would otherwise keep the build alive).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { isSearchable, pageUrl, forIndexing } from '../lib/search-index.ts';

/** Pagefind writes several ready-made UIs; the portal has its own, so these are not shipped. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function fail(step: string, errors: readonly string[]): never {
  throw new SearchIndexError(`Không tạo được chỉ mục tìm kiếm (${step}):\n${errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'cds:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true }))
          .filter((file) => file.endsWith('.html'))
          .sort();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
          if (!index || errors.length > 0) fail('khởi động', errors);
          let pages = 0;
          for (const file of files) {
            const html = await readFile(join(root, file), 'utf8');
            if (!isSearchable(html)) continue;
            const added = await index.addHTMLFile({ url: pageUrl(file), content: forIndexing(html) });
            if (added.errors.length > 0) fail(file, added.errors);
            pages += 1;
          }
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length > 0) fail('ghi tệp', written.errors);
          for (const name of await readdir(join(root, 'pagefind'))) {
            if (UNUSED.test(name)) await rm(join(root, 'pagefind', name));
          }
          logger.info(`Đã lập chỉ mục tìm kiếm cho ${pages} trang.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
