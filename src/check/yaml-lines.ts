/**
 * A light reading of YAML source, line by line, for the content check's messages: where
 * each value starts, whether it is plain, quoted or a [list], where a quote or a bracket
 * opened, what follows a "#". It never builds values (js-yaml does that); it only finds
 * what an editor typed, so a message can name the line and quote it back, and so mistakes
 * YAML accepts in silence (a "#" that cuts a title, an "&" anchor) are found before
 * anything is parsed. Written for the YAML editors write: block mappings and lists, short
 * [a, b] lists, quoted and plain values; anything stranger is left to js-yaml's errors.
 */

/** How a line starts: in block context, or inside something opened on a line above. */
export type LineContext =
  /** A new entry (key, "- " item), a blank line or a comment. */
  | 'block'
  /** Inside a "…" or '…' value opened above. */
  | 'double'
  | 'single'
  /** Inside a [ ] or { } opened above. */
  | 'flow'
  /** A line of a "|" or ">" block of text. */
  | 'literal'
  /** The next line of an unquoted value begun above. */
  | 'plain';

export interface YamlLine {
  /** 1-based, in the source given. */
  number: number;
  /** The line, without its line break. */
  text: string;
  context: LineContext;
  /** Leading whitespace of any kind: spaces, tabs, no-break spaces. */
  lead: string;
  /** Spaces (U+0020 only) at the start of the line. */
  indent: number;
  /** The line starts a list item ("- "). */
  dash: boolean;
  /** The key of a "key: value" entry on this line. */
  key?: string;
  /** Column (0-based) of the key, or of the value when there is no key. */
  keyColumn?: number;
  /** Column where the value written after "key: " or "- " starts, if any. */
  valueColumn?: number;
}

/** A value that YAML reads as a special sign rather than as text: anchor, alias, tag. */
export interface Property {
  line: number;
  column: number;
  char: '&' | '*' | '!';
  /** As typed, e.g. "&a", "*Quan", "!". */
  text: string;
}

export interface Comment {
  line: number;
  /** Column of the "#". */
  column: number;
  /** What follows the "#" up to the end of the line. */
  text: string;
}

export interface PlainValue {
  line: number;
  column: number;
  /** The value on this line, without a comment after it. */
  text: string;
  key?: string;
  /** The comment that ends it on the same line, if any. */
  comment?: Comment;
  /** Inside a [ ] or { } list. */
  inFlow: boolean;
}

export interface QuotedValue {
  line: number;
  column: number;
  quote: '"' | "'";
  key?: string;
  /** Where the closing quote is; absent when the value is never closed. */
  end?: { line: number; column: number };
  /** Text written after the closing quote on its line (not a comment). */
  after?: string;
  comment?: Comment;
  inFlow: boolean;
}

export interface FlowItem {
  text: string;
  quoted: boolean;
  line: number;
  column: number;
}

export interface FlowValue {
  line: number;
  column: number;
  char: '[' | '{';
  key?: string;
  /** Where the matching bracket closes; absent when it never does. */
  end?: { line: number; column: number };
  /** The items of the outer list, as typed (nested lists are one item). */
  items: FlowItem[];
  /** Text written after the closing bracket on its line (not a comment). */
  after?: string;
}

export interface BlockText {
  line: number;
  column: number;
  /** "|", ">-", … and anything after it on the line. */
  header: string;
  key?: string;
}

export interface YamlScan {
  lines: YamlLine[];
  properties: Property[];
  plains: PlainValue[];
  quoted: QuotedValue[];
  flows: FlowValue[];
  blocks: BlockText[];
  /** Lines "---" or "..." at the start of a line after the first entry: a second document. */
  markers: number[];
}

