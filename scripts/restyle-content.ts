/**
 * `npm run chuan-hoa`: rewrites every file of content/ in the house style the web editor
 * writes (src/lib/cms/house-yaml.ts), so a later save in /admin/ changes only what the
 * editor changes. The content stays the same; comment lines (#) are not kept, and the
 * command says so for each file that had them. A file YAML cannot read is left as it is
 * (the content check, `npm run check:content`, says what is wrong with it).
 *
 * Options:
 *   --thu-muc content   content folder (default: content, or CDS_CONTENT_DIR)
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { entryKindOf, restyle } from '../src/lib/cms/restyle.ts';

const { values } = parseArgs({ options: { 'thu-muc': { type: 'string' } } });
const folder = resolve(values['thu-muc'] ?? process.env.CDS_CONTENT_DIR ?? 'content');
const lines: string[] = [];
let changed = 0;
for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
  const path = join(entry.parentPath, entry.name);
  const kind = entryKindOf(entry.name);
  if (!entry.isFile() || !kind || relative(folder, path) === 'README.md') continue;
  const result = restyle(await readFile(path, 'utf8'), kind);
  const shown = relative(process.cwd(), path);
  if (result.kind === 'unreadable') lines.push(`Bỏ qua ${shown}: tệp có lỗi, chạy npm run check:content để xem và sửa.`);
  if (result.kind !== 'changed') continue;
  await writeFile(path, result.text);
  changed += 1;
  lines.push(`Đã viết lại ${shown}${result.droppedComments > 0 ? ` (bỏ ${result.droppedComments} dòng chú thích #: lời dặn nằm trong content/README.md và trong gợi ý của trình biên tập)` : ''}.`);
}
lines.push(changed === 0 ? 'Mọi tệp đã đúng kiểu, không sửa tệp nào.' : `Đã viết lại ${changed} tệp; nội dung không đổi.`);
console.log(lines.join('\n'));
