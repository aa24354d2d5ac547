/**
 * YAML mistakes that js-yaml accepts without a word but that change what the editor
 * wrote, found in the source before it is parsed:
 * - indentation (or the space after "key:") made of no-break spaces copied from Word or a
 *   web page: YAML reads them as letters, so "  name" becomes an unknown field;
 * - a tab in the indentation;
 * - an anchor, alias or tag (&name, *name, !tag) at the start of a value: editors never
 *   need them, and aliases nested a few levels deep (the "billion laughs") make a short
 *   file expand to billions of values once anything walks it (the schema check, an error
 *   message). Refused here, before anything expands them;
 * - a "#" after a space inside an unquoted value ("Ngày hội #ChuyenDoiSo 2025"): YAML
 *   drops the rest of the line as a comment. A comment written "value # note", with a
 *   space after the "#", is a real comment (the editors' guide shows them) and is kept;
 * - an item of a [a, b] list opened with Word's curly quote: the comma inside it splits it;
 * - a "- " item indented past the one above: YAML joins it to the text of that item;
 * - a quote left open that swallows the "key: value" lines below it, up to the next quote.
 * Each finding names the line; the first one (by line) is the file's one problem.
 */
import { curlyQuotesInList, hashCut, oddSpaceAfterColon, oddSpaceIndent, specialStart, itemJoined, tabIndent, unclosedQuote } from './yaml-messages.ts';
import { lineStart } from './yaml-quote.ts';
import { ODD_SPACE, type YamlLine, type YamlScan } from './yaml-lines.ts';

/** A line that reads as "key: …" or "- key: …": not text an editor means to be inside quotes. */
const ENTRY = /^\s*(-\s+)?[A-Za-z_][\w-]*:(\s|$)/;

export interface YamlFinding {
  /** Line in the source scanned (1-based). */
  line: number;
  message: string;
}

/** The value on a line as typed, from its start to the end of the line. */
function valueOf(line: YamlLine | undefined): string | undefined {
  if (!line || line.valueColumn === undefined) return undefined;
  return line.text.slice(line.valueColumn).trim();
}