/** Spaces other than U+0020 that Word and web pages put in text: YAML does not take them as spaces. */
export const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const LEAD = /^[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*/;

const isBlank = (char: string | undefined) => char === ' ' || char === '\t';
const FLOW_STOP = new Set([',', '[', ']', '{', '}']);

type Carry =
  | { kind: 'none' }
  | { kind: 'quote'; value: QuotedValue; flow?: FlowState }
  | { kind: 'flow'; state: FlowState }
  | { kind: 'literal'; parentIndent: number }
  | { kind: 'plain'; parentIndent: number };

interface FlowState {
  value: FlowValue;
  depth: number;
  /** A node may start here (after "[", "{", "," or ": "). */
  expectNode: boolean;
  /** The outer item being typed, for `items`. */
  item?: { parts: string[]; quoted: boolean; line: number; column: number };
}

export function scanYaml(source: string): YamlScan {
  const texts = source.split('\n').map((line) => line.replace(/\r$/, ''));
  const scan: YamlScan = { lines: [], properties: [], plains: [], quoted: [], flows: [], blocks: [], markers: [] };
  let carry: Carry = { kind: 'none' };
  let seenEntry = false;

  texts.forEach((text, index) => {
    const number = index + 1;
    const lead = LEAD.exec(text)?.[0] ?? '';
    const indent = /^ */.exec(text)?.[0].length ?? 0;
    const line: YamlLine = { number, text, context: 'block', lead, indent, dash: false };
    scan.lines.push(line);
    const blank = lead.length === text.length;

    if (carry.kind === 'literal') {
      if (blank || indent > carry.parentIndent) {
        line.context = 'literal';
        return;
      }
      carry = { kind: 'none' };
    }
    if (carry.kind === 'plain') {
      if (blank) {
        line.context = 'plain';
        return;
      }
      if (indent > carry.parentIndent && text[lead.length] !== '#') {
        line.context = 'plain';
        const parentIndent = carry.parentIndent;
        carry = { kind: 'none' };
        plainValue(line, lead.length, undefined, parentIndent);
        return;
      }
      carry = { kind: 'none' };
    }
    if (carry.kind === 'quote') {
      const { value, flow } = carry;
      line.context = value.quote === '"' ? 'double' : 'single';
      const close = closingQuote(text, 0, value.quote);
      if (close === undefined) return;
      value.end = { line: number, column: close };
      if (flow) {
        carry = { kind: 'flow', state: flow };
        if (flow.item) flow.item.parts.push(text.slice(0, close + 1));
        flowScan(line, close + 1, flow);
      } else {
        carry = { kind: 'none' };
        afterQuote(line, close + 1, value);
      }
      return;
    }
    if (carry.kind === 'flow') {
      line.context = 'flow';
      flowScan(line, 0, carry.state);
      return;
    }

    // Block context: a new entry.
    if (blank || text[lead.length] === '#') return;
    if (/^(---|\.\.\.)(\s|$)/.test(text)) {
      if (seenEntry || text.startsWith('...')) scan.markers.push(number);
      return;
    }
    seenEntry = true;
    let at = lead.length;
    let dashColumn = 0;
    while (text[at] === '-' && (isBlank(text[at + 1]) || at + 1 === text.length)) {
      line.dash = true;
      dashColumn = at;
      at += 1;
      while (isBlank(text[at])) at += 1;
    }
    if (at >= text.length || text[at] === '#') return;
    const key = findKey(text, at);
    if (key) {
      line.key = key.name;
      line.keyColumn = at;
      at = key.valueAt;
      while (isBlank(text[at])) at += 1;
      if (at >= text.length || text[at] === '#') return;
    } else {
      line.keyColumn = at;
    }
    line.valueColumn = at;
    // Lines inside a value are indented past the key (or past the "- " of an item).
    const parentIndent = line.key !== undefined || !line.dash ? (line.keyColumn ?? 0) : dashColumn;
    blockNode(line, at, parentIndent);
  });

  // A quote or bracket never closed keeps its `end` undefined.
  return scan;

  /** A value in block context, from `at`. */
  function blockNode(line: YamlLine, start: number, parentIndent: number) {
    const text = line.text;
    let at = properties(line, start, false);
    if (at === undefined) return;
    const char = text[at];
    if (char === '"' || char === "'") {
      const value: QuotedValue = { line: line.number, column: at, quote: char, key: line.key, inFlow: false };
      scan.quoted.push(value);
      const close = closingQuote(text, at + 1, char);
      if (close === undefined) {
        carry = { kind: 'quote', value };
        return;
      }
      value.end = { line: line.number, column: close };
      afterQuote(line, close + 1, value);
      return;
    }
    if (char === '[' || char === '{') {
      const value: FlowValue = { line: line.number, column: at, char, key: line.key, items: [] };
      scan.flows.push(value);
      const state: FlowState = { value, depth: 1, expectNode: true };
      carry = { kind: 'flow', state };
      flowScan(line, at + 1, state);
      return;
    }
    if ((char === '|' || char === '>') && /^[|>][-+0-9]*[ \t]*(#.*)?$/.test(text.slice(at))) {
      scan.blocks.push({ line: line.number, column: at, header: text.slice(at), key: line.key });
      carry = { kind: 'literal', parentIndent };
      return;
    }
    plainValue(line, at, line.key, parentIndent);
  }

  /** Anchors, aliases and tags before a value. Returns where the value itself starts, or undefined after an alias. */
  function properties(line: YamlLine, start: number, inFlow: boolean): number | undefined {
    const text = line.text;
    let at = start;
    for (;;) {
      const char = text[at];
      if (char !== '&' && char !== '*' && char !== '!') return at;
      let end = at + 1;
      while (end < text.length && !isBlank(text[end]) && !(inFlow && FLOW_STOP.has(text[end] ?? ''))) end += 1;
      scan.properties.push({ line: line.number, column: at, char, text: text.slice(at, end) });
      if (char === '*') return undefined;
      at = end;
      while (isBlank(text[at])) at += 1;
      if (at >= text.length) return undefined;
    }
  }

  /** An unquoted value in block context: up to a " #" comment or the end of the line. */
  function plainValue(line: YamlLine, start: number, key: string | undefined, parentIndent: number) {
    const text = line.text;
    const hash = commentStart(text, start);
    const value: PlainValue = {
      line: line.number,
      column: start,
      text: text.slice(start, hash ?? text.length).trimEnd(),
      key,
      inFlow: false,
    };
    if (hash !== undefined) value.comment = { line: line.number, column: hash, text: text.slice(hash + 1) };
    scan.plains.push(value);
    // The value may go on over the next lines, indented further; a comment ends it.
    if (hash === undefined) carry = { kind: 'plain', parentIndent };
  }

  function afterQuote(line: YamlLine, from: number, value: QuotedValue) {
    const text = line.text;
    const hash = commentStart(text, from, true);
    const rest = text.slice(from, hash ?? text.length).trim();
    if (rest) value.after = rest;
    if (hash !== undefined) value.comment = { line: line.number, column: hash, text: text.slice(hash + 1) };
  }

  /** Scans a line inside [ ] or { }, from `from`. */
  function flowScan(line: YamlLine, from: number, state: FlowState) {
    const text = line.text;
    const outer = state.value;
    let at = from;
    const pushItem = () => {
      if (state.item) {
        const itemText = state.item.parts.join(' ').trim();
        if (itemText) outer.items.push({ text: itemText, quoted: state.item.quoted, line: state.item.line, column: state.item.column });
      }
      state.item = undefined;
    };
    while (at < text.length) {
      const char = text[at] ?? '';
      if (isBlank(char)) {
        at += 1;
        continue;
      }
      if (char === '#' && (at === 0 || isBlank(text[at - 1]))) return;
      if (state.expectNode && (char === '&' || char === '*' || char === '!')) {
        const next = properties(line, at, true);
        state.expectNode = false;
        if (next === undefined) {
          // An alias: skip its name.
          while (at < text.length && !isBlank(text[at]) && !FLOW_STOP.has(text[at] ?? '')) at += 1;
        } else {
          at = next;
        }
        continue;
      }
      if (char === '"' || char === "'") {
        const value: QuotedValue = { line: line.number, column: at, quote: char, inFlow: true };
        scan.quoted.push(value);
        const close = closingQuote(text, at + 1, char);
        if (state.depth === 1) {
          state.item ??= { parts: [], quoted: true, line: line.number, column: at };
          state.item.parts.push(text.slice(at, close === undefined ? text.length : close + 1));
        }
        state.expectNode = false;
        if (close === undefined) {
          carry = { kind: 'quote', value, flow: state };
          return;
        }
        value.end = { line: line.number, column: close };
        at = close + 1;
        continue;
      }
      if (char === '[' || char === '{') {
        state.depth += 1;
        state.expectNode = true;
        if (state.depth === 2) state.item ??= { parts: [], quoted: false, line: line.number, column: at };
        if (state.item) state.item.parts.push(char);
        at += 1;
        continue;
      }
      if (char === ']' || char === '}') {
        state.depth -= 1;
        if (state.depth === 0) {
          pushItem();
          outer.end = { line: line.number, column: at };
          carry = { kind: 'none' };
          const hash = commentStart(text, at + 1, true);
          const rest = text.slice(at + 1, hash ?? text.length).trim();
          if (rest) outer.after = rest;
          return;
        }
        if (state.item) state.item.parts.push(char);
        at += 1;
        continue;
      }
      if (char === ',') {
        if (state.depth === 1) pushItem();
        else state.item?.parts.push(char);
        state.expectNode = true;
        at += 1;
        continue;
      }
      if (char === ':' && (isBlank(text[at + 1]) || at + 1 === text.length || FLOW_STOP.has(text[at + 1] ?? ''))) {
        state.item?.parts.push(':');
        state.expectNode = true;
        at += 1;
        continue;
      }
      // A plain word or run of words.
      let end = at;
      while (end < text.length) {
        const c = text[end] ?? '';
        if (FLOW_STOP.has(c)) break;
        if (c === ':' && (isBlank(text[end + 1]) || end + 1 === text.length || FLOW_STOP.has(text[end + 1] ?? ''))) break;
        if (c === '#' && isBlank(text[end - 1])) break;
        end += 1;
      }
      const word = text.slice(at, end).trimEnd();
      if (state.depth === 1) {
        state.item ??= { parts: [], quoted: false, line: line.number, column: at };
        if (state.item.quoted) state.item.quoted = false;
      }
      state.item?.parts.push(word);
      scan.plains.push({ line: line.number, column: at, text: word, inFlow: true });
      state.expectNode = false;
      at = end;
    }
  }
}

/** The "…"/'…' closing quote at or after `from`, or undefined. */
function closingQuote(text: string, from: number, quote: '"' | "'"): number | undefined {
  for (let at = from; at < text.length; at += 1) {
    const char = text[at];
    if (quote === '"' && char === '\\') {
      at += 1;
      continue;
    }
    if (char !== quote) continue;
    if (quote === "'" && text[at + 1] === "'") {
      at += 1;
      continue;
    }
    return at;
  }
  return undefined;
}

/** Where a comment starts in an unquoted value: a "#" after a space or tab. */
function commentStart(text: string, from: number, atStart = false): number | undefined {
  for (let at = from; at < text.length; at += 1) {
    if (text[at] === '#' && (isBlank(text[at - 1]) || (atStart && at === from))) return at;
  }
  return undefined;
}

/** "key: value" or "key:" at `at`; a quoted key too ("a b": 1). */
function findKey(text: string, at: number): { name: string; valueAt: number } | undefined {
  const first = text[at];
  if (first === '"' || first === "'") {
    const close = closingQuote(text, at + 1, first);
    if (close === undefined) return undefined;
    let after = close + 1;
    while (isBlank(text[after])) after += 1;
    if (text[after] === ':' && (isBlank(text[after + 1]) || after + 1 === text.length)) {
      return { name: text.slice(at + 1, close), valueAt: after + 1 };
    }
    return undefined;
  }
  if (first === undefined || '[{&*!|>%@`#'.includes(first)) return undefined;
  for (let end = at; end < text.length; end += 1) {
    const char = text[end];
    if (char === '#' && isBlank(text[end - 1])) return undefined;
    if (char === ':' && (isBlank(text[end + 1]) || end + 1 === text.length)) {
      return { name: text.slice(at, end).trimEnd(), valueAt: end + 1 };
    }
  }
  return undefined;
}
