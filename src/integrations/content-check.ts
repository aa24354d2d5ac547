/**
 * Checks content/ before Astro reads it, so the dev server and `astro build` stop with the
 * same Vietnamese message as `npm run build` instead of Astro's English schema error.
 */
import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../check/content.ts';
import { formatProblems } from '../schemas/errors.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function contentCheck(root: string, contentDir: string): AstroIntegration {
  return {
    name: 'cds:content-check',
    hooks: {
      'astro:config:setup': async () => {
        const { problems } = await checkContent(root, contentDir);
        if (problems.length > 0) throw new ContentError(formatProblems(problems));
      },
      // While previewing, check again on every save and print the same report.
      'astro:server:setup': ({ server, logger }) => {
        const folder = resolve(root, contentDir) + sep;
        server.watcher.on('all', async (_event, path) => {
          if (!path.startsWith(folder)) return;
          const { problems } = await checkContent(root, contentDir);
          if (problems.length > 0) logger.error(`\n${formatProblems(problems)}`);
          else logger.info('Nội dung hợp lệ.');
        });
      },
    },
  };
}
