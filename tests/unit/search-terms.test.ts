/**
 * content/tim-kiem.yaml, the search's synonyms: what the schema keeps, every mistake an
 * editor can make with the Vietnamese message it gets (pinned), the file being optional,
 * and the loader the Astro pages read it through.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { parseYaml } from '../../src/check/read.ts';
import { checkSearchTerms } from '../../src/check/search-terms.ts';
import { SEARCH_TERMS_ID, searchTermsEntrySchema, searchTermsLoader } from '../../src/loaders/search-terms.ts';
import { phraseKey, searchTermsSchema, synonymGroups } from '../../src/schemas/search-terms.ts';
import { ROOT, contentWith, type Edit } from '../fixtures/content-copy.ts';

const FILE = 'content/tim-kiem.yaml';

/** "field: message" for each problem of a tim-kiem.yaml written as `yaml`. */
function problemsOf(yaml: string): string[] {
  return checkSearchTerms(FILE, parseYaml(yaml)).problems.map((problem) => `${problem.field}: ${problem.message}`);
}

describe('the schema', () => {
  it('keeps each phrase in NFC, trimmed, one space between words, in the case written', () => {
    const decomposed = 'căn cước'.normalize('NFD');
    const result = searchTermsSchema.parse([[`  ${decomposed}  công\u00a0dân `, 'CCCD'], ['wi-fi', 'dichvucong.gov.vn']]);
    expect(result).toEqual([['căn cước công dân', 'CCCD'], ['wi-fi', 'dichvucong.gov.vn']]);
    expect(result[0]?.[0]).toBe('căn cước công dân'.normalize('NFC'));
  });

  it('reads an empty file as no groups', () => {
    expect(searchTermsSchema.parse(undefined)).toEqual([]);
    expect(searchTermsSchema.parse(null)).toEqual([]);
    expect(searchTermsSchema.parse([])).toEqual([]);
  });

  it('accepts the block style as well as [a, b]', () => {
    expect(problemsOf('- - căn cước công dân\n  - cccd\n- [trực tuyến, online]\n')).toEqual([]);
  });

  it('takes four words, not five', () => {
    expect(problemsOf('- [tổ công nghệ số, tổ cnscđ]')).toEqual([]);
    expect(problemsOf('- [tổ công nghệ số cộng, tổ cnscđ]')).toHaveLength(1);
  });

  it('compares case only: "ca" and "cá" are different words, "App" and "app" the same', () => {
    expect(problemsOf('- [ca, ca làm việc]\n- [cá, con cá]')).toEqual([]);
    expect(problemsOf('- [ứng dụng, App]\n- [app di động, app]')).toHaveLength(1);
    expect(phraseKey(' Căn  Cước ')).toBe('căn cước');
    expect(phraseKey('Đường dây nóng')).toBe('đường dây nóng');
  });

  it('gives the search lower-case phrases', () => {
    expect(synonymGroups([['Căn cước công dân', 'CCCD'], ['VNeID', 'Định danh điện tử']])).toEqual([
      ['căn cước công dân', 'cccd'],
      ['vneid', 'định danh điện tử'],
    ]);
  });
});

