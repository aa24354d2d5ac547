/**
 * Importing a plan from its Word file, on .docx files generated here from the seeds'
 * text (tests/fixtures/word-plans.ts): the reader (mammoth) and the import must give back
 * exactly the activities and the header facts of the shipped plans.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { activityTables, provinceFromImplements, readDocumentActivities, readDocumentHeader } from '../../src/lib/docx-plan.ts';
import { readWordFile, refuseWordBytes } from '../../scripts/lib/docx.ts';
import { ROOT, contentWith } from '../fixtures/content-copy.ts';
import { ducTho, hauGiang, thachHa, wordFile, type WordPlan } from '../fixtures/word-plans.ts';

const made: string[] = [];
const scratch = await mkdtemp(join(tmpdir(), 'cds-docx-'));
made.push(scratch);
afterAll(async () => {
  await Promise.all(made.map((folder) => rm(folder, { recursive: true, force: true })));
});

const { content } = await checkContent(ROOT);
const shipped = (id: string) => content.plans.find((plan) => plan.id === id)!.data;

async function saved(name: string, plan: WordPlan | Uint8Array): Promise<string> {
  const path = join(scratch, name);
  await writeFile(path, plan instanceof Uint8Array ? plan : await wordFile(plan));
  return path;
}

function importPlan(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/import-plan.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('a .docx shaped like a shipped plan gives back its activities and header', () => {
  const cases = [
    ['hau-giang-2024', hauGiang, undefined],
    ['thach-ha-2025', thachHa, 'Hà Tĩnh'],
  ] as const;

  it.each(cases)('%s: the appendix table (merged cells, line breaks, section rows) reads as the shipped activities', async (id, plan, province) => {
    const { blocks, mergesUncertain } = await readWordFile(await saved(`${id}.docx`, plan()));
    expect(mergesUncertain).toBe(false);
    const header = readDocumentHeader(blocks, province ? { province } : {});
    const tables = activityTables(blocks);
    expect(tables.map((table) => table.label)).toEqual(['Bảng 1 (Phụ lục)']);
    const { activities, problems } = readDocumentActivities(tables, header.year!.value);
    expect(problems).toEqual([]);
    expect(activities).toEqual(shipped(id).activities);
  });

  it('hau-giang-2024: the header states the shipped issuer, locality, year, title, blank number and date, implemented decisions and signer', async () => {
    const { blocks } = await readWordFile(await saved('hau-giang-header.docx', hauGiang()));
    const header = readDocumentHeader(blocks);
    const plan = shipped('hau-giang-2024');
    expect(header.issuer).toMatchObject({ name: plan.issuer, locality: plan.locality.name, level: plan.locality.level });
    expect(header.year?.value).toBe(plan.year);
    expect(header.title).toBe(plan.title);
    expect(header.number).toBeUndefined();
    expect(header.date).toBeUndefined();
    expect(header.asWritten).toBe(plan.asWritten);
    expect(header.implements).toEqual(plan.implements);
    expect(header.signer).toEqual(plan.signer);
    expect(header.notes).toEqual([]);
  });

  it('thach-ha-2025: the header states the shipped issuer, title, implemented plan (its issuer completed by --tinh) and signer', async () => {
    const { blocks } = await readWordFile(await saved('thach-ha-header.docx', thachHa()));
    const plan = shipped('thach-ha-2025');
    // The document says "của UBND tỉnh" without naming the province: nothing to take it from.
    expect(provinceFromImplements(readDocumentHeader(blocks).implements)).toBeUndefined();
    const header = readDocumentHeader(blocks, { province: 'Hà Tĩnh' });
    expect(header.issuer).toMatchObject({ name: plan.issuer, locality: plan.locality.name, level: plan.locality.level });
    expect(header.title).toBe(plan.title);
    expect(header.year?.value).toBe(plan.year);
    expect(header.implements).toEqual(plan.implements);
    expect(header.signer).toEqual(plan.signer);
    expect(header.asWritten).toBe('Số: …/KH-UBND; Thạch Hà, ngày … tháng 10 năm 2025');
  });
});

describe('npm run import:plan -- ke-hoach.docx', () => {
  it.each([
    ['hau-giang-2024', hauGiang, []],
    ['thach-ha-2025', thachHa, ['--tinh', 'Hà Tĩnh']],
  ] as const)('%s: writes a plan file the content check accepts, the shipped plan but for its slogans and links', async (id, plan, options) => {
    // The shipped file is taken out, else the copy is refused as a duplicate of it.
    const folder = await contentWith([{ file: `plans/${id}.md`, remove: true }]);
    made.push(folder);
    const run = importPlan(await saved(`${id}-run.docx`, plan()), ...options, '--thu-muc', folder);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`plans/${id}.md với ${shipped(id).activities.length} hoạt động`);
    const { problems, content: imported } = await checkContent(ROOT, folder);
    expect(problems).toEqual([]);
    const { slogans: _slogans, links: _links, asWritten, ...facts } = shipped(id);
    const copy = imported.plans.find((entry) => entry.id === id)!.data;
    expect(copy).toEqual({ ...facts, slogans: [], links: [], asWritten: id === 'thach-ha-2025' ? 'Số: …/KH-UBND; Thạch Hà, ngày … tháng 10 năm 2025' : asWritten });
  });

  it('asks for what the document does not state, naming the option', async () => {
    const run = importPlan(await saved('thach-ha-no-province.docx', thachHa()), '--thu-muc', scratch);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--tinh: tỉnh của địa phương, ví dụ --tinh "Hà Tĩnh"');
  });

  it('options override what the document states', async () => {
    const folder = await contentWith([]);
    made.push(folder);
    const run = importPlan(await saved('hau-giang-options.docx', hauGiang()), '--ma', 'hau-giang-nhap', '--tieu-de', 'Kế hoạch thử', '--thu-muc', folder);
    expect(run.stderr).toBe('');
    const { content: imported } = await checkContent(ROOT, folder);
    expect(imported.plans.find((entry) => entry.id === 'hau-giang-nhap')?.data.title).toBe('Kế hoạch thử');
  });

  it('reports every unreadable cell by table, row and column, and writes nothing', async () => {
    const broken = thachHa();
    broken.table[2]![2] = ''; // TT 1: no lead unit
    broken.table[4]![3] = 'tháng mười ba'; // TT 3: a time that is no date
    const folder = await contentWith([{ file: 'plans/thach-ha-2025.md', remove: true }]);
    made.push(folder);
    const run = importPlan(await saved('thach-ha-broken.docx', broken), '--tinh', 'Hà Tĩnh', '--thu-muc', folder);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').slice(0, 3)).toEqual([
      'Tệp thach-ha-broken.docx có 2 ô chưa đọc được, chưa tạo kế hoạch:',
      '  • Bảng 1 (Phụ lục), hàng 3 (TT 1), cột 3 (Đơn vị chủ trì): Ô trống: cần ít nhất một đơn vị chủ trì.',
      '  • Bảng 1 (Phụ lục), hàng 5 (TT 3), cột 5 (Thời gian dự kiến): Không đọc được thời gian "tháng mười ba": không hiểu "tháng mười ba" (cần dạng "01/10/2024", "tháng 10/2024", "năm 2024" hoặc "từ … đến …"). Ghi ngày vào hai cột "Bắt đầu" và "Kết thúc" (dạng ngày/tháng/năm), hoặc sửa ô cho rõ.',
    ]);
    expect(run.stderr).toContain('Sửa các ô trên trong Word, lưu lại (.docx) rồi chạy lại lệnh.');
    expect(existsSync(join(folder, 'plans/thach-ha-2025.md'))).toBe(false);
  });

  it('explains a plan whose activities are sections, not a table (Đức Thọ), and writes nothing', async () => {
    const folder = await contentWith([{ file: 'plans/duc-tho-2024.md', remove: true }]);
    made.push(folder);
    const run = importPlan(await saved('duc-tho.docx', ducTho()), '--thu-muc', folder);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Không tìm thấy bảng hoạt động trong văn bản');
    expect(run.stderr).toContain('"2.1. Các hoạt động thông tin, truyền thông" (Thời gian thực hiện: Từ ngày 15/9/2024 đến ngày 31/10/2024.)');
    expect(run.stderr).toContain('chép các hoạt động vào một bảng');
    expect(run.stderr).toContain('CSV UTF-8');
    expect(existsSync(join(folder, 'plans/duc-tho-2024.md'))).toBe(false);
  });

  const OLD_WORD = new Uint8Array(512);
  OLD_WORD.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

  it.each(['ke-hoach.doc', 'doi-duoi.docx'])('refuses an old Word file (%s), saying how to save it as .docx', async (name) => {
    const run = importPlan(await saved(name, OLD_WORD), '--thu-muc', scratch);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Tệp ${name} là tệp Word cũ (.doc, Word 97–2003) hoặc tệp Word có đặt mật khẩu`);
    expect(run.stderr).toContain('Tệp › Lưu thành… › Tài liệu Word (.docx)');
  });

  it('refuses a .docx that is not a zip', async () => {
    const run = importPlan(await saved('khong-phai-zip.docx', strToU8('Kế hoạch số 1/KH-UBND')), '--thu-muc', scratch);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Tệp khong-phai-zip.docx không phải tệp .docx thật: tệp .docx là một tệp nén (zip), tệp này thì không.');
    expect(run.stderr).toContain('Tệp › Lưu thành… › Tài liệu Word (.docx)');
  });
});

describe('refuseWordBytes', () => {
  it('names what a file that is not a .docx is', () => {
    expect(refuseWordBytes(strToU8('%PDF-1.7'), 'a.docx')).toContain('tệp PDF được đổi đuôi');
    expect(refuseWordBytes(new Uint8Array(0), 'a.docx')).toContain('Tệp trống');
    expect(refuseWordBytes(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), 'a.docx')).toContain('không phải tài liệu Word (không có word/document.xml)');
    expect(refuseWordBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.docx')).toContain('bị hỏng');
    expect(refuseWordBytes(zipSync({ 'word/document.xml': strToU8('<w:document/>') }), 'a.docx')).toBeUndefined();
  });
});
