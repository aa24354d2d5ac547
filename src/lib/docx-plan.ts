/**
 * A plan as its Word document states it: the header (issuer, number, date, title), the
 * documents it implements, the signer, and its activity tables. Each field is filled only
 * where the document writes it plainly; what it leaves blank (a draft's "Số: /KH-UBND")
 * or writes in a way that cannot be read without guessing stays empty, with a note saying
 * why, so the import asks the editor for it instead.
 */
import { readActivityTable, type TableActivity } from './activity-table.ts';
import { daysInMonth, toIso, type IsoDate } from './dates.ts';
import { foldAll } from './vietnamese.ts';
import type { WordBlock } from './word-html.ts';
import { activityTableRows, type ActivityTableRows } from './word-table.ts';

export type Level = 'tinh' | 'huyen' | 'xa';

export interface DocumentRef {
  title: string;
  number?: string;
  date?: IsoDate;
  issuer?: string;
}

export interface DocumentHeader {
  /** "UBND xã Thạch Hà", with the locality it names and the lines it was read from. */
  issuer?: { name: string; locality: string; levelWord: string; level?: Level; written: string };
  number?: string;
  date?: IsoDate;
  /** The number and date lines as written, blanks shown as "…", when either is blank. */
  asWritten?: string;
  /** "Hà Tĩnh" in "Hà Tĩnh, ngày 06 tháng 10 năm 2025". */
  place?: string;
  title?: string;
  /** The campaign year: the title's "năm 2025", else the year of the date line. */
  year?: { value: number; from: 'title' | 'date' };
  implements: DocumentRef[];
  signer?: { name: string; title: string };
  /** What the header holds but could not be read, in Vietnamese, for the editor. */
  notes: string[];
}

const LEVEL_WORDS: ReadonlyArray<{ folded: string; word: string; level?: Level }> = [
  { folded: 'thanh pho', word: 'thành phố' },
  { folded: 'tp', word: 'thành phố' },
  { folded: 'thi xa', word: 'thị xã', level: 'huyen' },
  { folded: 'thi tran', word: 'thị trấn', level: 'xa' },
  { folded: 'dac khu', word: 'đặc khu', level: 'xa' },
  { folded: 'tinh', word: 'tỉnh', level: 'tinh' },
  { folded: 'huyen', word: 'huyện', level: 'huyen' },
  { folded: 'quan', word: 'quận', level: 'huyen' },
  { folded: 'xa', word: 'xã', level: 'xa' },
  { folded: 'phuong', word: 'phường', level: 'xa' },
];

