/**
 * Turns zod issues into messages an editor can act on, in Vietnamese: which field, what
 * is wrong, how to fix it. Built once here rather than as strings in every schema (the
 * schemas only add the hints that are specific to a field).
 */
import type { z } from 'zod';
import { clip } from '../lib/clip.ts';

export interface FieldProblem {
  /** "activities › mục 3 › end"; empty for the file as a whole. */
  field: string;
  message: string;
}

export interface ContentProblem extends FieldProblem {
  /** Path of the file, relative to the project (content/plans/x.md). */
  file: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `mục ${part + 1}` : String(part))).join(' › ');
}

function describeType(value: unknown): string {
  if (value === null) return 'ô trống (null)';
  if (Array.isArray(value)) return 'một danh sách';
  switch (typeof value) {
    case 'string':
      // Echo what the editor typed, but never a whole long (or huge) value.
      return `chữ "${clip(value)}"`;
    case 'number':
      return `số ${clip(String(value))}`;
    case 'boolean':
      return `giá trị ${value}`;
    case 'object':
      return 'một nhóm trường';
    default:
      return 'giá trị khác';
  }
}

/**
 * A value inside a message: what the editor typed, in quotes and cut at ~80 characters, or
 * what kind of thing it is ("một danh sách") when it is not text; never a whole structure.
 */
export function echoValue(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return `"${clip(String(value))}"`;
  return describeType(value);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const name = String(issue.path.at(-1) ?? '');
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return `Thiếu trường bắt buộc "${name}". Thêm dòng "${name}: …" vào tệp (xem content/README.md).`;
      }
      return `${issue.message} Giá trị đang ghi là ${describeType(issue.input)}.`;
    case 'unrecognized_keys':
      return `Trường không được hỗ trợ: ${issue.keys.map((key) => `"${key}"`).join(', ')}. Kiểm tra chính tả tên trường (xem content/README.md) hoặc xóa dòng đó.`;
    case 'invalid_union': {
      // Report the branch that got furthest rather than zod's generic "no union matched".
      const branch = issue.errors.find((errors) => errors.length > 0)?.[0];
      return branch ? describeIssue(branch) : issue.message;
    }
    default:
      return issue.message;
  }
}

export function describeIssues(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ field: formatPath(issue.path), message: describeIssue(issue) }));
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) {
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  }
  const blocks = [...byFile].map(([file, list]) =>
    [
      `Tệp ${file}:`,
      ...list.map((problem) => (problem.field ? `  • Trường ${problem.field}: ${problem.message}` : `  • ${problem.message}`)),
    ].join('\n'),
  );
  const count = problems.length;
  return [`Nội dung có ${count} lỗi, chưa thể dựng cổng:`, '', ...blocks, '', 'Sửa các lỗi trên rồi chạy lại lệnh. Hướng dẫn: content/README.md.'].join('\n');
}
