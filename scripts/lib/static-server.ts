/**
 * Serves a built site under its base path on 127.0.0.1, like a plain web host would: files as
 * they are, no compression. With `gzip`, text files (HTML, CSS, JavaScript, JSON, SVG, XML,
 * text) go out gzipped at level 9 to a browser that accepts it, as the hosting guide of
 * `npm run package` has hosts do; Pagefind's index and WebAssembly are already compressed
 * and go out as they are, as they would from such a host.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

const COMPRESSED = new Set(['.html', '.css', '.js', '.svg', '.xml', '.txt', '.json']);

async function fileFor(dir: string, pathname: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(dir, safe), join(dir, safe, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

/** The file the server sends for a URL path: the page, or 404.html when there is none. */
export async function servedFile(dir: string, base: string, pathname: string): Promise<{ file: string; found: boolean }> {
  const inside = pathname.startsWith(base) ? pathname.slice(base.length - 1) : undefined;
  const file = inside === undefined ? undefined : await fileFor(dir, inside);
  return file ? { file, found: true } : { file: join(dir, '404.html'), found: false };
}

export async function serve(dir: string, base: string, options: { gzip?: boolean } = {}): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const { file, found } = await servedFile(dir, base, pathname);
    const headers: Record<string, string> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
    const gzip = options.gzip === true && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (gzip) headers['Content-Encoding'] = 'gzip';
    response.writeHead(found ? 200 : 404, headers);
    const body = createReadStream(file);
    if (gzip) body.pipe(createGzip({ level: 9 })).pipe(response);
    else body.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