const collapse = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
const fold = (text: string) => foldAll(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const isUpper = (text: string) => /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');

/** "THẠCH HÀ" → "Thạch Hà": names of places and people. */
export function nameCase(text: string): string {
  return collapse(text)
    .toLocaleLowerCase('vi')
    .replace(/(^|[\s(-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('vi'));
}

/** "ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân"; the old spelling "Uỷ" becomes "Ủy". */
function sentenceCase(text: string): string {
  const lower = collapse(text).toLocaleLowerCase('vi').replace(/uỷ/g, 'ủy');
  return lower.replace(/^\p{L}/u, (letter) => letter.toLocaleUpperCase('vi')).replace(/phó chủ tịch/giu, 'Phó Chủ tịch');
}

function lowerFirst(text: string): string {
  const [first, second] = text.split(' ');
  // "Triển khai …", "Tổ chức …" start a title in lower case after "Kế hoạch"; "UBND …",
  // "Ngày Chuyển đổi số …" (a name) keep their capitals.
  if (!first || isUpper(first) || (second !== undefined && /^\p{Lu}/u.test(second))) return text;
  return text.replace(/^\p{L}/u, (letter) => letter.toLocaleLowerCase('vi'));
}

/** Lines of the document outside the activity tables: paragraphs, and layout tables cell by cell. */
export function documentLines(blocks: readonly WordBlock[]): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      lines.push(...(block.text === '' ? [''] : block.text.split('\n')));
    } else if (!activityTableRows(block.rows)) {
      for (const row of block.rows) for (const cell of row.cells) lines.push(...cell.text.split('\n'), '');
    }
  }
  return lines.map(collapse);
}

/** "UBND tỉnh X", "Ủy ban nhân dân tỉnh X" → "UBND tỉnh X"; "UBND tỉnh" → "UBND tỉnh <province>" when known. */
function normaliseIssuer(written: string, province: string | undefined): string {
  const text = collapse(written).replace(/[.,;:]+$/, '');
  const committee = /^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s*(.*)$/iu.exec(text);
  if (!committee) return text;
  const rest = committee[1] ?? '';
  const level = LEVEL_WORDS.find((entry) => fold(rest) === entry.folded || fold(rest).startsWith(`${entry.folded} `));
  if (!level) return rest ? `UBND ${rest}` : 'UBND';
  const name = rest.split(' ').slice(level.folded.split(' ').length).join(' ');
  if (name) return `UBND ${level.word} ${isUpper(name) ? nameCase(name) : name}`;
  return level.level === 'tinh' && province ? `UBND tỉnh ${province}` : `UBND ${level.word}`;
}

/** The issuing People's Committee: "ỦY BAN NHÂN DÂN" then "XÃ THẠCH HÀ", or both on one line. */
function readIssuer(lines: readonly string[], end: number): DocumentHeader['issuer'] | { subordinate: string; parent: string } {
  let found: DocumentHeader['issuer'];
  for (let index = 0; index < end; index += 1) {
    const line = lines[index] ?? '';
    const match = /^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s*(.*)$/iu.exec(line);
    if (!match) continue;
    const rest = match[1] || (lines[index + 1] ?? '');
    const written = match[1] ? line : `${line} ${rest}`;
    const level = LEVEL_WORDS.find((entry) => fold(rest).startsWith(`${entry.folded} `));
    if (!level) continue;
    const name = nameCase(rest.split(/\s+/).slice(level.folded.split(' ').length).join(' ').replace(/^\.\s*/, ''));
    if (!name) continue;
    // A body under the committee ("UBND TỈNH HÀ TĨNH" above "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    // is the issuer then, not the committee.
    const after = lines.slice(index + (match[1] ? 1 : 2), end).find((next) => /\p{L}/u.test(next));
    if (after && isUpper(after) && !/^(?:cộng hòa|cộng hoà|độc lập|số(?!\p{L})|ủy ban nhân dân|uỷ ban nhân dân|ubnd)/iu.test(after)) {
      return { subordinate: collapse(after), parent: `UBND ${level.word} ${name}` };
    }
    // The last committee line is the issuer: a parent body, if named, comes above it.
    found = { name: `UBND ${level.word} ${name}`, locality: name, levelWord: level.word, ...(level.level ? { level: level.level } : {}), written: collapse(written) };
  }
  return found;
}

const NUMBER_LINE = /^số\s*:?\s*([.…_\s]*)(\d*)\s*(\/\s*[^\s,;]+)/iu;
const DATE_LINE = /^(\p{L}[\p{L}\s.-]*?),\s*ngày\s*([.…_\s\d]*?)\s*tháng\s*([.…_\s\d]*?)\s*năm\s*(\d{4})/iu;

/** Reads the number and date lines ("Số: 541/KH-UBND", "Hà Tĩnh, ngày 06 tháng 10 năm 2025"). */
function readNumberAndDate(lines: readonly string[], end: number, header: DocumentHeader): void {
  let numberWritten: string | undefined;
  let dateWritten: string | undefined;
  for (let index = 0; index < end; index += 1) {
    let line = lines[index] ?? '';
    const number = NUMBER_LINE.exec(line);
    if (number && numberWritten === undefined) {
      const suffix = (number[3] ?? '').replace(/\s+/g, '');
      if (number[2]) header.number = `${number[2]}${suffix}`;
      numberWritten = `Số: ${number[2] || '…'}${suffix}`;
      // The date may follow on the same line when the header is not a table.
      line = line.slice(number[0].length).trim();
    }
    const date = DATE_LINE.exec(line);
    if (date && dateWritten === undefined) {
      const [, place, day, month, year] = date;
      header.place = collapse(place ?? '');
      const d = /^\d{1,2}$/.test((day ?? '').trim()) ? Number(day) : undefined;
      const m = /^\d{1,2}$/.test((month ?? '').trim()) ? Number(month) : undefined;
      const y = Number(year);
      if (d !== undefined && m !== undefined) {
        if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) header.date = toIso(y, m, d);
        else header.notes.push(`Dòng "${collapse(date[0])}" ghi một ngày không có thật: sửa trong văn bản, hoặc thêm ngày vào tệp kế hoạch sau khi tạo.`);
      }
      dateWritten = `${header.place}, ngày ${d === undefined ? '…' : String(d).padStart(2, '0')} tháng ${m ?? '…'} năm ${y}`;
      header.year ??= { value: y, from: 'date' };
    }
  }
  if ((numberWritten || dateWritten) && (!header.number || !header.date)) {
    header.asWritten = [numberWritten, dateWritten].filter(Boolean).join('; ');
  }
}

