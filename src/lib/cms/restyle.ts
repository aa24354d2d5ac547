/**
 * One content file rewritten in the house style (house-yaml.ts), for `npm run chuan-hoa`:
 * what it becomes, and what the editor should know first (comments are not kept).
 */
import { readEntryFile, writeEntryFile, type EntryFileKind } from './entry-file.ts';

export type Restyled = { kind: 'same' } | { kind: 'changed'; text: string; droppedComments: number } | { kind: 'unreadable' };

export function entryKindOf(path: string): EntryFileKind | undefined {
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  if (/\.mdx?$/i.test(path)) return 'front-matter';
  return undefined;
}

/** Comment lines of the YAML part (a .yaml file, or a Markdown file's front matter). */
function commentLines(text: string, kind: EntryFileKind): number {
  const yamlPart = kind === 'yaml' ? text : (/^---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '');
  return yamlPart.split(/\r?\n/).filter((line) => /^\s*#/.test(line)).length;
}

export function restyle(text: string, kind: EntryFileKind): Restyled {
  let written: string;
  try {
    written = writeEntryFile(readEntryFile(text, kind), kind);
  } catch {
    return { kind: 'unreadable' };
  }
  if (written === text) return { kind: 'same' };
  return { kind: 'changed', text: written, droppedComments: commentLines(text, kind) };
}
