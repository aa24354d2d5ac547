/** Reading content files into plain values, with errors an editor can act on. */
import { readFile } from 'node:fs/promises';
import yaml from 'js-yaml';
import type { FieldProblem } from '../schemas/errors.ts';
import { clip } from '../lib/clip.ts';
import { decodeContent, type FileKind } from './encoding.ts';
import { translateYamlError } from './yaml-errors.ts';
import { scanYaml, type YamlScan } from './yaml-lines.ts';
import { yamlSurprises } from './yaml-surprises.ts';

/** The YAML source a value was read from, to find what the editor typed for a field. */
export interface RawYaml {
  scan: YamlScan;
  /** Lines before the YAML in its file (the "---" line of a front matter). */
  lineOffset: number;
}

export type Read<T> = { ok: true; value: T; raw?: RawYaml } | { ok: false; problem: FieldProblem };

/**
 * The YAML parser Astro's loaders use (js-yaml), but with its core schema: dates stay the
 * strings the editor wrote, so the project's own date rules judge them. With the default
 * schema an impossible 2024-09-31 silently rolls over to 01/10/2024, while 31/09/2024 is
 * refused. Astro reads the same files only once they have passed this check.
 *
 * One problem per file: the first mistake by line, whether js-yaml stops on it or it is
 * one YAML lets through in silence (yaml-surprises.ts). Line numbers count in the file.
 */
export function parseYaml(source: string, lineOffset = 0): Read<unknown> {
  const scan = scanYaml(source);
  const surprise = yamlSurprises(scan, lineOffset)[0];
  let value: unknown;
  try {
    value = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) {
      return { ok: false, problem: { field: '', message: `Không đọc được tệp: ${clip(String(error))}` } };
    }
    const translated = translateYamlError(error, scan, lineOffset);
    // A silent mistake on an earlier line (or the same one) is the cause to report.
    const first = surprise && (translated.line === undefined || surprise.line <= translated.line) ? surprise.message : translated.message;
    return { ok: false, problem: { field: '', message: first } };
  }
  if (surprise) return { ok: false, problem: { field: '', message: surprise.message } };
  return { ok: true, value, raw: { scan, lineOffset } };
}

export interface MarkdownFile {
  data: unknown;
  /** The front matter's YAML source. */
  raw?: RawYaml;
  body: string;
  /** Line of the file on which the body starts (1-based). */
  bodyLine: number;
}

export function parseFrontmatter(source: string): Read<MarkdownFile> {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Spaces or tabs after either "---" are invisible in an editor: accepted (Astro accepts them too).
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)([\s\S]*)$/.exec(text);
  if (!match) {
    return {
      ok: false,
      problem: { field: '', message: 'Tệp phải bắt đầu bằng phần thông tin đặt giữa hai dòng "---".' },
    };
  }
  const data = parseYaml(match[1] ?? '', 1);
  if (!data.ok) return data;
  const bodyLine = (match[1] ?? '').split('\n').length + 3;
  return { ok: true, value: { data: data.value, raw: data.raw, body: match[2] ?? '', bodyLine } };
}

/**
 * A content file read as its bytes and decoded strictly (see encoding.ts). Throws when the
 * file cannot be read at all (missing).
 */
export async function readContentFile(path: string, kind: FileKind): Promise<Read<string>> {
  return decodeContent(await readFile(path), kind);
}