const isTitleLine = (line: string) => /^KẾ\s*HOẠCH(?![\p{L}])/u.test(line) || line.replace(/\s+/g, '') === 'KẾHOẠCH';
const TITLE_STOP = /^(?:căn cứ|thực hiện|triển khai thực hiện|[IVX]+\.\s|phần\s)/iu;

/** "KẾ HOẠCH" and the lines after it: "Kế hoạch triển khai … năm 2025". */
function readTitle(lines: readonly string[], at: number, header: DocumentHeader): number {
  const sameLine = collapse((lines[at] ?? '').replace(/^KẾ\s*HOẠCH/u, ''));
  const parts = sameLine ? [sameLine] : [];
  let next = at + 1;
  for (; next < lines.length && parts.length < 4; next += 1) {
    const line = lines[next] ?? '';
    if (line === '') {
      if (parts.length === 0) continue;
      break;
    }
    if (TITLE_STOP.test(line) || /^[-_=.*~\s]+$/.test(line) || line.length > 250 || DATE_LINE.test(line) || /^ngày\s+\d/iu.test(line)) break;
    // A title's lines are written alike: all in capitals, or none.
    if (parts.length > 0 && isUpper(line) !== isUpper(parts[0]!)) break;
    parts.push(line);
  }
  const subtitle = collapse(parts.join(' '));
  if (!subtitle) {
    header.notes.push('Sau chữ "KẾ HOẠCH" không có tên kế hoạch: ghi tên bằng --tieu-de.');
    return next;
  }
  if (isUpper(subtitle)) {
    header.notes.push(`Tên kế hoạch viết toàn chữ in hoa ("${subtitle}"): không tự đổi được chữ hoa, chữ thường cho đúng tên riêng. Ghi tên bằng --tieu-de "Kế hoạch …".`);
    return next;
  }
  header.title = `Kế hoạch ${lowerFirst(subtitle)}`;
  const year = [...subtitle.matchAll(/năm\s+(\d{4})/giu)].at(-1)?.[1];
  if (year) header.year = { value: Number(year), from: 'title' };
  return next;
}

const KINDS = 'kế hoạch|quyết định|nghị quyết|chỉ thị|công văn|văn bản|thông tư|nghị định|chương trình|hướng dẫn|thông báo|kết luận|luật';
const REFERENCE = new RegExp(`^(?:(?:căn cứ|thực hiện|triển khai|và)\\s+)*(${KINDS})\\s+số\\s+([^\\s,;]+)\\s*(.*)$`, 'iu');
const REF_DATE = /^ngày\s+(?:(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))\s*(.*)$/iu;
const REF_ISSUER = /^của\s+(.+?)\s+(về việc|về|phê duyệt|ban hành|quy định|hướng dẫn|triển khai|thực hiện)\s+(.*)$/iu;
// The title runs to the end of its sentence, or to where the plan starts speaking of itself.
const TITLE_END = /(?:\.\s+(?=\p{Lu})|,\s+(?=(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s)|\.$)/iu;

function readReference(segment: string, province: string | undefined): DocumentRef | undefined {
  const reference = REFERENCE.exec(segment);
  if (!reference) return undefined;
  const [, kind, number, afterNumber] = reference;
  const ref: { title?: string; number: string; date?: IsoDate; issuer?: string } = { number: number! };
  let rest = afterNumber ?? '';
  const date = REF_DATE.exec(rest);
  if (date) {
    const d = Number(date[1] ?? date[4]);
    const m = Number(date[2] ?? date[5]);
    const y = Number(date[3] ?? date[6]);
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) ref.date = toIso(y, m, d);
    rest = date[7] ?? '';
  }
  const kindName = sentenceCase(kind!);
  const issuer = REF_ISSUER.exec(rest);
  let about: string;
  if (issuer) {
    ref.issuer = normaliseIssuer(issuer[1]!, province);
    const [, , verb, subject] = issuer;
    const cut = (subject ?? '').split(TITLE_END)[0]!.trim();
    if (/^về việc$/iu.test(verb!)) about = `${kindName} ${lowerFirst(cut)}`;
    else about = `${kindName} ${verb!.toLocaleLowerCase('vi')} ${cut}`;
  } else {
    const owner = /^của\s+(.+?)(?:[.;,]|$)/iu.exec(rest);
    if (owner) ref.issuer = normaliseIssuer(owner[1]!, province);
    about = kindName;
  }
  ref.title = collapse(about);
  return ref as DocumentRef;
}

