/**
 * A plan's activity table as a spreadsheet: the columns of the plans' appendices (TT,
 * Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian) plus the dates as read, for export;
 * and the reverse, for import, reporting every cell it cannot read by row and column.
 */
import { formatDate, parseDate, type IsoDate } from './dates.ts';
import { parsePeriod } from './periods.ts';
import { foldAll } from './vietnamese.ts';

export interface TableActivity {
  task: string;
  lead: string[];
  partners: string[];
  period: string;
  start?: IsoDate | undefined;
  end?: IsoDate | undefined;
  ongoing: boolean;
}

export const HEADER = ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian', 'Bắt đầu', 'Kết thúc'] as const;

/** Units in one cell are separated by semicolons (names themselves contain commas). */
const UNIT_SEPARATOR = '; ';

export function activityRows(activities: readonly TableActivity[]): string[][] {
  return [
    [...HEADER],
    ...activities.map((activity, index) => [
      String(index + 1),
      activity.task,
      activity.lead.join(UNIT_SEPARATOR),
      activity.partners.join(UNIT_SEPARATOR),
      activity.period,
      activity.start ? formatDate(activity.start) : '',
      activity.end ? formatDate(activity.end) : '',
    ]),
  ];
}

export type Column = 'number' | 'task' | 'lead' | 'partners' | 'period' | 'start' | 'end';

/**
 * Header words as spreadsheets and Word appendices write them (compared without marks, case
 * or punctuation); the first is the name used in messages.
 */
const HEADER_NAMES: Record<Column, readonly string[]> = {
  number: ['TT', 'stt', 'so tt', 'so thu tu'],
  task: ['Nhiệm vụ', 'ten nhiem vu', 'noi dung', 'hoat dong', 'nhiem vu hoat dong', 'noi dung nhiem vu', 'noi dung cong viec', 'noi dung hoat dong', 'ten hoat dong', 'cong viec'],
  lead: ['Đơn vị chủ trì', 'co quan chu tri', 'chu tri', 'don vi chu tri thuc hien', 'co quan don vi chu tri'],
  partners: ['Đơn vị phối hợp', 'co quan phoi hop', 'phoi hop', 'don vi phoi hop thuc hien', 'co quan don vi phoi hop'],
  period: ['Thời gian', 'thoi gian thuc hien', 'thoi gian du kien', 'thoi gian to chuc', 'thoi gian trien khai'],
  start: ['Bắt đầu', 'ngay bat dau'],
  end: ['Kết thúc', 'ngay ket thuc'],
};

const headerKey = (name: string) => foldAll(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Which column a header cell names ("Cơ quan chủ trì" → lead), or undefined. */
export function columnOf(name: string): Column | undefined {
  const key = headerKey(name);
  return (Object.keys(HEADER_NAMES) as Column[]).find((column) => HEADER_NAMES[column].some((known) => headerKey(known) === key));
}

const REQUIRED: readonly Column[] = ['task', 'lead', 'period'];

export interface CellProblem {
  /** Spreadsheet row (the header is row 1) and column letter and name. */
  row: number;
  column: string;
  /** The column's position from 0, or -1 for a problem with the header as a whole. */
  index: number;
  message: string;
}

const letter = (index: number) => String.fromCharCode(65 + index);

/**
 * Units one per line or separated by semicolons; a list mark before a unit ("- ", "+ ") and
 * a separator or "etc." after it ("Bưu điện,…") are not part of its name.
 */
export function splitUnits(cell: string): string[] {
  return cell
    .split(/\s*[;\n]\s*/)
    .map((unit) =>
      unit
        .normalize('NFC')
        .replace(/^[-+•*–]\s+/u, '')
        .replace(/(?:[\s,;…]|\.{2,})+$/u, '')
        .trim(),
    )
    .filter(Boolean);
}

export function readActivityTable(rows: readonly (readonly string[])[], year: number): { activities: TableActivity[]; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const header = rows[0] ?? [];
  const columns = new Map<Column, number>();
  header.forEach((name, index) => {
    const column = columnOf(name);
    if (column && !columns.has(column)) columns.set(column, index);
  });
  for (const column of REQUIRED) {
    if (!columns.has(column)) {
      problems.push({ row: 1, column: '', index: -1, message: `Thiếu cột "${HEADER_NAMES[column][0]}" (ví dụ: ${HEADER.join(', ')}).` });
    }
  }
  if (problems.length > 0) return { activities: [], problems };

  const activities: TableActivity[] = [];
  rows.slice(1).forEach((cells, offset) => {
    const row = offset + 2;
    const cell = (column: Column) => {
      const index = columns.get(column);
      return index === undefined ? '' : (cells[index] ?? '').replace(/\s+/g, ' ').trim().normalize('NFC');
    };
    const where = (column: Column) => {
      const index = columns.get(column) ?? 0;
      return `${letter(index)} (${header[index] ?? ''})`;
    };
    const report = (column: Column, message: string) => problems.push({ row, column: where(column), index: columns.get(column) ?? 0, message });
    const task = cell('task');
    const lead = splitUnits((cells[columns.get('lead') ?? -1] ?? '').normalize('NFC'));
    const partners = splitUnits((cells[columns.get('partners') ?? -1] ?? '').normalize('NFC'));
    const period = cell('period');
    const before = problems.length;
    if (!task) report('task', 'Ô trống: cần ghi nhiệm vụ.');
    if (lead.length === 0) report('lead', 'Ô trống: cần ít nhất một đơn vị chủ trì.');
    const activity: TableActivity = { task, lead, partners, period, ongoing: false };
    const written = { start: cell('start'), end: cell('end') };
    if (!period) {
      report('period', 'Ô trống: cần ghi thời gian như văn bản ghi, ví dụ "06/10 - 10/10" hoặc "Thường xuyên".');
    } else if (written.start || written.end) {
      for (const key of ['start', 'end'] as const) {
        const parsed = parseDate(written[key]);
        if (parsed.ok) activity[key] = parsed.iso;
        else report(key, parsed.reason);
      }
    } else {
      const read = parsePeriod(period, year);
      if (read.kind === 'range') {
        activity.start = read.start;
        activity.end = read.end;
      } else if (read.kind === 'ongoing') {
        activity.ongoing = true;
      } else {
        report('period', `${read.reason} Ghi ngày vào hai cột "Bắt đầu" và "Kết thúc" (dạng ngày/tháng/năm), hoặc sửa ô cho rõ.`);
      }
    }
    // Every unreadable cell of the row is reported; the row is kept only if none is.
    if (problems.length > before) return;
    activities.push(activity);
  });
  return { activities, problems };
}