describe('each mistake names the group, the phrase and the fix', () => {
  it('a phrase in two groups names both and asks to merge them', () => {
    const groups = Array.from({ length: 17 }, (_, index) => `- [nhóm thử ${index + 1}, cách gọi ${index + 1}]`);
    groups[2] = '- [căn cước công dân, cccd]';
    groups[16] = '- [thẻ căn cước, CCCD]';
    expect(checkSearchTerms(FILE, parseYaml(groups.join('\n'))).problems).toEqual([
      {
        file: FILE,
        field: 'nhóm 17 › cụm từ 2',
        message:
          'Cụm từ "CCCD" đã có trong nhóm 3. Một cụm từ chỉ thuộc một nhóm: gộp nhóm 3 và nhóm 17 thành một nhóm (chép các cụm từ còn thiếu sang nhóm 3, rồi xóa nhóm 17); nếu hai nhóm khác nghĩa, bỏ cụm từ này khỏi một nhóm.',
      },
    ]);
  });

  it('phrases that cannot be searched for', () => {
    const yaml = [
      '- ["tài khoản, mật khẩu", mật khẩu]',
      '- [10/10, ngày chuyển đổi số]',
      '- [tổ công nghệ số cộng đồng, tổ cnscđ]',
      '- [2024, năm nay]',
      '- [" ", "...", zalo]',
      '- [app, ứng dụng, App]',
    ].join('\n');
    expect(problemsOf(yaml)).toMatchInlineSnapshot(`
      [
        "nhóm 1 › cụm từ 1: Cụm từ "tài khoản, mật khẩu" có dấu phẩy. Trong nhóm [ … ], dấu phẩy ngăn cách các cụm từ, nên một cụm từ không được chứa dấu phẩy: nếu đây là hai cụm từ, bỏ ngoặc kép bao quanh để dấu phẩy tách chúng ra; nếu là một cụm từ, bỏ dấu phẩy.",
        "nhóm 2 › cụm từ 1: Cụm từ "10/10" có ký tự "/". Cụm từ chỉ gồm chữ, chữ số, dấu cách, dấu gạch ngang (-) và dấu chấm (.): bỏ ký tự đó hoặc thay bằng dấu cách.",
        "nhóm 3 › cụm từ 1: Cụm từ "tổ công nghệ số cộng đồng" có 6 từ (tính mỗi tiếng cách nhau bằng dấu cách); mỗi cụm từ tối đa 4 từ. Rút gọn thành cách gọi ngắn mà người dân hay gõ, ví dụ "tổ công nghệ số" thay cho "tổ công nghệ số cộng đồng".",
        "nhóm 4 › cụm từ 1: YAML đọc cụm từ này thành số 2024, không phải chữ. Đặt cụm từ trong ngoặc kép, ví dụ "2024", để giữ đúng như khi gõ.",
        "nhóm 5 › cụm từ 1: Cụm từ để trống. Viết cụm từ vào, hoặc xóa nó khỏi nhóm.",
        "nhóm 5 › cụm từ 2: Cụm từ "..." không có chữ hay chữ số nào. Viết một từ người dân hay gõ, hoặc xóa cụm từ này.",
        "nhóm 6 › cụm từ 3: Cụm từ "App" đã có ở cụm từ 1 của nhóm này ("app": chữ hoa, chữ thường được coi là một). Xóa một trong hai.",
      ]
    `);
  });

  it('groups that are not lists of two phrases or more', () => {
    const yaml = ['- [căn cước công dân]', '- cccd, căn cước', '- zalo', '-', '- []', '- [a: b, c]', '- [vneid, vneid]'].join('\n');
    expect(problemsOf(yaml)).toMatchInlineSnapshot(`
      [
        "nhóm 1: Nhóm chỉ có một cụm từ "căn cước công dân": một nhóm cần ít nhất hai cách gọi cùng nghĩa. Thêm cách gọi khác vào nhóm (cách nhau bằng dấu phẩy), hoặc xóa nhóm này.",
        "nhóm 2: Nhóm thiếu ngoặc vuông nên được đọc thành một đoạn chữ. Viết - [cccd, căn cước].",
        "nhóm 3: Nhóm "zalo" chỉ là một đoạn chữ, chưa phải danh sách. Viết các cụm từ cùng nghĩa trong ngoặc vuông, cách nhau bằng dấu phẩy: - [zalo, …].",
        "nhóm 4: Nhóm để trống (dòng "-" không có gì). Viết các cụm từ cùng nghĩa trong ngoặc vuông, ví dụ - [căn cước công dân, cccd], hoặc xóa dòng này.",
        "nhóm 5: Nhóm trống. Viết ít nhất hai cụm từ cùng nghĩa, ví dụ - [căn cước công dân, cccd], hoặc xóa nhóm.",
        "nhóm 6 › cụm từ 1: Cụm từ có dấu hai chấm ": " nên YAML đọc thành một trường. Bỏ dấu hai chấm khỏi cụm từ.",
        "nhóm 7 › cụm từ 2: Cụm từ "vneid" đã có ở cụm từ 1 của nhóm này. Xóa một trong hai.",
      ]
    `);
  });

  it('a file that is not a list, or not YAML', () => {
    expect(problemsOf('cccd: căn cước công dân')).toEqual([
      ': Tệp phải là một danh sách các nhóm, mỗi nhóm một dòng bắt đầu bằng "- ", ví dụ - [căn cước công dân, cccd].',
    ]);
    expect(problemsOf('- [căn cước, cccd\n- [trực tuyến, online]')).toEqual([
      ': Dòng 1: giá trị bắt đầu bằng ngoặc vuông "[" nên YAML đọc là danh sách [a, b], nhưng thiếu "]" đóng. Nếu là danh sách, các mục cách nhau bằng dấu phẩy và đóng bằng "]" cuối cùng (mục có dấu phẩy, dấu hai chấm thì đặt trong ngoặc kép); nếu là chữ, đặt cả giá trị trong ngoặc kép.',
    ]);
  });
});

