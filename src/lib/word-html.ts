/**
 * A Word document as mammoth's `convertToHtml` writes it, read back into what the import
 * needs: its paragraphs and tables in order. A table keeps its merges as mammoth gives them
 * (`colspan`, and `rowspan` on the first row of a vertical merge only); lib/word-table.ts
 * turns them into rows. Footnote marks and the footnotes themselves are left out.
 *
 * mammoth's HTML is generated, so it is regular: every tag closed, text escaped with
 * &amp; &lt; &gt; (and &quot; in attributes). This reader relies on that and nothing more.
 */

export interface WordCell {
  /** The cell's text, one line per paragraph or line break, in NFC. */
  text: string;
  colSpan: number;
  rowSpan: number;
}

export interface WordRow {
  cells: WordCell[];
  /** Marked in Word as a header row (repeated on every page). */
  header: boolean;
}

export type WordBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: WordRow[] };

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
}
type Node = Element | string;

const VOID = new Set(['br', 'img', 'hr']);
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=/>]+)(?:="([^"]*)")?/g;

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number(lower.slice(1));
    return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
  });
}

function parse(html: string): Element {
  const root: Element = { name: '#root', attributes: {}, children: [] };
  const stack = [root];
  for (const match of html.matchAll(TOKEN)) {
    const parent = stack.at(-1)!;
    const [, closing, rawName, rawAttributes, selfClosing, text] = match;
    if (text !== undefined) {
      parent.children.push(decode(text));
      continue;
    }
    const name = rawName!.toLowerCase();
    if (closing) {
      // Close up to the matching element; a stray closing tag is ignored.
      const at = stack.findLastIndex((element) => element.name === name);
      if (at > 0) stack.length = at;
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of (rawAttributes ?? '').matchAll(ATTRIBUTE)) {
      attributes[attribute[1]!.toLowerCase()] = decode(attribute[2] ?? '');
    }
    const element: Element = { name, attributes, children: [] };
    parent.children.push(element);
    if (!selfClosing && !VOID.has(name)) stack.push(element);
  }
  return root;
}

const isElement = (node: Node): node is Element => typeof node !== 'string';

/** Footnote and endnote marks ("[1]") and the notes' back links ("↑"). */
function isNoteLink(element: Element): boolean {
  if (element.name !== 'a') return false;
  const id = element.attributes.id ?? '';
  const href = element.attributes.href ?? '';
  return /^(?:footnote|endnote|comment)-ref-/.test(id) || /^#(?:footnote|endnote|comment)-ref-/.test(href) || /^#(?:footnote|endnote|comment)-/.test(href);
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'table', 'ul', 'ol', 'blockquote', 'pre']);

/** Text with a line break for every <br> and between paragraphs (also those of a nested table's cells). */
function textOf(node: Node): string {
  if (!isElement(node)) return node;
  if (node.name === 'br') return '\n';
  if (isNoteLink(node)) return '';
  const inner = node.children.map(textOf).join('');
  if (node.name === 'td' || node.name === 'th') return `${inner}\n`;
  return BLOCKS.has(node.name) ? `\n${inner}\n` : inner;
}

function clean(text: string): string {
  return text
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
    .replace(/\n{2,}/g, '\n');
}

function rowsOf(table: Element): WordRow[] {
  const rows: WordRow[] = [];
  const visit = (element: Element, header: boolean) => {
    for (const child of element.children.filter(isElement)) {
      if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visit(child, child.name === 'thead');
      else if (child.name === 'tr') {
        const cells = child.children.filter(isElement).filter((cell) => cell.name === 'td' || cell.name === 'th');
        rows.push({
          header: header || (cells.length > 0 && cells.every((cell) => cell.name === 'th')),
          cells: cells.map((cell) => ({
            text: clean(textOf({ ...cell, name: 'div' })),
            colSpan: Math.max(1, Number(cell.attributes.colspan ?? 1) || 1),
            rowSpan: Math.max(1, Number(cell.attributes.rowspan ?? 1) || 1),
          })),
        });
      }
    }
  };
  visit(table, false);
  return rows;
}

/** The document's paragraphs (list items and headings count as paragraphs) and tables, in order. */
export function readWordHtml(html: string): WordBlock[] {
  const blocks: WordBlock[] = [];
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (!isElement(child)) {
        const text = clean(child);
        if (text) blocks.push({ kind: 'paragraph', text });
      } else if (child.name === 'table') {
        blocks.push({ kind: 'table', rows: rowsOf(child) });
      } else if (child.name === 'li' && /^(?:footnote|endnote|comment)-/.test(child.attributes.id ?? '')) {
        continue;
      } else if (['ul', 'ol', 'blockquote', 'div', 'section'].includes(child.name) || (child.name === 'li' && child.children.some((node) => isElement(node) && (node.name === 'table' || node.name === 'p')))) {
        visit(child);
      } else {
        // A paragraph: mammoth keeps empty ones when asked, and they separate the title from what follows.
        blocks.push({ kind: 'paragraph', text: clean(textOf({ ...child, name: 'span' })) });
      }
    }
  };
  visit(parse(html));
  return blocks;
}
