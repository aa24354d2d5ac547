/**
 * The content check's problems, formatted for a CI server's change request (pull or merge
 * request): GitHub Actions annotations (`::error file=…,line=…::…`, shown on the changed
 * file and in the run's summary) and a Markdown job summary. Pure formatting: the messages
 * are the check's own Vietnamese ones, the same the build prints.
 */
export interface ReportedProblem {
  /** Path relative to the repository (content/plans/x.md). */
  file: string;
  /** "activities › mục 3 › end", "nội dung › dòng 12 › Figure"; empty for the file as a whole. */
  field: string;
  message: string;
  /** The line, when found apart from the message (a schema problem's field in its file). */
  line?: number;
}

/**
 * The line a problem is on, when it is known: given, "dòng N" in the field (bodies of
 * Markdown/MDX), or a message starting "Dòng N" (YAML mistakes). Lines count from 1 in the file.
 */
export function problemLine(problem: Pick<ReportedProblem, 'field' | 'message' | 'line'>): number | undefined {
  if (problem.line !== undefined) return problem.line;
  const found = /(?:^|›\s*)dòng (\d+)(?:\s*›|$)/.exec(problem.field) ?? /^Dòng (\d+)\b/.exec(problem.message);
  const line = found ? Number(found[1]) : NaN;
  return Number.isInteger(line) && line > 0 ? line : undefined;
}

/** A workflow command's message: "%", CR and LF escaped (GitHub's own rule). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also ":" and ",", which separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error …::` line: on the file (and line, when known), titled with the field. */
export function githubAnnotation(problem: ReportedProblem): string {
  const line = problemLine(problem);
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    ...(line === undefined ? [] : [`line=${line}`]),
    `title=${escapeProperty(problem.field ? `Lỗi nội dung: ${problem.field}` : 'Lỗi nội dung')}`,
  ];
  return `::error ${properties.join(',')}::${escapeData(problem.message)}`;
}

export function githubAnnotations(problems: readonly ReportedProblem[]): string[] {
  return problems.map(githubAnnotation);
}

/** A code fence longer than any run of backticks in the text, so the text cannot close it. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/**
 * The job summary: a Vietnamese heading and the build's own report, verbatim, in a code
 * block (messages hold <Callout>, `*`, `|`: as Markdown they would be eaten or break a table).
 */
export function markdownSummary(problems: readonly ReportedProblem[], report: string): string {
  if (problems.length === 0) return '## Nội dung hợp lệ\n\nKiểm tra nội dung không thấy lỗi nào.\n';
  const files = new Set(problems.map((problem) => problem.file)).size;
  const fence = fenceFor(report);
  return [
    `## Nội dung có ${problems.length} lỗi trong ${files} tệp: chưa thể dựng cổng`,
    '',
    'Thay đổi này chưa được đăng lên cổng. Sửa từng lỗi dưới đây trong chính nhánh của yêu cầu thay đổi (mở tệp, sửa, lưu), kiểm tra sẽ tự chạy lại. Cách đọc báo cáo: mục "Khi gặp lỗi" trong `content/README.md`.',
    '',
    `${fence}text`,
    report,
    fence,
    '',
  ].join('\n');
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/**
 * A JUnit XML report, which GitLab shows on the merge request ("Test summary"): one failed
 * test per problem, named by its file, field and line, the Vietnamese message as the
 * failure; one passed test when there is nothing to fix.
 */
export function junitReport(problems: readonly ReportedProblem[]): string {
  const suite = 'Kiểm tra nội dung';
  const cases =
    problems.length === 0
      ? ['    <testcase classname="content" name="Nội dung hợp lệ"/>']
      : problems.map((problem) => {
          const line = problemLine(problem);
          const field = problem.field || 'tệp';
          const name = line === undefined || field.includes(`dòng ${line}`) ? field : `${field} (dòng ${line})`;
          const message = escapeXml(problem.message);
          return [
            `    <testcase classname="${escapeXml(problem.file)}" name="${escapeXml(name)}" file="${escapeXml(problem.file)}">`,
            `      <failure message="${message}">${escapeXml(`${problem.file}${line === undefined ? '' : `:${line}`}`)}\n${message}</failure>`,
            '    </testcase>',
          ].join('\n');
        });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${suite}" tests="${Math.max(1, problems.length)}" failures="${problems.length}">`,
    `  <testsuite name="${suite}" tests="${Math.max(1, problems.length)}" failures="${problems.length}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
