/**
 * `npm run import:plan -- ke-hoach.docx [options]` or `npm run import:plan -- table.csv [options]`:
 * turns a plan's Word file, or a spreadsheet of its appendix table (saved as CSV: TT,
 * Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian; optional Bắt đầu, Kết thúc), into
 * content/plans/<mã>.md, reporting every cell it cannot read by table, row and column.
 * Nothing is written while any cell is unreadable.
 *
 * From a .docx it also reads what the document's header states (issuer, number, date,
 * title, the documents it implements, the signer); an option given still wins.
 *
 * Options (required for a CSV; for a .docx only where the document does not say):
 *   --ma thach-ha-2025            file name / address of the plan (.docx: locality and year)
 *   --nam 2025                    year of the plan (dates without a year take it)
 *   --tieu-de "Kế hoạch …"        title
 *   --co-quan "UBND xã Thạch Hà"  issuer
 *   --dia-phuong "Thạch Hà"       locality name
 *   --cap xa                      level: tinh | huyen | xa
 *   --tinh "Hà Tĩnh"              province (required unless --cap tinh)
 *   --thu-muc content             content folder (default: content, or CDS_CONTENT_DIR)
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BODY_KEY, writeEntryFile } from '../src/lib/cms/entry-file.ts';
import { formatDate } from '../src/lib/dates.ts';
import { readActivityTable, type TableActivity } from '../src/lib/activity-table.ts';
import { parseCsv } from '../src/lib/csv.ts';
import { activityTables, explainNoTable, provinceFromImplements, readDocumentActivities, readDocumentHeader, type DocumentHeader } from '../src/lib/docx-plan.ts';
import { slugify } from '../src/lib/vietnamese.ts';
import { planSchema } from '../src/schemas/plan.ts';
import { describeIssues } from '../src/schemas/errors.ts';
import { readWordFile, WordFileError } from './lib/docx.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ma: { type: 'string' },
    nam: { type: 'string' },
    'tieu-de': { type: 'string' },
    'co-quan': { type: 'string' },
    'dia-phuong': { type: 'string' },
    cap: { type: 'string' },
    tinh: { type: 'string' },
    'thu-muc': { type: 'string' },
  },
});

const USAGE = [
  'Cách dùng:',
  '  npm run import:plan -- ke-hoach.docx [--ma <mã>] [--nam <năm>] [--tieu-de "<tên>"] [--co-quan "<cơ quan>"] [--dia-phuong "<tên>"] [--cap tinh|huyen|xa] [--tinh "<tỉnh>"]',
  '  npm run import:plan -- bang.csv --ma <mã> --nam <năm> --tieu-de "<tên kế hoạch>" --co-quan "<cơ quan ban hành>" --dia-phuong "<tên>" --cap tinh|huyen|xa [--tinh "<tỉnh>"]',
];

function fail(lines: string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

const LEVEL_NAMES: Record<string, string> = { tinh: 'cấp tỉnh', huyen: 'cấp huyện', xa: 'cấp xã' };

type Option = 'ma' | 'nam' | 'tieu-de' | 'co-quan' | 'dia-phuong' | 'cap' | 'tinh';

interface PlanFields {
  slug: string;
  frontMatter: Record<string, unknown>;
  activities: number;
  /** What was read from the document, for the editor to check. */
  read: string[];
}

const [input] = positionals;
if (!input) fail([...USAGE, 'Thiếu tệp .docx hoặc .csv.']);

const WORD_EXTENSIONS = new Set(['.docx', '.docm', '.dotx', '.doc', '.dot', '.odt', '.rtf']);
let head: Uint8Array;
try {
  head = (await readFile(input)).subarray(0, 8);
} catch {
  fail([`Không mở được tệp ${input}: kiểm tra tên và đường dẫn của tệp.`]);
}
const looksBinary = (head[0] === 0x50 && head[1] === 0x4b) || (head[0] === 0xd0 && head[1] === 0xcf);
const fields = WORD_EXTENSIONS.has(extname(input).toLowerCase()) || (looksBinary && extname(input).toLowerCase() !== '.csv') ? await fromWord(input) : await fromCsv(input);

// Checked with the same schema as the build, so the file written is one the build accepts.
const checked = planSchema.safeParse(fields.frontMatter, { reportInput: true });
if (!checked.success) {
  fail(['Kế hoạch tạo ra chưa hợp lệ, chưa tạo tệp:', ...describeIssues(checked.error).map((problem) => `  • ${problem.field}: ${problem.message}`)]);
}