export function yamlSurprises(scan: YamlScan, lineOffset = 0): YamlFinding[] {
  const findings: YamlFinding[] = [];
  const at = (line: number) => line + lineOffset;
  const lineOf = (number: number) => scan.lines[number - 1];

  for (const line of scan.lines) {
    if (line.context === 'double' || line.context === 'single') continue;
    const blank = line.lead.length === line.text.length;
    if (!blank && ODD_SPACE.test(line.lead)) {
      findings.push({ line: line.number, message: oddSpaceIndent(at(line.number)) });
      continue;
    }
    // Tabs before a comment are fine for YAML.
    const comment = line.text[line.lead.length] === '#';
    if (!blank && !comment && line.lead.includes('\t') && (line.context !== 'literal' || line.lead.startsWith('\t'))) {
      findings.push({ line: line.number, message: tabIndent(at(line.number)) });
      continue;
    }
    // "name:" then a no-break space: YAML sees no key at all.
    if (line.context === 'block' && line.key === undefined) {
      const odd = /^((?:-[ \t]+)*)([^\s:#"'[{][^:#]*?):[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/.exec(line.text.slice(line.lead.length));
      if (odd?.[2]) findings.push({ line: line.number, message: oddSpaceAfterColon(at(line.number), odd[2].trim()) });
    }
  }

  for (const property of scan.properties) {
    const line = lineOf(property.line);
    const rest = line?.text.slice(property.column).trim() ?? '';
    // An example only where the value is plain text, not a list the anchor would name.
    const plain = line?.valueColumn === property.column && !/^\S+\s*[[{]/.test(rest);
    findings.push({
      line: property.line,
      message: specialStart(
        { line: at(property.line), key: line?.valueColumn === property.column ? line.key : undefined, dash: line?.dash ?? false, value: plain ? rest : undefined },
        property.char,
      ),
    });
  }

  for (const value of scan.plains) {
    if (value.inFlow || !value.comment || !/^\S/.test(value.comment.text)) continue;
    const line = lineOf(value.line);
    const whole = line?.text.slice(value.column).trim() ?? value.text;
    const tag = `#${value.comment.text.split(/\s/)[0] ?? ''}`;
    const key = line?.context === 'plain' ? undefined : value.key;
    findings.push({
      line: value.line,
      message: hashCut({ line: at(value.line), key, dash: line?.context !== 'plain' && (line?.dash ?? false), value: line?.context === 'plain' ? undefined : whole }, tag, value.text),
    });
  }
  for (const value of scan.quoted) {
    if (value.inFlow || !value.comment || value.after || !/^\S/.test(value.comment.text)) continue;
    const line = lineOf(value.line);
    if (!line || value.end?.line !== value.line) continue;
    const inside = line.text.slice(value.column + 1, value.end.column);
    const tag = `#${value.comment.text.split(/\s/)[0] ?? ''}`;
    const whole = `${inside} #${value.comment.text.trim()}`;
    findings.push({ line: value.line, message: hashCut({ line: at(value.line), key: value.key, dash: line.dash, value: whole }, tag, inside) });
  }
  // A value that starts with "#" right after "key: " or "- " is empty for YAML.
  for (const line of scan.lines) {
    if (line.context !== 'block' || line.valueColumn !== undefined || (line.key === undefined && !line.dash)) continue;
    const hash = line.text.indexOf('#', line.keyColumn ?? line.lead.length);
    const after = line.text.slice(hash + 1);
    if (hash < 0 || !/^\S/.test(after)) continue;
    findings.push({
      line: line.number,
      message: hashCut({ line: at(line.number), key: line.key, dash: line.dash, value: `#${after}` }, `#${after.split(/\s/)[0] ?? ''}`, ''),
    });
  }

  // "  - Đoàn Thanh niên" then "   - Công an": an item indented past the one above is read
  // as the rest of its text ("Đoàn Thanh niên - Công an").
  for (const line of scan.lines) {
    if (line.context !== 'plain' || !/^-[ \t]/.test(line.text.slice(line.lead.length))) continue;
    const above = [...scan.lines.slice(0, line.number - 1)].reverse().find((each) => each.context === 'block' && each.lead.length < each.text.length);
    findings.push({ line: line.number, message: itemJoined(at(line.number), above?.dash === true && above.key === undefined ? at(above.number) : undefined) });
    break;
  }

  // A quote left open swallows the lines below it, up to the next quote sign, as its text.
  for (const value of scan.quoted) {
    if (value.inFlow || value.end?.line === value.line) continue;
    const last = value.end?.line ?? scan.lines.length;
    const swallowed = scan.lines.slice(value.line, last).some((line) => ENTRY.test(line.text));
    if (!swallowed) continue;
    const line = lineOf(value.line);
    const typed = line && line.valueColumn === value.column ? line.text.slice(value.column + 1).trim() : undefined;
    findings.push({ line: value.line, message: unclosedQuote({ line: at(value.line), key: line?.key, dash: line?.dash ?? false, value: typed }, value.quote) });
  }

  // [“UBND các huyện, thị xã”]: Word's quotes are letters to YAML, so the comma splits the item.
  for (const flow of scan.flows) {
    const open = flow.items.find((item) => !item.quoted && /^[“‘]/.test(item.text) && !/[”’]$/.test(item.text));
    if (!open) continue;
    const line = lineOf(flow.line);
    const value = valueOf(line);
    const fixed = value && flow.end?.line === flow.line ? `${lineStart(line?.key, line?.dash ?? false)}${value.replace(/[“”]/g, '"').replace(/[‘’]/g, "'")}` : undefined;
    findings.push({ line: open.line, message: curlyQuotesInList(at(open.line), fixed) });
  }

  return findings.sort((a, b) => a.line - b.line);
}
