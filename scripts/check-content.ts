/**
 * `npm run check:content`: the content check alone (what `npm run build` runs first), for
 * editors and CI. Exits 1 when content/ has a problem, 0 otherwise.
 *
 *   node scripts/check-content.ts [--format text|github] [--junit FILE]
 *
 * text (default): the build's Vietnamese report on stderr.
 * github: the same report on stderr, plus one `::error file=…,line=…::` annotation per
 * problem on stdout (the line from the message, or found in the file for a field) (GitHub Actions shows them on the pull request's files), plus a
 * Markdown summary appended to $GITHUB_STEP_SUMMARY when that variable is set.
 * --junit FILE: also writes the problems as a JUnit XML report (one failed test per
 * problem), which GitLab shows on the merge request.
 * Environment: CDS_CONTENT_DIR (see src/check/settings.ts).
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/check/content.ts';
import { fieldLine } from '../src/check/field-line.ts';
import { loadBuildSettings } from '../src/check/settings.ts';
import { githubAnnotations, junitReport, markdownSummary, problemLine, type ReportedProblem } from '../src/lib/ci-report.ts';
import { formatProblems } from '../src/schemas/errors.ts';

const FORMATS = ['text', 'github'] as const;
type Format = (typeof FORMATS)[number];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let format: Format;
let junit: string | undefined;
try {
  const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' }, junit: { type: 'string' } } });
  if (!FORMATS.includes(values.format as Format)) throw new Error(`--format ${values.format}`);
  format = values.format as Format;
  junit = values.junit;
} catch {
  console.error(`Cách dùng: node scripts/check-content.ts [--format ${FORMATS.join('|')}] [--junit tep.xml]`);
  process.exit(2);
}

const settings = await loadBuildSettings(root, process.env);
const { problems } = await checkContent(root, settings.contentDir);
const report = problems.length > 0 ? formatProblems(problems) : '';

if (problems.length > 0) console.error(report);
else console.log(`Nội dung hợp lệ (${settings.contentDir}/): không có lỗi.`);

/** Each problem with its line, found in its file for a schema problem that names a field. */
async function withLines(): Promise<ReportedProblem[]> {
  const sources = new Map<string, Promise<string | undefined>>();
  const source = (file: string) => {
    if (!sources.has(file)) sources.set(file, readFile(join(root, file), 'utf8').catch(() => undefined));
    return sources.get(file)!;
  };
  return Promise.all(
    problems.map(async (problem) => {
      if (problemLine(problem) !== undefined || (!problem.field && !problem.message.startsWith('Trường không được hỗ trợ'))) return problem;
      const text = await source(problem.file);
      const line = text === undefined ? undefined : fieldLine(problem.file, text, problem.field, problem.message);
      return line === undefined ? problem : { ...problem, line };
    }),
  );
}

const located = format === 'github' || junit ? await withLines() : problems;
if (junit) await writeFile(resolve(process.cwd(), junit), junitReport(located));
if (format === 'github') {
  for (const line of githubAnnotations(located)) console.log(line);
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) await appendFile(summaryFile, markdownSummary(problems, report));
}
process.exit(problems.length > 0 ? 1 : 0);
