/**
 * Starting a year (`npm run nam-moi -- 2026`): which years may be started, the file it
 * writes (every field, the unknown ones empty, nothing borrowed from another year), that
 * the file passes the content check as written, and that the command refuses, in
 * Vietnamese and without touching anything, what it must not do.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { FIRST_YEAR, newYearRefusal, newYearYaml, nextSteps, readYearArgument } from '../../src/lib/new-year.ts';
import { dayText, knownDays, slogansPending, themeSentence } from '../../src/lib/year-facts.ts';
import { describeIssues } from '../../src/schemas/errors.ts';
import { yearSchema } from '../../src/schemas/year.ts';
import { ROOT, contentWith } from '../fixtures/content-copy.ts';
import { editorEnvironment } from '../support/build.ts';

const parse = (value: unknown) => yearSchema.safeParse(value, { reportInput: true });
const problemsOf = (value: unknown) => {
  const result = parse(value);
  return result.success ? [] : describeIssues(result.error).map((problem) => `[${problem.field}] ${problem.message}`);
};

describe('the year typed after npm run nam-moi --', () => {
  it('takes a 4-digit year from 2022', () => {
    expect(readYearArgument('2026')).toEqual({ ok: true, year: 2026 });
    expect(readYearArgument(' 2022 ')).toEqual({ ok: true, year: 2022 });
  });

  it('refuses anything else, saying why and how to write it', () => {
    expect(readYearArgument(undefined)).toMatchObject({ ok: false, message: expect.stringMatching(/^Thiếu năm cần tạo\. Cách dùng: npm run nam-moi -- <năm>/) });
    for (const typed of ['26', '20266', 'năm 2026', '2026.5', '2O26']) {
      expect(readYearArgument(typed)).toMatchObject({ ok: false, message: expect.stringContaining(`"${typed}" không phải là một năm viết đủ 4 chữ số.`) });
    }
    expect(readYearArgument('2021')).toEqual({
      ok: false,
      message:
        'Năm 2021 có trước Ngày Chuyển đổi số quốc gia: ngày này có từ năm 2022 (Quyết định số 505/QĐ-TTg của Thủ tướng Chính phủ). Chọn một năm từ 2022 trở đi.',
    });
    expect(readYearArgument('2101')).toMatchObject({ ok: false, message: expect.stringContaining('quá xa') });
  });

  it('agrees with the year schema on the first year', () => {
    expect(problemsOf({ ...yaml.load(newYearYaml(FIRST_YEAR)) as object, year: FIRST_YEAR - 1 })).toHaveLength(1);
    expect(problemsOf(yaml.load(newYearYaml(FIRST_YEAR)))).toEqual([]);
  });
});

describe('the file a new year starts as', () => {
  const text = newYearYaml(2026);
  const raw = yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;

  it('holds every field of the schema, the unknown facts empty', () => {
    expect(Object.keys(raw)).toEqual(['year', 'theme', 'slogans', 'day', 'campaigns', 'movements', 'notes']);
    expect(raw).toEqual({
      year: 2026,
      theme: { text: null, sources: [] },
      slogans: [],
      day: { date: null, sources: [] },
      campaigns: [],
      movements: [],
      notes: [],
    });
  });

  it('passes the schema as "not announced": no theme, no day, no slogans', () => {
    const result = parse(raw);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ year: 2026, theme: undefined, day: undefined, slogans: [] });
  });

  it('borrows nothing from the shipped years', async () => {
    const { content } = await checkContent(ROOT);
    for (const { data } of content.years) {
      for (const fact of [data.theme?.text, ...data.slogans.map((slogan) => slogan.text)]) {
        if (fact) expect(text).not.toContain(fact);
      }
    }
  });

  it('says in comments, in Vietnamese NFC, where each fact comes from and how to write it', () => {
    expect(text.normalize('NFC')).toBe(text);
    expect(text).toContain('# CHỦ ĐỀ năm 2026: chưa công bố.');
    expect(text).toContain('kế hoạch năm 2026 của Bộ chủ trì Ngày Chuyển');
    expect(text).toContain('Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ');
    expect(text).toContain('kế hoạch của tỉnh, huyện, xã dẫn lại chủ đề ấy');
    expect(text).toContain('content/README.md, mục 3');
    expect(text).toContain('Đừng chép chủ đề, khẩu');
    // Every guidance line is a comment: nothing but the fields is read.
    const fields = text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
    expect(fields).toEqual(['year: 2026', 'theme:', '  text:', '  sources: []', 'slogans: []', 'day:', '  date:', '  sources: []', 'campaigns: []', 'movements: []', 'notes: []']);
  });
});

describe('a year not announced yet, in the schema', () => {
  const announced = { text: 'Chủ đề', sources: [{ title: 'Kế hoạch của Bộ' }] };

  it('reads an empty theme or day, written either way, as not announced', () => {
    for (const empty of [null, { text: null, sources: [] }, { text: '', sources: null }, { text: '  ' }]) {
      expect(parse({ year: 2026, theme: empty, day: null }).data).toMatchObject({ theme: undefined, day: undefined });
    }
    expect(parse({ year: 2026, theme: null, day: { date: null, sources: [] }, slogans: null, notes: null }).data).toMatchObject({ slogans: [], notes: [] });
  });

  it('still asks for the fields themselves, so a block deleted by mistake is not read as "not announced"', () => {
    expect(problemsOf({ year: 2026 })).toEqual([
      '[theme] Thiếu trường bắt buộc "theme". Ghi chủ đề của năm kèm nguồn; nếu chủ đề chưa công bố, vẫn ghi theme với text để trống và sources: [] (xem content/README.md, mục 3).',
      '[day] Thiếu trường bắt buộc "day". Ghi ngày của năm kèm nguồn; nếu chưa có văn bản nêu ngày, vẫn ghi day với date để trống và sources: [] (xem content/README.md, mục 3).',
    ]);
  });

  it('refuses a half-filled block: sources without the fact', () => {
    expect(problemsOf({ year: 2026, theme: { text: null, sources: announced.sources }, day: { date: '', sources: announced.sources } })).toEqual([
      '[theme › text] Đã ghi nguồn hoặc ghi chú nhưng chưa ghi chủ đề (text). Chép chủ đề đúng từng chữ như văn bản công bố vào text; nếu chủ đề chưa công bố, để trống text và ghi sources: [] (cổng hiện "chưa công bố").',
      '[day › date] Đã ghi nguồn nhưng chưa ghi ngày (date). Ghi ngày theo văn bản, dạng ngày/tháng/năm; nếu chưa có văn bản nêu ngày, để trống date và ghi sources: [] (cổng hiện "chưa công bố").',
    ]);
    expect(problemsOf({ year: 2026, theme: { text: null, note: 'Bộ sẽ công bố sau', sources: [] }, day: null })).toHaveLength(1);
  });

  it('names a misspelt field beside an empty one, once', () => {
    expect(problemsOf({ year: 2026, theme: { text: null, sources: [], tex: 'Chủ đề' }, day: null })).toEqual([
      '[theme] Trường không được hỗ trợ: "tex". Ở đây chỉ có các trường "text", "note", "sources": kiểm tra chính tả tên trường (xem content/README.md, mục 3) hoặc xóa dòng đó.',
    ]);
  });

  it('keeps asking a written theme or day for its source', () => {
    expect(problemsOf({ year: 2026, theme: { text: 'Chủ đề' }, day: { date: '10/10/2026', sources: [] } })).toEqual([
      '[theme › sources] Thiếu trường bắt buộc "sources". Thêm dòng "sources: …" vào tệp (xem content/README.md).',
      '[day › sources] Thiếu nguồn: mỗi thông tin phải ghi rõ lấy từ văn bản hay trang nào.',
    ]);
    expect(parse({ year: 2026, theme: announced, day: { date: '10/10/2026', sources: announced.sources } }).data).toMatchObject({
      theme: announced,
      day: { date: '2026-10-10' },
    });
  });
});

describe('how a year not announced yet reads', () => {
  const pending = { year: 2026, theme: undefined, day: undefined, slogans: [] };
  const known = { year: 2025, theme: { text: 'Chuyển đổi số: nhanh hơn, hiệu quả hơn, gần dân hơn' }, day: { date: '2025-10-10' }, slogans: [] };

  it('says "chưa công bố", never something made up', () => {
    expect(themeSentence(pending)).toBe('Chủ đề năm 2026: chưa công bố');
    expect(dayText(pending)).toBe('chưa công bố');
    expect(slogansPending(pending)).toBe(true);
    expect(themeSentence(known)).toBe('Chủ đề năm 2025: Chuyển đổi số: nhanh hơn, hiệu quả hơn, gần dân hơn');
    expect(dayText(known)).toBe('10/10/2025');
    // A year with a theme and no slogans (2023) has none, rather than none "yet".
    expect(slogansPending(known)).toBe(false);
    expect(knownDays([pending, known])).toEqual(['2025-10-10']);
  });
});

describe('what the editor is told', () => {
  it('leaves defaultYear to the editor, saying how to move it', () => {
    const steps = nextSteps(2026, 'content/years/2026.yaml', 2025).join('\n');
    expect(steps).toContain('Đã tạo content/years/2026.yaml');
    expect(steps).toContain('Trang chủ vẫn hiện năm 2025 (defaultYear: 2025 trong content/site.yaml); lệnh này không sửa site.yaml.');
    expect(steps).toContain('sửa dòng defaultYear trong content/site.yaml thành "defaultYear: 2026"');
    expect(nextSteps(2026, 'content/years/2026.yaml', 2026).join('\n')).toContain('Trang chủ đã đặt năm 2026');
    expect(nextSteps(2026, 'content/years/2026.yaml').join('\n')).toContain('Trang chủ vẫn hiện năm ghi ở defaultYear trong content/site.yaml');
  });

  it('refuses a folder that is missing, a year that exists, or exists as .yml', () => {
    const folder = { shown: 'content', exists: true };
    expect(newYearRefusal(2026, folder, ['2025.yaml'])).toBeUndefined();
    expect(newYearRefusal(2026, folder, [])).toBeUndefined();
    expect(newYearRefusal(2026, { shown: 'noi-dung', exists: false }, [])).toMatch(/^Không có thư mục nội dung noi-dung\./);
    expect(newYearRefusal(2026, folder, ['2026.yaml'])).toMatch(/^Đã có tệp content\/years\/2026\.yaml: lệnh không ghi đè\./);
    expect(newYearRefusal(2026, folder, ['2026.yml'])).toBe(
      'Đã có tệp content/years/2026.yml cho năm 2026, nhưng cổng chỉ đọc tệp tên 2026.yaml. Đổi tên tệp đó thành 2026.yaml thay vì tạo tệp mới.',
    );
  });
});

describe('npm run nam-moi on a copy of content/', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/new-year.ts', ...args], { cwd: ROOT, env: { ...editorEnvironment(), ...env }, encoding: 'utf8' });
  const copy = async () => {
    const dir = await contentWith([]);
    dirs.push(dir);
    return dir;
  };

  it('writes a year the content check accepts as it is, and leaves site.yaml alone', async () => {
    const dir = await copy();
    const site = await readFile(join(dir, 'site.yaml'), 'utf8');
    const result = run(['2026'], { CDS_CONTENT_DIR: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Đã tạo ${join(dir, 'years/2026.yaml')}`);
    expect(result.stdout).toContain('Trang chủ vẫn hiện năm 2025');
    expect(await readFile(join(dir, 'years/2026.yaml'), 'utf8')).toBe(newYearYaml(2026));
    expect(await readFile(join(dir, 'site.yaml'), 'utf8')).toBe(site);
    const { problems, content } = await checkContent(ROOT, dir);
    expect(problems).toEqual([]);
    expect(content.years.find((year) => year.id === '2026')?.data).toMatchObject({ year: 2026, theme: undefined, day: undefined });
  });

  it('refuses a second run, leaving the file as the editor changed it', async () => {
    const dir = await copy();
    expect(run(['2026', '--thu-muc', dir]).status).toBe(0);
    const edited = (await readFile(join(dir, 'years/2026.yaml'), 'utf8')).replace('  text:\n', '  text: Chủ đề đã ghi\n');
    await writeFile(join(dir, 'years/2026.yaml'), edited);
    const again = run(['2026', '--thu-muc', dir]);
    expect(again.status).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain(`Đã có tệp ${dir}/years/2026.yaml: lệnh không ghi đè.`);
    expect(await readFile(join(dir, 'years/2026.yaml'), 'utf8')).toBe(edited);
  });

  it('refuses a year before 2022, a year not written in 4 digits and a missing folder, writing nothing', async () => {
    const dir = await copy();
    const before = await readdir(join(dir, 'years'));
    for (const [args, message] of [
      [['2021'], 'Năm 2021 có trước Ngày Chuyển đổi số quốc gia'],
      [['26'], '"26" không phải là một năm viết đủ 4 chữ số.'],
      [[], 'Thiếu năm cần tạo.'],
      [['2026', '2027'], 'Chỉ tạo một năm mỗi lần'],
    ] as const) {
      const result = run([...args, '--thu-muc', dir]);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr).toContain(message);
    }
    expect(await readdir(join(dir, 'years'))).toEqual(before);
    const missing = join(await mkdtemp(join(tmpdir(), 'cds-khong-co-')), 'content');
    dirs.push(join(missing, '..'));
    const result = run(['2026'], { CDS_CONTENT_DIR: missing });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Không có thư mục nội dung ${missing}.`);
    expect(await readdir(join(missing, '..'))).toEqual([]);
  });
});
