/**
 * js-yaml's errors, in Vietnamese, naming the line where the editor has to look and what
 * to type there. js-yaml's reason alone rarely says the cause ("bad indentation of a
 * mapping entry" stands for a colon inside a value, text after a closing quote, an "@" at
 * the start of a value, curly quotes… as well as bad indentation), and its position is
 * often a line or more past the mistake (an unclosed quote is reported at the end of the
 * file), so the source around it is read again (yaml-lines.ts) to find the cause. Anything
 * not recognised still gets a Vietnamese message with the line: never js-yaml's English.
 */
import type { YAMLException } from 'js-yaml';
import * as say from './yaml-messages.ts';
import type { Where } from './yaml-messages.ts';
import type { YamlLine, YamlScan } from './yaml-lines.ts';

export interface YamlErrorReport {
  /** Line in the source parsed (1-based), where known. */
  line?: number;
  message: string;
}

/** The signs a plain value cannot start with. */
const RESERVED_START = /^[&*!@`%|>]/;
/** "year:2025", "- name:Thạch Hà": a key, a colon, no space. Not "https://…". */
const NO_SPACE = /^([A-Za-z_][\w-]*):(?!\/\/)(\S.*)$/;
/** A key as the schemas name them: title, defaultYear, bannerLine. */
const KEY_LIKE = /^[A-Za-z_][\w-]*$/;

export function translateYamlError(error: YAMLException, scan: YamlScan, lineOffset = 0): YamlErrorReport {
  const reason = error.reason ?? '';
  const markLine = error.mark ? error.mark.line + 1 : undefined;
  const lines = scan.lines;
  const at = (line: number) => line + lineOffset;
  const lineOf = (number: number | undefined) => (number === undefined ? undefined : lines[number - 1]);
  const report = (line: number | undefined, message: string): YamlErrorReport => ({ line, message });

  if (reason.startsWith('duplicated mapping key')) {
    const line = lineOf(markLine);
    if (line?.key !== undefined && markLine !== undefined) {
      const first = firstKey(lines, line);
      return report(markLine, say.duplicateKey(at(markLine), line.key, first === undefined ? undefined : at(first)));
    }
  }
  if (reason.startsWith('expected a single document')) {
    const marker = scan.markers[0];
    return report(marker, marker !== undefined ? say.secondDocument(at(marker)) : say.general(undefined));
  }
  if (/null byte|non-printable/.test(reason)) return report(markLine, say.invisibleCharacter(at(markLine ?? 1)));
  if (/escape sequence|hexadecimal/.test(reason)) return report(markLine, say.backslash(at(markLine ?? 1)));

  if (/within a (double|single) quoted scalar/.test(reason)) {
    const open = scan.quoted.find((value) => value.end === undefined);
    if (open) {
      const line = lineOf(open.line);
      const value = line && line.valueColumn === open.column ? line.text.slice(open.column + 1).trim() : undefined;
      const where = whereOf(at(open.line), line, value);
      return report(open.line, say.unclosedQuote(where, open.quote));
    }
  }
  if (/flow collection|missed comma|expected the node content, but found ','/.test(reason)) {
    const flow = [...scan.flows].reverse().find((value) => value.line <= (markLine ?? Infinity));
    if (flow) {
      const line = lineOf(flow.line);
      const value = line?.valueColumn === flow.column ? valueText(line) : undefined;
      return report(flow.line, say.brokenList(whereOf(at(flow.line), line, value), flow.char, flow.end === undefined ? 'unclosed' : 'items'));
    }
  }
  if (reason.startsWith('tab characters')) {
    const tabbed = lines.find((line) => line.number <= (markLine ?? Infinity) && line.lead.includes('\t') && line.text[line.lead.length] !== '#');
    const line = tabbed?.number ?? markLine ?? 1;
    return report(line, say.tabIndent(at(line)));
  }

  // The rest: look for the cause on the line js-yaml names and the two lines above it.
  if (markLine !== undefined) {
    const candidates = lines.slice(0, markLine).filter((line) => line.lead.length < line.text.length && !line.text.trimStart().startsWith('#')).slice(-3);
    for (const line of candidates) {
      const found = diagnose(line, scan, at);
      if (found) return report(line.number, found);
    }
    if (/bad indentation|multiline key|implicit mapping pair|explicit mapping pair|key-value separator/.test(reason)) {
      const line = lineOf(markLine);
      return report(markLine, say.badIndent(at(markLine), Boolean(line?.dash) || reason.includes('sequence')));
    }
  }
  return report(markLine, say.general(markLine === undefined ? undefined : at(markLine)));
}

function valueText(line: YamlLine | undefined): string | undefined {
  if (!line || line.valueColumn === undefined) return undefined;
  const value = line.text.slice(line.valueColumn).trim();
  return value || undefined;
}

function whereOf(number: number, line: YamlLine | undefined, value: string | undefined): Where {
  return { line: number, key: line?.key, dash: line?.dash ?? false, value };
}

/** The earlier line with the same key in the same mapping. */
function firstKey(lines: readonly YamlLine[], line: YamlLine): number | undefined {
  const column = line.keyColumn;
  for (let index = line.number - 2; index >= 0; index -= 1) {
    const other = lines[index];
    if (!other || other.context !== 'block' || other.keyColumn === undefined) continue;
    if (other.keyColumn === column && other.key === line.key) return other.number;
    // The start of this list item, or a line of the mapping around this one: stop.
    if (other.keyColumn < (column ?? 0) || (other.dash && other.keyColumn === column)) return undefined;
  }
  return undefined;
}

/** What is wrong with one line, if it is plainly wrong on its own. */
function diagnose(line: YamlLine, scan: YamlScan, at: (line: number) => number): string | undefined {
  const number = line.number;
  const where = (value?: string): Where => ({ line: at(number), key: line.context === 'plain' ? undefined : line.key, dash: line.context !== 'plain' && line.dash, value });
  const value = line.context === 'block' ? valueText(line) : line.text.trim();

  if (line.lead.includes('\t')) return say.tabIndent(at(number));
  const quoted = scan.quoted.find((item) => !item.inFlow && item.end?.line === number && item.after !== undefined);
  if (quoted?.after !== undefined) {
    return say.textAfterQuote(where(`"${line.text.slice(quoted.column + 1, quoted.end?.column)}" ${quoted.after}`), quoted.quote, quoted.after);
  }
  const flow = scan.flows.find((item) => item.end?.line === number && item.after !== undefined);
  if (flow) return say.brokenList(where(value), flow.char, 'after');
  if (line.context === 'block' && value !== undefined) {
    if (/^[“‘]/.test(value)) return say.curlyQuotes(where(value.replace(/^[“‘]|[”’]$/g, '')));
    const sign = RESERVED_START.exec(value)?.[0];
    if (sign && !scan.blocks.some((block) => block.line === number)) return say.specialStart(where(value), sign);
  }
  if (value === undefined) return undefined;
  // "key:value" with no space, where YAML sees no key at all.
  if (line.key === undefined) {
    const glued = NO_SPACE.exec(line.context === 'block' ? value : line.text.trim());
    if (glued?.[1] && glued[2]) return say.missingSpace(at(number), glued[1], glued[2]);
  }
  const colon = /^(.*?)\S:[ \t]/.exec(value);
  if (colon && !/^["'[{]/.test(value)) {
    // A next line that reads "name: …" is a field indented too far, not a value with ": ".
    const head = value.slice(0, value.search(/:[ \t]/));
    if (line.context === 'plain' && KEY_LIKE.test(head)) return undefined;
    if (line.context === 'block' && line.key === undefined && line.dash) return undefined;
    return say.colonInValue(where(line.context === 'block' ? value : undefined));
  }
  // A bare line among "key: value" lines: a forgotten colon, or text meant for the line above.
  if (line.context === 'block' && line.key === undefined && !line.dash && !/^["'[{]/.test(value)) return say.notAnEntry(at(number));
  return undefined;
}
