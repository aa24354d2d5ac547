/**
 * A content file as the web editor reads and writes it: a .yaml file, or a Markdown/MDX
 * file with YAML front matter and a body. Reading uses YAML's core schema, as the content
 * check does (src/check/read.ts), so a date stays the text the editor typed; writing uses
 * the house style (house-yaml.ts).
 */
import yaml from 'js-yaml';
import { writeFrontMatter, writeYamlFile } from './house-yaml.ts';

export type EntryFileKind = 'yaml' | 'front-matter';

/** Where the body goes in the editor's record (Sveltia's default body field). */
export const BODY_KEY = 'body';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)([\s\S]*)$/;

export function readEntryFile(text: string, kind: EntryFileKind): unknown {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (kind === 'yaml') return yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {};
  const match = FRONT_MATTER.exec(source);
  if (!match) return { [BODY_KEY]: source.replace(/^\n+/, '').replace(/\n+$/, '') };
  const head = yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA });
  const fields = typeof head === 'object' && head !== null && !Array.isArray(head) ? head : {};
  return { ...fields, [BODY_KEY]: match[2]!.replace(/^\n+/, '').replace(/\n+$/, '') };
}

export function writeEntryFile(content: unknown, kind: EntryFileKind): string {
  if (kind === 'yaml') return writeYamlFile(content);
  const { [BODY_KEY]: body, ...fields } = (content ?? {}) as Record<string, unknown>;
  const text = typeof body === 'string' ? body.replace(/\s+$/, '') : '';
  return `---\n${writeFrontMatter(fields)}\n---\n${text ? `\n${text}\n` : ''}`;
}
