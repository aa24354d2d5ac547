/**
 * The line of a field named by a problem ("activities › mục 3 › end"), found in the file's
 * YAML, so a CI annotation can sit on that line of the change request. The check's messages
 * name fields, not lines, for schema problems; this finds the line after the fact, from the
 * source as typed. A field that is missing points at the line of the group it belongs in
 * ("mục 3"), or nowhere for a missing top-level field.
 */
import { scanYaml, type YamlLine } from './yaml-lines.ts';

const ITEM = /^mục (\d+)$/;
/** "Trường không được hỗ trợ: "isuer", …": the unknown field is inside the problem's field. */
const UNKNOWN_KEY = /^Trường không được hỗ trợ: "([^"]+)"/;

/** The lines that belong to an entry: those after it up to the next one at its level or above. */
function childrenOf(scope: readonly YamlLine[], index: number, level: number, includeSelf: boolean): YamlLine[] {
  const children: YamlLine[] = includeSelf ? [scope[index]!] : [];
  for (const line of scope.slice(index + 1)) {
    const column = line.dash ? line.indent : (line.keyColumn ?? line.indent);
    if (line.dash ? column < level || (includeSelf && column === level) : column <= level) break;
    children.push(line);
  }
  return children;
}

/** The 1-based line in `yaml` (lines counted from `lineOffset` + 1) of a field path. */
export function fieldLineInYaml(yaml: string, path: readonly string[], lineOffset = 0): number | undefined {
  let scope = scanYaml(yaml).lines.filter((line) => line.context === 'block' && (line.key !== undefined || line.dash));
  let found: YamlLine | undefined;
  for (const part of path) {
    const item = ITEM.exec(part);
    let next: YamlLine | undefined;
    if (item) {
      const dashes = scope.filter((line) => line.dash);
      const level = Math.min(...dashes.map((line) => line.indent));
      next = dashes.filter((line) => line.indent === level)[Number(item[1]) - 1];
      if (next) scope = childrenOf(scope, scope.indexOf(next), level, true);
    } else {
      const keyed = scope.filter((line) => line.key !== undefined && line.keyColumn !== undefined);
      const level = Math.min(...keyed.map((line) => line.keyColumn!));
      next = keyed.find((line) => line.key === part && line.keyColumn === level);
      if (next) scope = childrenOf(scope, scope.indexOf(next), level, false);
    }
    if (!next) break;
    found = next;
  }
  return found ? found.number + lineOffset : undefined;
}

/**
 * The line of a problem's field in its file's text: a .yaml file, or the front matter of a
 * .md/.mdx file (whose "---" is line 1). Undefined for the body, a file that is not YAML,
 * or a field not written anywhere.
 */
export function fieldLine(file: string, source: string, field: string, message = ''): number | undefined {
  const path = field ? field.split(' › ') : [];
  if (path[0] === 'nội dung') return undefined;
  const unknown = UNKNOWN_KEY.exec(message)?.[1];
  if (unknown) path.push(unknown);
  if (path.length === 0) return undefined;
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (/\.ya?ml$/.test(file)) return fieldLineInYaml(text, path);
  if (!/\.mdx?$/.test(file)) return undefined;
  const frontmatter = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text)?.[1];
  return frontmatter === undefined ? undefined : fieldLineInYaml(frontmatter, path, 1);
}