const folder = resolve(root, values['thu-muc'] ?? process.env.CDS_CONTENT_DIR ?? 'content', 'plans');
const out = join(folder, `${fields.slug}.md`);
if (existsSync(out)) fail([`Đã có tệp ${out}. Chọn mã khác (--ma) hoặc xóa tệp cũ trước.`]);
// In the house style, so the editor's first save of it changes only what the editor changes.
await writeFile(out, writeEntryFile({ ...fields.frontMatter, [BODY_KEY]: '' }, 'front-matter'));
console.log(
  [
    ...fields.read,
    `Đã tạo ${relative(process.cwd(), out).startsWith('..') ? out : relative(process.cwd(), out)} với ${fields.activities} hoạt động.`,
    'Đối chiếu tệp với văn bản gốc, thêm khẩu hiệu (slogans), liên kết (links) nếu có và phần tóm tắt dưới dòng "---" cuối, rồi chạy npm run build để kiểm tra.',
  ].join('\n'),
);

function activityFields(activity: TableActivity & { ref?: string }) {
  return {
    task: activity.task,
    lead: activity.lead,
    partners: activity.partners,
    period: activity.period,
    ...(activity.ongoing ? { ongoing: true } : { start: formatDate(activity.start!), end: formatDate(activity.end!) }),
    ...(activity.ref ? { ref: activity.ref } : {}),
  };
}

async function fromCsv(table: string): Promise<PlanFields> {
  const bytes = await readFile(table);
  if (looksBinary) {
    fail([`Tệp ${table} không phải CSV mà là tệp Excel hoặc Word được đổi đuôi. Trong Excel chọn Tệp › Lưu thành… › CSV UTF-8; với tệp Word, chạy lệnh với chính tệp .docx.`]);
  }
  const missing = (['ma', 'nam', 'tieu-de', 'co-quan', 'dia-phuong', 'cap'] as const).filter((key) => !values[key]);
  if (missing.length > 0) fail([...USAGE, ...missing.map((key) => `Thiếu --${key}.`)]);
  const year = Number(values.nam);
  const { activities, problems } = readActivityTable(parseCsv(new TextDecoder().decode(bytes)), year);
  if (problems.length > 0) {
    fail([
      `Tệp ${table} có ${problems.length} ô chưa đọc được, chưa tạo kế hoạch:`,
      ...problems.map((problem) => `  • Hàng ${problem.row}${problem.column ? `, cột ${problem.column}` : ''}: ${problem.message}`),
      'Sửa các ô trên trong bảng tính, lưu lại dạng CSV (UTF-8) rồi chạy lại lệnh.',
    ]);
  }
  return {
    slug: values.ma!,
    activities: activities.length,
    read: [],
    frontMatter: {
      title: values['tieu-de'],
      issuer: values['co-quan'],
      locality: { name: values['dia-phuong'], level: values.cap, ...(values.tinh ? { province: values.tinh } : {}) },
      year,
      activities: activities.map(activityFields),
    },
  };
}