/**
 * "Căn cứ …; Thực hiện Kế hoạch số 541/KH-UBND ngày 06/10/2025 của UBND tỉnh về việc …":
 * the paragraphs between the title and the first part ("I. MỤC ĐÍCH, YÊU CẦU").
 */
function readImplements(lines: readonly string[], from: number, province: string | undefined): DocumentRef[] {
  const refs: DocumentRef[] = [];
  // The opening is a few paragraphs long; a document without parts stops being searched soon.
  for (let index = Math.max(0, from); index < Math.min(lines.length, from + 40); index += 1) {
    const line = lines[index] ?? '';
    if (/^[IVX]+\.\s/u.test(line)) break;
    if (!/^(?:căn cứ|thực hiện|triển khai)\s/iu.test(line)) continue;
    for (const segment of line.split(/\s*;\s*/)) {
      const ref = readReference(segment.trim(), province);
      if (ref) refs.push(ref);
    }
  }
  return refs;
}

/** "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / … / "Nguyễn Văn Sáu" → "TM. Ủy ban nhân dân – Chủ tịch". */
function readSigner(lines: readonly string[]): DocumentHeader['signer'] {
  for (let index = 0; index < lines.length; index += 1) {
    const mandate = /^(TM|KT|TL|TUQ|Q)\s*\.\s*(.+)$/u.exec(lines[index] ?? '');
    if (!mandate) continue;
    const following = lines.slice(index + 1, index + 12).filter((line) => line !== '' && !/^\(.*\)$/.test(line));
    const role = following[0];
    const name = following.slice(1).find((line) => /^(?:\p{Lu}[\p{L}]*\s+){1,5}\p{Lu}[\p{L}]*$/u.test(line));
    if (!role || !name || !isUpper(role)) continue;
    return { name: nameCase(name), title: `${mandate[1]}. ${sentenceCase(mandate[2]!)} – ${sentenceCase(role)}` };
  }
  return undefined;
}

/** Everything the document's header, opening and signature state about the plan. */
export function readDocumentHeader(blocks: readonly WordBlock[], options: { province?: string } = {}): DocumentHeader {
  const lines = documentLines(blocks);
  const header: DocumentHeader = { implements: [], notes: [] };
  const titleAt = lines.findIndex(isTitleLine);
  const top = titleAt < 0 ? Math.min(lines.length, 20) : titleAt;
  const read = readIssuer(lines, top);
  const issuer = read && 'name' in read ? read : undefined;
  if (issuer) header.issuer = issuer;
  else if (read && 'subordinate' in read) {
    header.notes.push(`Cơ quan ban hành là "${read.subordinate}" (thuộc ${read.parent}), không phải Ủy ban nhân dân: lệnh không tự viết tên cơ quan này, ghi --co-quan, --dia-phuong, --cap.`);
  } else header.notes.push('Đầu văn bản không ghi "ỦY BAN NHÂN DÂN …" (cơ quan ban hành): ghi --co-quan, --dia-phuong, --cap.');
  if (issuer && !issuer.level) {
    header.notes.push(`"${issuer.written}": thành phố có thể là cấp tỉnh hoặc cấp huyện, ghi --cap tinh hoặc --cap huyen.`);
  }
  readNumberAndDate(lines, top, header);
  if (titleAt < 0) header.notes.push('Không thấy dòng "KẾ HOẠCH" ở đầu văn bản: ghi tên bằng --tieu-de.');
  const afterTitle = titleAt < 0 ? top : readTitle(lines, titleAt, header);
  header.implements = readImplements(lines, afterTitle, options.province);
  const signer = readSigner(lines);
  if (signer) header.signer = signer;
  return header;
}