describe('in the content check', () => {
  async function check(edits: Edit[]) {
    const dir = await contentWith(edits);
    try {
      const { problems, content } = await checkContent(ROOT, dir);
      const copy = /[^\s"]*cds-noi-dung-[^/]+\//g;
      return { problems: problems.map((problem) => ({ ...problem, file: problem.file.replace(copy, '') })), content };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('is optional: without the file there is no problem and no synonym', async () => {
    const { problems, content } = await check([{ file: 'tim-kiem.yaml', remove: true }]);
    expect(problems).toEqual([]);
    expect(content.searchTerms).toBeUndefined();
  });

  it('reports the file, the group and the phrase', async () => {
    const groups = (await checkContent(ROOT)).content.searchTerms?.data.length ?? 0;
    const { problems, content } = await check([{ file: 'tim-kiem.yaml', find: /\n*$/, replace: '\n- [thử nghiệm, cccd]\n- [một mình]\n' }]);
    expect(content.searchTerms).toBeUndefined();
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['tim-kiem.yaml', `nhóm ${groups + 1} › cụm từ 2`],
      ['tim-kiem.yaml', `nhóm ${groups + 2}`],
    ]);
    expect(problems[0]?.message).toMatch(new RegExp(`^Cụm từ "cccd" đã có trong nhóm \\d+\\. .*gộp nhóm \\d+ và nhóm ${groups + 1}`));
  });

  it('keeps the shipped groups in NFC', async () => {
    const { content } = await checkContent(ROOT);
    const groups = content.searchTerms?.data ?? [];
    expect(groups.length).toBeGreaterThan(0);
    for (const phrase of groups.flat()) expect(phrase).toBe(phrase.normalize('NFC'));
  });
});

describe('the loader the pages read', () => {
  /** Runs the loader on a content folder holding `text` as tim-kiem.yaml (none if undefined). */
  async function load(text: string | undefined) {
    const dir = await mkdtemp(join(tmpdir(), 'cds-tim-kiem-'));
    try {
      if (text !== undefined) await writeFile(join(dir, 'tim-kiem.yaml'), text);
      const entries = new Map<string, { data: unknown }>();
      const warnings: string[] = [];
      const context = {
        config: { root: pathToFileURL(`${dir}/`) },
        store: { clear: () => entries.clear(), set: (entry: { id: string; data: unknown }) => entries.set(entry.id, entry) },
        parseData: async ({ data }: { data: unknown }) => searchTermsEntrySchema.parse(data),
        generateDigest: (value: unknown) => String(value).length.toString(),
        logger: { warn: (message: string) => warnings.push(message), error: (message: string) => warnings.push(message) },
      } as unknown as LoaderContext;
      await searchTermsLoader('tim-kiem.yaml').load(context);
      return { entries: [...entries.keys()], data: entries.get(SEARCH_TERMS_ID)?.data, warnings };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('holds one entry with every group', async () => {
    expect(await load('- [Căn cước công dân, CCCD]\n- [trực tuyến, online]\n')).toEqual({
      entries: [SEARCH_TERMS_ID],
      data: { groups: [['Căn cước công dân', 'CCCD'], ['trực tuyến', 'online']] },
      warnings: [],
    });
  });

  it('holds no group, without a warning, when there is no file', async () => {
    expect(await load(undefined)).toEqual({ entries: [SEARCH_TERMS_ID], data: { groups: [] }, warnings: [] });
  });

  it('holds no group, with a warning, while the file has an error', async () => {
    const { data, warnings } = await load('- [cccd]\n');
    expect(data).toEqual({ groups: [] });
    expect(warnings).toEqual(['tim-kiem.yaml có lỗi (xem báo cáo kiểm tra nội dung): tìm kiếm tạm thời không dùng từ đồng nghĩa.']);
  });

  it('reads the shipped file', async () => {
    const { data } = await load(await readFile(join(ROOT, 'content/tim-kiem.yaml'), 'utf8'));
    expect((data as { groups: string[][] }).groups).toEqual((await checkContent(ROOT)).content.searchTerms?.data);
  });
});
