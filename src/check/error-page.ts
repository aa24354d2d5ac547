/**
 * The page the preview server (`npm run dev`) shows instead of the portal while content/
 * has mistakes: the same Vietnamese report as the terminal's and `npm run build`'s (the
 * file, the field or line, what is wrong, the fix), so an editor who only looks at the
 * browser still sees it. Everything an editor typed is escaped; the page reloads itself
 * through Vite's client once the file is saved again.
 */
import type { ContentProblem } from '../schemas/errors.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function groupByFile(problems: readonly ContentProblem[]): Map<string, ContentProblem[]> {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  return byFile;
}

// Colours of src/styles/global.css (the portal's stylesheet is not served while content is broken).
const STYLE = `
body{margin:0;font:1.125rem/1.6 system-ui,sans-serif;color:#1b1b1b;background:#fff}
main{max-width:44rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.3;color:#b3261e;margin:0.5rem 0 1rem}
h2{font-size:1.125rem;margin:1.5rem 0 0.5rem;overflow-wrap:anywhere}
ul{padding-left:1.25rem}
li{margin-bottom:0.75rem}
code{font-family:ui-monospace,monospace;background:#f3f5f9;padding:0 0.25rem;overflow-wrap:anywhere}
.field{display:block;font-weight:600}
.note{border-left:0.25rem solid #0b4ea2;padding-left:0.75rem;color:#45474d}
`;

/** `viteClient`: the address of Vite's client script, which reloads the page after a save. */
export function contentErrorPage(problems: readonly ContentProblem[], viteClient?: string): string {
  const files = [...groupByFile(problems)].map(
    ([file, list]) => `<h2>Tệp <code>${escapeHtml(file)}</code></h2>
<ul>${list
      .map(
        (problem) =>
          `<li>${problem.field ? `<span class="field">Trường ${escapeHtml(problem.field)}</span>` : ''}${escapeHtml(problem.message)}</li>`,
      )
      .join('\n')}</ul>`,
  );
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Nội dung có lỗi – chưa xem thử được</title>
<style>${STYLE}</style>
${viteClient ? `<script type="module" src="${escapeHtml(viteClient)}"></script>` : ''}
</head>
<body>
<main>
<h1>Nội dung có ${problems.length} lỗi, chưa xem thử được trang</h1>
<p class="note">Sửa các lỗi dưới đây rồi lưu tệp: trang này tự tải lại và hiện cổng khi nội dung đã hợp lệ. Hướng dẫn: <code>content/README.md</code>.</p>
${files.join('\n')}
</main>
</body>
</html>
`;
}