/** The province a district or commune plan belongs to, when a document it implements is the province's own. */
export function provinceFromImplements(refs: readonly DocumentRef[]): string | undefined {
  for (const ref of refs) {
    const province = /^UBND tỉnh (\p{Lu}.*)$/u.exec(ref.issuer ?? '')?.[1];
    if (province) return province;
  }
  return undefined;
}

export interface DocumentProblem {
  /** "Bảng 1 (Phụ lục)". */
  table: string;
  /** Row in the Word table (header = 1), 0 for the header as a whole. */
  row: number;
  /** The number column's text for that row, when it has one. */
  number: string;
  /** Column position from 1 and its header, empty for the header as a whole. */
  column: string;
  message: string;
}

export interface DocumentActivity extends TableActivity {
  ref: string;
}

export interface ActivityTableInfo {
  label: string;
  /** Where the table sits: "Phụ lục", "Phụ lục II", or undefined for the body. */
  place?: string;
  rows: ActivityTableRows;
}

const APPENDIX = /^ph[ụu] l[ụu]c(?![\p{L}])(?:\s+(?:số\s+)?(\S+))?/iu;
const APPENDIX_NUMBER = /^(?:[IVXLC]+|\d+)(?=$|[.:,\-–)])/u;

/** The activity tables of the document, each with the appendix heading it sits under. */
export function activityTables(blocks: readonly WordBlock[]): ActivityTableInfo[] {
  const found: Omit<ActivityTableInfo, 'label'>[] = [];
  let place: string | undefined;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const first = collapse(block.text.split('\n')[0] ?? '');
      const appendix = first.length <= 150 ? APPENDIX.exec(first) : null;
      if (appendix) {
        const number = APPENDIX_NUMBER.exec(appendix[1] ?? '')?.[0];
        place = number ? `Phụ lục ${number}` : 'Phụ lục';
      }
      continue;
    }
    const rows = activityTableRows(block.rows);
    if (rows) found.push({ rows, ...(place ? { place } : {}) });
  }
  return found.map((table, index) => ({ ...table, label: `Bảng ${index + 1}${table.place ? ` (${table.place})` : ''}` }));
}

/**
 * Reads every activity table with the spreadsheet reader. Activities carry a `ref` naming
 * where they are in the document ("Phụ lục, dòng 3"); problems name the table, the Word
 * row (and its number), and the column.
 */
export function readDocumentActivities(
  tables: readonly ActivityTableInfo[],
  year: number,
): { activities: DocumentActivity[]; problems: DocumentProblem[]; hints: string[] } {
  const activities: DocumentActivity[] = [];
  const problems: DocumentProblem[] = [];
  const hints: string[] = [];
  const several = tables.length > 1;
  for (const table of tables) {
    const read = readActivityTable(table.rows.rows, year);
    for (const problem of read.problems) {
      const source = problem.row >= 2 ? table.rows.sources[problem.row - 2] : undefined;
      const header = table.rows.rows[0]?.[problem.index] ?? '';
      problems.push({
        table: table.label,
        row: source?.row ?? 0,
        number: source?.number ?? '',
        column: problem.index < 0 ? '' : `${problem.index + 1} (${header})`,
        message: problem.message,
      });
    }
    // A row with a task and nothing else may be a section title the reader could not tell apart.
    const titleLike = table.rows.sources.filter((_, index) => {
      const cells = table.rows.rows[index + 1] ?? [];
      return cells.filter((cell) => cell.trim() !== '').length <= 2 && read.problems.filter((problem) => problem.row === index + 2).length >= 2;
    });
    if (titleLike.length > 0) {
      hints.push(
        `${table.label}, hàng ${titleLike.map((source) => source.row).join(', ')}: chỉ có tên, không có đơn vị và thời gian. Nếu đó là hàng tên mục, gộp các ô của hàng thành một (Merge Cells) hoặc ghi số La Mã (I, II, …) ở cột TT; nếu là hoạt động, ghi đủ các ô.`,
      );
    }
    if (read.problems.length > 0) continue;
    // With no problem every row gave one activity, in order.
    const numbers = table.rows.sources.map((source) => source.number).filter(Boolean);
    const restarts = new Set(numbers).size < numbers.length;
    const where = table.place ?? (several ? table.label : 'Bảng');
    read.activities.forEach((activity, index) => {
      const source = table.rows.sources[index]!;
      const line = source.number || String(index + 1);
      const section = restarts && source.section ? `mục ${source.section}, ` : '';
      activities.push({ ...activity, ref: `${where}, ${section}dòng ${line}` });
    });
  }
  return { activities, problems, hints };
}

