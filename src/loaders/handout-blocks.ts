/**
 * The blocks of each guide that its one-sheet handout prints (src/lib/handout.ts picks
 * them), rendered by Astro's own Markdown pipeline, the one the guide pages use. A loader
 * is the one place Astro hands out that renderer, so the handout shows the editors' text
 * as rendered Markdown and never as raw HTML. One entry per block, id "<guide>/<n>".
 */
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseFrontmatter, readContentFile } from '../check/read.ts';
import { handoutBlocks, type HandoutBlock } from '../lib/handout.ts';

export const handoutBlockSchema = z.object({
  /** Id of the guide (its file name without .mdx). */
  guide: z.string(),
  /** Position in the guide, from 1. */
  order: z.number().int().min(1),
  kind: z.enum(['steps', 'warning', 'helpline', 'question']),
  heading: z.string().optional(),
  level: z.enum(['warning', 'danger']).optional(),
  title: z.string().optional(),
  /** A <HelpLine>'s number, as written, and who answers. */
  number: z.string().optional(),
  name: z.string().optional(),
  /** A <Question>'s text; its answer is the entry's body. */
  question: z.string().optional(),
});

function fieldsOf(block: HandoutBlock) {
  switch (block.kind) {
    case 'steps':
      return { heading: block.heading };
    case 'warning':
      return { level: block.level, title: block.title };
    case 'helpline':
      return { number: block.number, name: block.name };
    case 'question':
      return { question: block.question };
  }
}

export function handoutBlocksLoader(guidesDir: string): Loader {
  return {
    name: 'cds:handout-blocks',
    schema: handoutBlockSchema,
    load: async ({ store, config, parseData, renderMarkdown, generateDigest, watcher, logger }: LoaderContext) => {
      const folder = fileURLToPath(new URL(guidesDir.endsWith('/') ? guidesDir : `${guidesDir}/`, config.root));

      async function sync() {
        const names = (await readdir(folder)).filter((name) => name.endsWith('.mdx')).sort();
        store.clear();
        for (const name of names) {
          const guide = basename(name, '.mdx');
          const text = await readContentFile(join(folder, name), 'guide');
          const read = text.ok ? parseFrontmatter(text.value) : text;
          // A file not in UTF-8 or without front matter is reported by the content check, in Vietnamese.
          if (!read.ok) continue;
          for (const [index, block] of handoutBlocks(read.value.body, read.value.bodyLine).entries()) {
            const id = `${guide}/${index + 1}`;
            const raw = {
              guide,
              order: index + 1,
              kind: block.kind,
              ...fieldsOf(block),
            };
            const data = await parseData({ id, data: raw });
            store.set({ id, data, body: block.markdown, rendered: await renderMarkdown(block.markdown), digest: generateDigest({ ...raw, markdown: block.markdown }) });
          }
        }
      }

      await sync();
      if (!watcher) return;
      // While previewing, a saved guide shows on its handout too.
      watcher.add(folder);
      const onChange = async (path: string) => {
        if (!path.startsWith(folder) || !path.endsWith('.mdx')) return;
        try {
          await sync();
        } catch (error) {
          logger.error(`Không đọc lại được hướng dẫn cho tờ in: ${String(error)}`);
        }
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onChange);
    },
  };
}
