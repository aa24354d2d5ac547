/**
 * `npm run import:plan -- table.csv [options]`: turns a spreadsheet of a plan's appendix
 * table (saved as CSV: TT, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian; optional
 * Bắt đầu, Kết thúc) into content/plans/<mã>.md, reporting every cell it cannot read by
 * row and column. Nothing is written while any cell is unreadable.
 *
 * Options (the plan's details, which the table does not hold):
 *   --ma thach-ha-2025            file name / address of the plan (required)
 *   --nam 2025                    year of the plan (required; dates without a year take it)
 *   --tieu-de "Kế hoạch …"        title (required)
 *   --co-quan "UBND xã Thạch Hà"  issuer (required)
 *   --dia-phuong "Thạch Hà"       locality name (required)
 *   --cap xa                      level: tinh | huyen | xa (required)
 *   --tinh "Hà Tĩnh"              province (required unless --cap tinh)
 *   --thu-muc content             content folder (default: content, or CDS_CONTENT_DIR)
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { formatDate } from '../src/lib/dates.ts';
import { readActivityTable } from '../src/lib/activity-table.ts';
import { parseCsv } from '../src/lib/csv.ts';
import { planSchema } from '../src/schemas/plan.ts';
import { describeIssues } from '../src/schemas/errors.ts';

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

function fail(lines: string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

const [table] = positionals;
const missing = (['ma', 'nam', 'tieu-de', 'co-quan', 'dia-phuong', 'cap'] as const).filter((key) => !values[key]);
if (!table || missing.length > 0) {
  fail([
    'Cách dùng: npm run import:plan -- bang.csv --ma <mã> --nam <năm> --tieu-de "<tên kế hoạch>" --co-quan "<cơ quan ban hành>" --dia-phuong "<tên>" --cap tinh|huyen|xa [--tinh "<tỉnh>"]',
    ...(table ? [] : ['Thiếu tệp CSV.']),
    ...missing.map((key) => `Thiếu --${key}.`),
  ]);
}

const year = Number(values.nam);
const { activities, problems } = readActivityTable(parseCsv(await readFile(table, 'utf8')), year);
if (problems.length > 0) {
  fail([
    `Tệp ${table} có ${problems.length} ô chưa đọc được, chưa tạo kế hoạch:`,
    ...problems.map((problem) => `  • Hàng ${problem.row}${problem.column ? `, cột ${problem.column}` : ''}: ${problem.message}`),
    'Sửa các ô trên trong bảng tính, lưu lại dạng CSV (UTF-8) rồi chạy lại lệnh.',
  ]);
}

const frontMatter = {
  title: values['tieu-de'],
  issuer: values['co-quan'],
  locality: { name: values['dia-phuong'], level: values.cap, ...(values.tinh ? { province: values.tinh } : {}) },
  year,
  activities: activities.map((activity) => ({
    task: activity.task,
    lead: activity.lead,
    partners: activity.partners,
    period: activity.period,
    ...(activity.ongoing ? { ongoing: true } : { start: formatDate(activity.start!), end: formatDate(activity.end!) }),
  })),
};

// Checked with the same schema as the build, so the file written is one the build accepts.
const checked = planSchema.safeParse(frontMatter, { reportInput: true });
if (!checked.success) {
  fail(['Kế hoạch tạo ra chưa hợp lệ:', ...describeIssues(checked.error).map((problem) => `  • ${problem.field}: ${problem.message}`)]);
}

const folder = resolve(root, values['thu-muc'] ?? process.env.CDS_CONTENT_DIR ?? 'content', 'plans');
const out = join(folder, `${values.ma}.md`);
if (existsSync(out)) fail([`Đã có tệp ${out}. Chọn mã khác (--ma) hoặc xóa tệp cũ trước.`]);
await writeFile(out, `---\n${yaml.dump(frontMatter, { lineWidth: -1, noRefs: true })}---\n`);
console.log(`Đã tạo ${out} với ${activities.length} hoạt động. Thêm phần tóm tắt dưới dòng "---" cuối, rồi chạy npm run build để kiểm tra.`);
