/**
 * A Word table of activities turned into the rows the spreadsheet import reads
 * (lib/activity-table.ts), so a .docx and a CSV go through the same checks and the same
 * period parser. What a Word table has and a spreadsheet does not is handled here:
 * - merged cells: a cell merged down (one unit leading several activities) holds its text
 *   in every row it covers; a cell merged across holds it in its first column;
 * - rows that are not activities: a section row ("I. Công tác tuyên truyền" across the
 *   table, or "II" in the number column with a title), the column-number row ("(1) (2) …")
 *   under the header, the header repeated where the table crossed a page, empty rows;
 * - where each row sits in the Word table, so a problem names the row as the editor sees it.
 */
import { columnOf, type Column } from './activity-table.ts';
import type { WordRow } from './word-html.ts';

export interface GridCell {
  text: string;
  /** Row and column (from 0) of the Word cell this slot belongs to. */
  originRow: number;
  originColumn: number;
  colSpan: number;
}

/** The table as a full grid of slots: merged cells repeated in every slot they cover. */
export function tableGrid(rows: readonly WordRow[]): GridCell[][] {
  const grid: GridCell[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row.cells) {
      while (grid[r]![column]) column += 1;
      const slot: GridCell = { text: cell.text, originRow: r, originColumn: column, colSpan: cell.colSpan };
      for (let down = 0; down < cell.rowSpan && r + down < rows.length; down += 1) {
        for (let across = 0; across < cell.colSpan; across += 1) grid[r + down]![column + across] = slot;
      }
      column += cell.colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row, r) => Array.from({ length: width }, (_, c) => row[c] ?? { text: '', originRow: r, originColumn: c, colSpan: 1 }));
}

/** The text each slot contributes to the activity row: a cell merged across counts once, in its first column. */
function slotText(slot: GridCell, column: number): string {
  return slot.originColumn === column ? slot.text : '';
}

export interface RowSource {
  /** Row in the Word table, from 1 (the header is row 1), as the editor counts it. */
  row: number;
  /** What the number column holds ("3", "1.2"), empty when it holds nothing. */
  number: string;
  /** The section the row sits under: its number ("I", "II") or, failing that, its title. */
  section?: string;
}

export interface ActivityTableRows {
  /** Header then one row per activity: the input of readActivityTable. */
  rows: string[][];
  /** Where each activity row comes from (rows[i + 1] ↔ sources[i]). */
  sources: RowSource[];
  /** Section rows found, by Word row. */
  sections: { row: number; title: string }[];
}

const ROMAN_OR_LETTER = /^(?:[IVXLC]+|[A-ZĐ])[.)]?$/u;
const SECTION_TITLE = /^((?:[IVXLC]+|[A-ZĐ]))[.)\-–]\s+\S/u;
const COLUMN_NUMBER = /^\(?(\d{1,2})\)?$/;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The header: the first of the top rows naming at least two activity columns (task, lead, partners, time). */
function findHeader(grid: GridCell[][]): number {
  const scoring: Column[] = ['task', 'lead', 'partners', 'period'];
  for (let r = 0; r < Math.min(grid.length, 4); r += 1) {
    const named = new Set(grid[r]!.map((slot, c) => columnOf(slotText(slot, c))).filter((column): column is Column => column !== undefined));
    if (scoring.filter((column) => named.has(column)).length >= 2) return r;
  }
  return -1;
}

/**
 * The rows of a Word table for readActivityTable, or undefined when the table is not an
 * activity table (the layout tables of a document's header and signature).
 */
