/** Reading content files into plain values, with errors an editor can act on. */
import { readFile } from 'node:fs/promises';
import yaml from 'js-yaml';
import type { FieldProblem } from '../schemas/errors.ts';
import { decodeContent, type FileKind } from './encoding.ts';

export type Read<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

function yamlProblem(error: unknown, lineOffset = 0): FieldProblem {
  if (error instanceof yaml.YAMLException) {
    const line = error.mark ? error.mark.line + 1 + lineOffset : undefined;
    return {
      field: '',
      message: `Lỗi cú pháp YAML${line ? ` ở dòng ${line}` : ''}: ${error.reason}. Kiểm tra thụt lề (dùng dấu cách, không dùng tab) và đặt trong ngoặc kép "…" những giá trị có dấu hai chấm.`,
    };
  }
  return { field: '', message: `Không đọc được tệp: ${String(error)}` };
}

/**
 * The YAML parser Astro's loaders use (js-yaml), but with its core schema: dates stay the
 * strings the editor wrote, so the project's own date rules judge them. With the default
 * schema an impossible 2024-09-31 silently rolls over to 01/10/2024, while 31/09/2024 is
 * refused. Astro reads the same files only once they have passed this check.
 */
export function parseYaml(source: string, lineOffset = 0): Read<unknown> {
  try {
    return { ok: true, value: yaml.load(source, { schema: yaml.CORE_SCHEMA }) };
  } catch (error) {
    return { ok: false, problem: yamlProblem(error, lineOffset) };
  }
}

export interface MarkdownFile {
  data: unknown;
  body: string;
  /** Line of the file on which the body starts (1-based). */
  bodyLine: number;
}

export function parseFrontmatter(source: string): Read<MarkdownFile> {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)([\s\S]*)$/.exec(text);
  if (!match) {
    return {
      ok: false,
      problem: { field: '', message: 'Tệp phải bắt đầu bằng phần thông tin đặt giữa hai dòng "---".' },
    };
  }
  const data = parseYaml(match[1] ?? '', 1);
  if (!data.ok) return data;
  const bodyLine = (match[1] ?? '').split('\n').length + 3;
  return { ok: true, value: { data: data.value, body: match[2] ?? '', bodyLine } };
}

/**
 * A content file read as its bytes and decoded strictly (see encoding.ts). Throws when the
 * file cannot be read at all (missing).
 */
export async function readContentFile(path: string, kind: FileKind): Promise<Read<string>> {
  return decodeContent(await readFile(path), kind);
}
