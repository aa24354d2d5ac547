/**
 * Builds the search index with Pagefind's Node API once Astro has written the site, and
 * the vocabulary the search page corrects typos against. Any Pagefind error fails the
 * build, and Pagefind is always closed (its service is a child process that would
 * otherwise keep the build alive).
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { foldedWords } from '../lib/search/fold.ts';
import { forIndexing, isSearchable, pageUrl, textOfHtml } from '../lib/search/index-record.ts';
import { buildVocabulary } from '../lib/search/typo.ts';
import { paths } from '../lib/url.ts';

/** Pagefind writes several ready-made UIs; the portal has its own, so these are not shipped. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/**
 * Index chunks of about 4,000 word-page pairs (Pagefind's default is 20,000): a search
 * fetches only the chunks holding its words, a few KB each, even on a national portal.
 * Pagefind reads this from its environment; the name says the setting may change, and
 * tests/site/search.test.ts fails if the index stops being split.
 */
const CHUNK_SIZE = '2000';

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
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = CHUNK_SIZE;
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
          if (!index || errors.length > 0) fail('khởi động', errors);
          const pageWords: string[][] = [];
          for (const file of files) {
            const html = await readFile(join(root, file), 'utf8');
            if (!isSearchable(html)) continue;
            const indexed = forIndexing(html);
            const added = await index.addHTMLFile({ url: pageUrl(file), content: indexed });
            if (added.errors.length > 0) fail(file, added.errors);
            pageWords.push(foldedWords(textOfHtml(/<main\b[\s\S]*<\/main>/.exec(indexed)?.[0] ?? '')));
          }
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length > 0) fail('ghi tệp', written.errors);
          for (const name of await readdir(join(root, 'pagefind'))) {
            if (UNUSED.test(name)) await rm(join(root, 'pagefind', name));
          }
          const vocabulary = join(root, paths.searchVocabulary);
          await mkdir(dirname(vocabulary), { recursive: true });
          await writeFile(vocabulary, buildVocabulary(pageWords));
          logger.info(`Đã lập chỉ mục tìm kiếm cho ${pageWords.length} trang.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