export function activityTableRows(rows: readonly WordRow[]): ActivityTableRows | undefined {
  const grid = tableGrid(rows);
  const top = findHeader(grid);
  if (top < 0) return undefined;
  // A two-level header: a cell of the header merged across ("Đơn vị thực hiện" over "Chủ trì",
  // "Phối hợp"); the names are then in the row below, where there is one.
  const twoLevel = grid[top]!.some((slot, c) => slot.originColumn === c && slot.colSpan > 1) && grid[top + 1] !== undefined;
  const headerEnd = twoLevel ? top + 2 : top + 1;
  const topNames = grid[top]!.map((slot) => collapse(slot.text));
  const header = topNames.map((name, c) => {
    const below = twoLevel ? grid[top + 1]![c]! : undefined;
    return below && below.originRow === top + 1 && collapse(below.text) ? collapse(below.text) : name;
  });
  const columns = new Map<Column, number>();
  header.forEach((name, c) => {
    const column = columnOf(name);
    if (column && !columns.has(column)) columns.set(column, c);
  });
  const numberColumn = columns.get('number');
  const taskColumn = columns.get('task');
  const detail = (['lead', 'partners', 'period', 'start', 'end'] as const).flatMap((column) => columns.get(column) ?? []);
  const isHeaderName = (text: string, c: number) => [header[c], topNames[c]].some((name) => name !== undefined && foldHeader(name) === foldHeader(text));

  const result: ActivityTableRows = { rows: [header], sources: [], sections: [] };
  let section: string | undefined;
  const numberOf = (r: number) => {
    const slot = numberColumn === undefined ? undefined : grid[r]?.[numberColumn];
    return slot && numberColumn !== undefined ? collapse(slotText(slot, numberColumn)).replace(/[.)]$/, '') : '';
  };
  grid.slice(headerEnd).forEach((row, offset) => {
    const r = headerEnd + offset;
    const texts = row.map((slot, c) => collapse(slotText(slot, c)));
    const written = texts.filter(Boolean);
    // Nothing of its own (empty, or only cells merged down from above): not a row of the table's content.
    if (!row.some((slot, c) => slot.originRow === r && slot.originColumn === c && slot.text.trim() !== '')) return;
    // The "(1) (2) (3)" row right under the header.
    if (offset === 0) {
      const numbers = written.map((text) => COLUMN_NUMBER.exec(text)?.[1]);
      if (numbers.length >= 3 && numbers.every((value, i) => value !== undefined && Number(value) === Number(numbers[0]) + i)) return;
    }
    // The header again, where the table continues on a new page.
    const own = texts.filter((text, c) => text !== '' && row[c]!.originRow === r);
    if (own.length >= 2 && texts.every((text, c) => text === '' || row[c]!.originRow !== r || isHeaderName(text, c))) return;

    const number = numberColumn === undefined ? '' : texts[numberColumn]!;
    const task = taskColumn === undefined ? '' : texts[taskColumn]!;
    const ownDetail = detail.some((c) => row[c]!.originColumn === c && row[c]!.text.trim() !== '');
    if (!ownDetail) {
      const spansAcross = row.some((slot, c) => slot.originColumn === c && slot.colSpan > 1 && slot.text.trim() !== '' && detail.some((d) => d > c && d < c + slot.colSpan));
      const title = written.join(' ');
      const numbered = ROMAN_OR_LETTER.test(number) ? number.replace(/[.)]$/, '') : SECTION_TITLE.exec(task || title)?.[1];
      // "1 | Công tác tuyên truyền" with nothing else, its items numbered "1.1", "1.2" below.
      const parent = /^\d+$/.test(number.replace(/[.)]$/, '')) && numberOf(r + 1).startsWith(`${number.replace(/[.)]$/, '')}.`) ? number.replace(/[.)]$/, '') : undefined;
      if (spansAcross || numbered !== undefined || parent !== undefined) {
        section = numbered ?? parent ?? title;
        result.sections.push({ row: r + 1, title });
        return;
      }
    }
    // Line breaks are kept: in the lead and partner columns they separate units.
    result.rows.push(row.map((slot, c) => slotText(slot, c)));
    result.sources.push({ row: r + 1, number: number.replace(/[.)]$/, ''), ...(section === undefined ? {} : { section }) });
  });
  return result;
}

function foldHeader(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