/**
 * When a document has no activity table: what it has instead. Plans like Đức Thọ's write
 * each activity as a section ("2.1. …") with "Thời gian: …" and "Đơn vị thực hiện: …"
 * lines; who leads and who takes part is then in prose, and reading it would be guessing.
 */
export function explainNoTable(blocks: readonly WordBlock[]): string[] {
  const lines = documentLines(blocks);
  const timed: string[] = [];
  let heading = '';
  for (const line of lines) {
    if (/^(?:\d+(?:\.\d+)*\.?|[a-zđ]\))\s+\S/u.test(line)) heading = line;
    if (/^[*\-+•]?\s*thời gian(?:\s+(?:thực hiện|tổ chức))?\s*:/iu.test(line)) {
      const title = heading.length > 70 ? `${heading.slice(0, 70).trimEnd()}…` : heading;
      timed.push(title ? `"${title}" (${line.replace(/^[*\-+•]\s*/, '')})` : `"${line.replace(/^[*\-+•]\s*/, '')}"`);
    }
  }
  const units = lines.filter((line) => /^[*\-+•]?\s*(?:đơn vị|cơ quan)\s+(?:chủ trì|thực hiện|phối hợp)/iu.test(line)).length;
  const tables = blocks.flatMap((block) => (block.kind === 'table' ? [block.rows] : []));
  // Tables of three columns or more might be the activity table under other header words.
  const wide = tables.flatMap((rows, index) => {
    const first = rows[0]?.cells.map((cell) => collapse(cell.text)) ?? [];
    return first.length >= 3 ? [`  – bảng thứ ${index + 1}, hàng đầu: ${first.map((text) => `"${text}"`).join(', ')}`] : [];
  });
  const messages = [
    `Không tìm thấy bảng hoạt động trong văn bản: không bảng nào có hàng tiêu đề gồm các cột như "TT", "Nhiệm vụ" (hoặc "Nội dung"), "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"${tables.length > 0 && wide.length === 0 ? ` (văn bản có ${tables.length} bảng, đều là bảng trình bày như phần đầu hoặc phần chữ ký)` : ''}.`,
    ...(wide.length > 0
      ? ['Các bảng có từ ba cột trở lên (nếu một trong số đó là bảng hoạt động, sửa hàng tiêu đề của nó cho có các tên cột trên):', ...wide]
      : []),
  ];
  if (timed.length > 0) {
    messages.push(
      `Văn bản viết hoạt động thành các mục, mỗi mục có dòng "Thời gian" (${timed.length} mục${units > 0 ? `, ${units} dòng "Đơn vị thực hiện/chủ trì"` : ''}), ví dụ:`,
      ...timed.slice(0, 4).map((entry) => `  – ${entry}`),
      'Lệnh không tự đọc các mục này: đơn vị nào chủ trì, đơn vị nào phối hợp nằm trong lời văn, đọc tự động sẽ là đoán.',
    );
  }
  messages.push(
    'Cách làm: (1) trong Word, chép các hoạt động vào một bảng có hàng tiêu đề TT, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian (mỗi hoạt động một hàng), lưu lại rồi chạy lại lệnh; hoặc (2) lập bảng đó trong Excel, lưu dạng CSV UTF-8 và chạy npm run import:plan -- bang.csv … (xem content/README.md, mục "Nhập kế hoạch từ tệp Word hoặc bảng tính").',
  );
  return messages;
}