async function fromWord(file: string): Promise<PlanFields> {
  let document: Awaited<ReturnType<typeof readWordFile>>;
  try {
    document = await readWordFile(file);
  } catch (error) {
    if (error instanceof WordFileError) fail([error.message]);
    throw error;
  }
  const name = basename(file);
  const tables = activityTables(document.blocks);
  if (tables.length === 0) fail([`Tệp ${name}: chưa tạo kế hoạch.`, ...explainNoTable(document.blocks)]);

  const header: DocumentHeader = readDocumentHeader(document.blocks, values.tinh ? { province: values.tinh } : {});
  const level = values.cap ?? header.issuer?.level;
  const implementsProvince = level && level !== 'tinh' ? provinceFromImplements(header.implements) : undefined;
  const chosen: Partial<Record<Option, string>> = {
    'tieu-de': values['tieu-de'] ?? header.title,
    'co-quan': values['co-quan'] ?? header.issuer?.name,
    'dia-phuong': values['dia-phuong'] ?? header.issuer?.locality,
    cap: level,
    tinh: values.tinh ?? implementsProvince,
    nam: values.nam ?? (header.year ? String(header.year.value) : undefined),
  };
  chosen.ma = values.ma ?? (chosen['dia-phuong'] && chosen.nam ? `${slugify(chosen['dia-phuong'])}-${chosen.nam}` : undefined);

  const needed: Option[] = ['ma', 'nam', 'tieu-de', 'co-quan', 'dia-phuong', 'cap', ...(level === 'tinh' ? [] : (['tinh'] as const))];
  const missing = needed.filter((key) => !chosen[key]);
  if (missing.length > 0) {
    const why: Record<Option, string> = {
      ma: 'mã tệp, ví dụ --ma thach-ha-2025 (tự đặt được khi biết địa phương và năm)',
      nam: 'năm của kế hoạch, ví dụ --nam 2025 (tên kế hoạch không ghi "năm …" và dòng ngày tháng không có năm)',
      'tieu-de': 'tên kế hoạch, ví dụ --tieu-de "Kế hoạch …"',
      'co-quan': 'cơ quan ban hành, ví dụ --co-quan "UBND xã Thạch Hà"',
      'dia-phuong': 'tên địa phương, ví dụ --dia-phuong "Thạch Hà"',
      cap: 'cấp hành chính: --cap tinh, --cap huyen hoặc --cap xa',
      tinh: 'tỉnh của địa phương, ví dụ --tinh "Hà Tĩnh" (văn bản không ghi rõ tên tỉnh ở văn bản được thực hiện)',
    };
    fail([
      `Tệp ${name}: văn bản không ghi đủ thông tin, chưa tạo kế hoạch. Thêm vào lệnh:`,
      ...missing.map((key) => `  • --${key}: ${why[key]}`),
      ...header.notes.map((note) => `  (${note})`),
    ]);
  }

  const year = Number(chosen.nam);
  const { activities, problems, hints } = readDocumentActivities(tables, year);
  if (problems.length > 0) {
    fail([
      `Tệp ${name} có ${problems.length} ô chưa đọc được, chưa tạo kế hoạch:`,
      ...problems.map((problem) => {
        const row = problem.row === 0 ? 'hàng tiêu đề' : `hàng ${problem.row}${problem.number ? ` (TT ${problem.number})` : ''}`;
        return `  • ${problem.table}, ${row}${problem.column ? `, cột ${problem.column}` : ''}: ${problem.message}`;
      }),
      ...hints,
      'Hàng đếm từ trên xuống, kể cả hàng tiêu đề; cột đếm từ trái sang. Sửa các ô trên trong Word, lưu lại (.docx) rồi chạy lại lệnh.',
      ...(document.mergesUncertain
        ? ['Lưu ý: Word có phần tử lạ giữa các hàng hoặc ô của bảng, nên ô gộp (Merge Cells) có thể không đọc được. Nếu một ô được báo trống mà trong Word là ô gộp, tách ô (Split Cells) và ghi nội dung vào từng ô.']
        : []),
    ]);
  }

  const from = (option: Option, value: string | undefined, source: string) => (values[option] ? `${value} (theo --${option})` : `${value} (${source})`);
  const read = [
    `Đọc từ ${name}:`,
    `  • Tên: ${from('tieu-de', chosen['tieu-de'], 'dòng "KẾ HOẠCH" và các dòng sau')}`,
    `  • Cơ quan ban hành: ${from('co-quan', chosen['co-quan'], `"${header.issuer?.written ?? ''}"`)}`,
    `  • Địa phương: ${chosen['dia-phuong']}, ${LEVEL_NAMES[chosen.cap!] ?? chosen.cap}${chosen.tinh ? `, tỉnh ${from('tinh', chosen.tinh, 'theo cơ quan ban hành văn bản được thực hiện')}` : ''}`,
    `  • Năm: ${from('nam', chosen.nam, header.year?.from === 'title' ? 'năm ghi trong tên kế hoạch' : 'năm của dòng ngày tháng')}`,
    `  • Số, ngày: ${header.number ?? 'để trống'}${header.date ? `, ${formatDate(header.date)}` : ''}${header.asWritten ? ` (văn bản ghi: ${header.asWritten})` : ''}`,
    ...header.implements.map((ref) => `  • Thực hiện: ${[ref.number && `số ${ref.number}`, ref.date && `ngày ${formatDate(ref.date)}`, ref.issuer && `của ${ref.issuer}`].filter(Boolean).join(' ')}: ${ref.title}`),
    ...(header.signer ? [`  • Người ký: ${header.signer.name} (${header.signer.title})`] : []),
    `  • Hoạt động: ${activities.length}, từ ${tables.map((table) => table.label).join(', ')}${tables.some((table) => table.rows.sections.length > 0) ? `; bỏ qua ${tables.reduce((sum, table) => sum + table.rows.sections.length, 0)} hàng tên mục` : ''}`,
  ];

  return {
    slug: chosen.ma!,
    activities: activities.length,
    read,
    frontMatter: {
      title: chosen['tieu-de'],
      issuer: chosen['co-quan'],
      locality: { name: chosen['dia-phuong'], level: chosen.cap, ...(chosen.tinh && chosen.cap !== 'tinh' ? { province: chosen.tinh } : {}) },
      year,
      ...(header.number ? { number: header.number } : {}),
      ...(header.date ? { date: formatDate(header.date) } : {}),
      ...(header.asWritten ? { asWritten: header.asWritten } : {}),
      ...(header.implements.length > 0
        ? {
            implements: header.implements.map((ref) => ({
              title: ref.title,
              ...(ref.number ? { number: ref.number } : {}),
              ...(ref.date ? { date: formatDate(ref.date) } : {}),
              ...(ref.issuer ? { issuer: ref.issuer } : {}),
            })),
          }
        : {}),
      ...(header.signer ? { signer: header.signer } : {}),
      activities: activities.map(activityFields),
    },
  };
}
