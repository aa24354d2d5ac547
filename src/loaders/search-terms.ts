/**
 * content/tim-kiem.yaml as one entry, id "tim-kiem", holding every group of synonyms. Like
 * Astro's file() loader (the one site.yaml and links.yaml use), but the file is optional:
 * without it, or while it has an error, the entry holds no group, so pages never see a
 * half-checked file and never log "not found". The content check reports the error in
 * Vietnamese. While previewing, saving, creating or deleting the file reloads the entry.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { parseYaml, readContentFile } from '../check/read.ts';
import { searchTermsSchema, type SearchTerms } from '../schemas/search-terms.ts';

export const SEARCH_TERMS_ID = 'tim-kiem';

/** The entry's data, the schema of the collection (src/content.config.ts). */
export const searchTermsEntrySchema = z.object({ groups: searchTermsSchema });

export function searchTermsLoader(fileName: string): Loader {
  return {
    name: 'cds:search-terms',
    load: async ({ store, config, parseData, generateDigest, watcher, logger }: LoaderContext) => {
      const path = fileURLToPath(new URL(fileName, config.root));

      async function read(): Promise<{ groups: SearchTerms; text: string }> {
        if (!existsSync(path)) return { groups: [], text: '' };
        const decoded = await readContentFile(path, 'search-terms');
        const parsed = decoded.ok ? parseYaml(decoded.value) : undefined;
        const checked = parsed?.ok ? searchTermsSchema.safeParse(parsed.value) : undefined;
        if (decoded.ok && checked?.success) return { groups: checked.data, text: decoded.value };
        logger.warn(`${fileName} có lỗi (xem báo cáo kiểm tra nội dung): tìm kiếm tạm thời không dùng từ đồng nghĩa.`);
        return { groups: [], text: '' };
      }

      async function sync() {
        const { groups, text } = await read();
        const data = await parseData({ id: SEARCH_TERMS_ID, data: { groups } });
        store.clear();
        store.set({ id: SEARCH_TERMS_ID, data, digest: generateDigest(text) });
      }

      await sync();
      if (!watcher) return;
      watcher.add(path);
      const onChange = async (changed: string) => {
        if (changed !== path) return;
        try {
          await sync();
        } catch (error) {
          logger.error(`Không đọc lại được ${fileName}: ${String(error)}`);
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
    },
  };
}
