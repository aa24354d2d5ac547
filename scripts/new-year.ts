/**
 * `npm run nam-moi -- 2026`: starts a year's file, content/years/2026.yaml, with every
 * field the schema asks for, the theme, slogans and day left empty ("chưa công bố" on the
 * site until an editor writes them from the documents) and comments on where each fact
 * comes from. Never overwrites a file, never copies another year's facts, never touches
 * site.yaml: the home page moves to the new year when an editor changes defaultYear.
 *
 * Options:
 *   --thu-muc content   content folder (default: content, or CDS_CONTENT_DIR)
 * Exit 1, with the reason in Vietnamese and nothing written, when the year is not a
 * 4-digit year from 2022, the content folder is missing or the year's file exists.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { newYearRefusal, newYearYaml, nextSteps, readYearArgument, USAGE } from '../src/lib/new-year.ts';
import { describeIssues } from '../src/schemas/errors.ts';
import { yearSchema } from '../src/schemas/year.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fail(lines: string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { 'thu-muc': { type: 'string' } } });
} catch (error) {
  fail([`Không hiểu lệnh: ${(error as Error).message}`, USAGE]);
}
const { values, positionals } = parsed;
if (positionals.length > 1) fail([`Chỉ tạo một năm mỗi lần; lệnh nhận được: ${positionals.join(' ')}.`, USAGE]);
const argument = readYearArgument(positionals[0]);
if (!argument.ok) fail([argument.message]);
const { year } = argument;

const folder = resolve(root, values['thu-muc'] ?? process.env.CDS_CONTENT_DIR ?? 'content');
/** As the editor knows it: relative to the project when inside it. */
const shown = (path: string) => {
  const inside = relative(root, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split('\\').join('/') : path;
};
const exists = existsSync(folder) && statSync(folder).isDirectory();
const yearsDir = join(folder, 'years');
const yearFiles = exists ? await readdir(yearsDir).catch(() => [] as string[]) : [];
const refusal = newYearRefusal(year, { shown: shown(folder), exists }, yearFiles);
if (refusal) fail([refusal]);

// Checked with the same schema as the build: the file written is one the portal accepts.
const text = newYearYaml(year);
const checked = yearSchema.safeParse(yaml.load(text, { schema: yaml.CORE_SCHEMA }), { reportInput: true });
if (!checked.success) {
  fail(['Tệp năm tạo ra chưa hợp lệ (lỗi của lệnh, không phải của nội dung):', ...describeIssues(checked.error).map((problem) => `  • ${problem.field}: ${problem.message}`)]);
}

const out = join(yearsDir, `${year}.yaml`);
await mkdir(yearsDir, { recursive: true });
try {
  // "wx": never over a file, even one that appeared since the folder was read.
  await writeFile(out, text, { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail([newYearRefusal(year, { shown: shown(folder), exists: true }, [`${year}.yaml`])!]);
  fail([`Không ghi được tệp ${shown(out)}: ${(error as Error).message}`]);
}

/** site.yaml's defaultYear, only to say what the home page shows; the file is not changed. */
async function defaultYear(): Promise<number | undefined> {
  try {
    const site = yaml.load(await readFile(join(folder, 'site.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA }) as { defaultYear?: unknown } | null;
    return typeof site?.defaultYear === 'number' ? site.defaultYear : undefined;
  } catch {
    return undefined;
  }
}

console.log(nextSteps(year, shown(out), await defaultYear()).join('\n'));
