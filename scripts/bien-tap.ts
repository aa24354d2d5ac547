/**
 * `npm run bien-tap`: the web editor on the editor's own computer. Starts the preview
 * server (astro dev) and opens /admin/ in the browser; there, "Làm việc với kho mã nguồn
 * cục bộ" (work with the local repository) asks for the project folder and edits the
 * files in content/ directly. Every save shows on the preview pages at once. Needs
 * Chrome or Edge (the browser's folder picker); Ctrl+C stops the server.
 */
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The command that opens an address in the default browser, per system. */
export function openCommand(platform: NodeJS.Platform, url: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}

const server = spawn(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'dev'], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'inherit'],
  env: process.env,
});
let opened = false;
server.stdout.on('data', (chunk: Buffer) => {
  const text = chunk.toString('utf8');
  process.stdout.write(text);
  // Astro prints the address it serves, with the base path ("http://localhost:4321/cds/").
  const address = /https?:\/\/(?:localhost|127\.0\.0\.1):\d+\/\S*/.exec(text.replace(/\x1b\[[0-9;]*m/g, ''))?.[0];
  if (address && !opened) {
    opened = true;
    const url = `${address.endsWith('/') ? address : `${address}/`}admin/`;
    console.log(`\nTrình biên tập: ${url}\nBấm "Làm việc với kho mã nguồn cục bộ" rồi chọn thư mục của dự án (thư mục chứa content/).\nDùng Chrome hoặc Edge. Bấm Ctrl+C để dừng.\n`);
    if (!process.env.CDS_NO_OPEN) {
      const [command, args] = openCommand(process.platform, url);
      spawn(command, args, { stdio: 'ignore', detached: true }).on('error', () => {
        console.log(`Không tự mở được trình duyệt: mở ${url} bằng tay.`);
      }).unref();
    }
  }
});
const stop = () => server.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
