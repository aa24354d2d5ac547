/**
 * Checks content/ before Astro reads it, so `astro build` stops with the same Vietnamese
 * message as `npm run build` instead of Astro's English schema error.
 *
 * The preview server (`npm run dev`) starts even when the content is broken: it checks
 * again on every save, prints the report in the terminal, and while there are mistakes
 * answers every page with that report (src/check/error-page.ts) rather than with old data
 * or Astro's English overlay. Once the file is fixed, the open page reloads by itself.
 */
import type { IncomingMessage } from 'node:http';
import { resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent } from '../check/content.ts';
import { contentErrorPage } from '../check/error-page.ts';
import { formatProblems, type ContentProblem } from '../schemas/errors.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

/** A page (or a path with no extension): the requests the error report stands in for. */
function wantsPage(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  if (path.includes('/@') || path.includes('/node_modules/') || path.startsWith('/_astro/')) return false;
  return (request.headers.accept ?? '').includes('text/html') || path.endsWith('/') || path.endsWith('.html');
}

export function contentCheck(root: string, contentDir: string): AstroIntegration {
  let problems: ContentProblem[] = [];
  let reported = '';
  /** The report in the terminal, once per change: one save can fire several events. */
  const report = (logger: AstroIntegrationLogger) => {
    const text = problems.length > 0 ? `\n${formatProblems(problems)}` : 'Nội dung hợp lệ.';
    if (text === reported) return;
    reported = text;
    if (problems.length > 0) logger.error(text);
    else logger.info(text);
  };
  return {
    name: 'cds:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        ({ problems } = await checkContent(root, contentDir));
        if (problems.length === 0) return;
        if (command !== 'dev') throw new ContentError(formatProblems(problems));
        report(logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        const folder = resolve(root, contentDir);
        // A content folder outside the project (CDS_CONTENT_DIR) is not watched by default.
        server.watcher.add(folder);
        const viteClient = `${server.config.base.replace(/\/?$/, '/')}@vite/client`;
        server.middlewares.use((request, response, next) => {
          if (problems.length === 0 || !wantsPage(request)) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(contentErrorPage(problems, viteClient));
        });
        let checking = Promise.resolve();
        server.watcher.on('all', (_event, path) => {
          if (path !== folder && !path.startsWith(folder + sep)) return;
          // Saves come in bursts (editors write a file, then its backup): one check at a time.
          checking = checking.then(async () => {
            const before = problems.length;
            ({ problems } = await checkContent(root, contentDir));
            report(logger);
            // Astro reloads pages whose data changed; the error page has no data, so reload it here.
            if (before > 0 || problems.length > 0) server.hot.send({ type: 'full-reload' });
          });
        });
      },
    },
  };
}
