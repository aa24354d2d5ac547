/**
 * The one way content files are written: by the web editor on save (src/scripts/admin.ts
 * registers it as Sveltia's file format), by `npm run import:plan`, and the shipped files
 * themselves (tests/unit/house-yaml.test.ts reads each one back and writes it again,
 * byte for byte). So an editor's save changes only the lines the editor changed: no
 * re-quoting, no `[a, b]` lists unfolded, no defaults written out, no blank lines lost.
 *
 * The style:
 *  - two spaces a level, list items indented under their key;
 *  - a list of short words written on one line, `lead: [Sở A, UBND xã]`, when every item
 *    reads the same without quotes, has no comma, and the line stays within
 *    FLOW_LINE_LIMIT characters (the editors' guide teaches that form for units and link
 *    ids); otherwise one item a line;
 *  - quotes only where YAML needs them, double quotes (the editors' guide's form);
 *  - in a .yaml file, a blank line around each top-level entry that spans several lines,
 *    and between the entries of a top-level list of records;
 *  - `false` left out where the schema's default is false (DEFAULT_FALSE_KEYS).
 */
import yaml from 'js-yaml';

/** Keys whose value defaults to false in src/schemas/ (pinned by tests/unit/house-yaml.test.ts). */
export const DEFAULT_FALSE_KEYS: readonly string[] = ['ongoing'];

export const FLOW_LINE_LIMIT = 100;

type Value = unknown;

const isRecord = (value: Value): value is Record<string, Value> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A scalar as YAML writes it: plain where it reads back the same, else double-quoted. */
export function scalar(value: Value): string {
  if (value === null || value === undefined) return "''";
  if (typeof value === 'string' && value.includes('\n')) return JSON.stringify(value);
  if (typeof value === 'string' && value === '') return "''";
  return yaml.dump(value, { lineWidth: -1, quotingType: '"', schema: yaml.CORE_SCHEMA }).trimEnd();
}

/** A string that stays itself inside `[ ]`: plain, and with no comma or bracket to split it. */
function flowSafe(value: Value): boolean {
  if (typeof value !== 'string') return typeof value === 'number';
  return value !== '' && scalar(value) === value && !/[,[\]{}]/.test(value);
}

function flowList(list: Value[]): string | undefined {
  if (list.length === 0) return '[]';
  if (!list.every(flowSafe)) return undefined;
  return `[${list.map(scalar).join(', ')}]`;
}

const omitted = (key: string, value: Value) => value === undefined || (value === false && DEFAULT_FALSE_KEYS.includes(key));

/** The lines of `key: value` at `indent` spaces; `lead` is what starts the first line (`- ` for a list item). */
function entryLines(key: string, value: Value, indent: number, lead = ' '.repeat(indent)): string[] {
  const head = `${lead}${scalar(key)}:`;
  if (Array.isArray(value)) {
    const flow = flowList(value);
    if (flow !== undefined && head.length + 1 + flow.length <= FLOW_LINE_LIMIT) return [`${head} ${flow}`];
    return [head, ...listLines(value, indent + 2)];
  }
  if (isRecord(value)) {
    const lines = mapLines(value, indent + 2);
    return lines.length === 0 ? [`${head} {}`] : [head, ...lines];
  }
  // A blank field, as `npm run nam-moi` leaves the theme of a year not yet announced.
  if (value === null) return [head];
  return [`${head} ${scalar(value)}`];
}

function mapLines(map: Record<string, Value>, indent: number, firstLead?: string): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(map)) {
    if (omitted(key, value)) continue;
    lines.push(...entryLines(key, value, indent, lines.length === 0 && firstLead !== undefined ? firstLead : ' '.repeat(indent)));
  }
  return lines;
}

function listLines(list: Value[], indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const item of list) {
    if (isRecord(item)) {
      const inner = mapLines(item, indent + 2, `${pad}- `);
      lines.push(...(inner.length === 0 ? [`${pad}- {}`] : inner));
    } else if (Array.isArray(item)) {
      const flow = flowList(item);
      if (flow !== undefined) lines.push(`${pad}- ${flow}`);
      else {
        const inner = listLines(item, indent + 2);
        lines.push(`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1));
      }
    } else lines.push(`${pad}- ${scalar(item)}`);
  }
  return lines;
}

/** Lines of a whole document, with the blank lines a .yaml file keeps between its parts. */
function documentLines(value: Value, spaced: boolean): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return ['[]'];
    const blocks = value.map((item) => listLines([item], 0));
    return joinBlocks(blocks, spaced ? (a, b) => a.length > 1 || b.length > 1 : () => false);
  }
  if (isRecord(value)) {
    const blocks = Object.entries(value)
      .filter(([key, item]) => !omitted(key, item))
      .map(([key, item]) => entryLines(key, item, 0));
    return joinBlocks(blocks, spaced ? (a, b) => a.length > 1 || b.length > 1 : () => false);
  }
  return [scalar(value)];
}

function joinBlocks(blocks: string[][], blankBetween: (a: string[], b: string[]) => boolean): string[] {
  const lines: string[] = [];
  blocks.forEach((block, at) => {
    if (at > 0 && blankBetween(blocks[at - 1]!, block)) lines.push('');
    lines.push(...block);
  });
  return lines;
}

/** A .yaml file's text. */
export function writeYamlFile(value: Value): string {
  return `${documentLines(value, true).join('\n')}\n`;
}

/** The YAML between a Markdown file's `---` lines (no blank lines: it is one block). */
export function writeFrontMatter(value: Record<string, Value>): string {
  return documentLines(value, false).join('\n');
}
