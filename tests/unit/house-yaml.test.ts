/**
 * The house style content files are written in (src/lib/cms/house-yaml.ts): every shipped
 * file reads back and writes out byte for byte, which is what makes an editor's save in
 * /admin/ change only the lines the editor changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionFields } from '../../src/lib/cms/config.ts';
import type { CmsField } from '../../src/lib/cms/fields.ts';
import { readEntryFile, writeEntryFile } from '../../src/lib/cms/entry-file.ts';
import { restyle } from '../../src/lib/cms/restyle.ts';
import { withYearBlocks, YEAR_FIELD_ORDER } from '../../src/lib/cms/year-blocks.ts';
import { yearSchema } from '../../src/schemas/year.ts';
import { newYearYaml } from '../../src/lib/new-year.ts';
import { DEFAULT_FALSE_KEYS, writeFrontMatter, writeYamlFile } from '../../src/lib/cms/house-yaml.ts';

const CONTENT = new URL('../../content/', import.meta.url).pathname;
const shipped = readdirSync(CONTENT, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(ya?ml|mdx?)$/.test(entry.name) && entry.name !== 'README.md')
  .map((entry) => join(entry.parentPath, entry.name).slice(CONTENT.length))
  .sort();

describe('the house style of content files', () => {
  it.each(shipped)('content/%s reads back and writes out unchanged', (path) => {
    const text = readFileSync(join(CONTENT, path), 'utf8');
    const kind = /\.ya?ml$/.test(path) ? 'yaml' : 'front-matter';
    expect(writeEntryFile(readEntryFile(text, kind), kind)).toBe(text);
  });

  it('writes short lists of plain words on one line, others one item a line', () => {
    expect(writeFrontMatter({ lead: ['Sở A', 'UBND xã'], partners: ['UBND các huyện, thị xã, thành phố'], links: [] })).toBe(
      'lead: [Sở A, UBND xã]\npartners:\n  - UBND các huyện, thị xã, thành phố\nlinks: []',
    );
    const long = Array.from({ length: 12 }, (_, at) => `Đơn vị số ${at + 1}`);
    expect(writeFrontMatter({ partners: long }).split('\n')).toHaveLength(13);
  });

  it('quotes only what YAML would read otherwise, with double quotes', () => {
    expect(writeFrontMatter({ text: 'Chuyển đổi số: nhanh hơn', phone: '0912345678', day: '10/10/2025', note: '#ChuyenDoiSo', plain: 'Gần dân hơn' })).toBe(
      'text: "Chuyển đổi số: nhanh hơn"\nphone: "0912345678"\nday: 10/10/2025\nnote: "#ChuyenDoiSo"\nplain: Gần dân hơn',
    );
  });

  it('in a .yaml file, sets off with a blank line each top-level part that spans several lines', () => {
    expect(writeYamlFile({ year: 2026, theme: { text: 'A' }, slogans: [] })).toBe('year: 2026\n\ntheme:\n  text: A\n\nslogans: []\n');
  });

  it('leaves out a false that is the schema default, keeps true', () => {
    expect(writeYamlFile({ activities: [{ task: 'A', ongoing: false }, { task: 'B', ongoing: true }] })).toBe(
      'activities:\n  - task: A\n  - task: B\n    ongoing: true\n',
    );
  });

  it('knows every field whose default is false (from the schemas, through the editor fields)', () => {
    const names = new Set<string>();
    const walk = (fields: CmsField[]) => {
      for (const field of fields) {
        if (field.widget === 'boolean' && field.default === false) names.add(field.name);
        walk(field.fields ?? []);
        if (field.field) walk([field.field]);
      }
    };
    for (const fields of Object.values(collectionFields())) walk(fields);
    expect([...names].sort()).toEqual([...DEFAULT_FALSE_KEYS].sort());
  });

  it('puts the body after the front matter with one blank line, and none when there is no body', () => {
    expect(writeEntryFile({ title: 'Giới thiệu', body: 'Đoạn một.\n' }, 'front-matter')).toBe('---\ntitle: Giới thiệu\n---\n\nĐoạn một.\n');
    expect(writeEntryFile({ title: 'Giới thiệu', body: '' }, 'front-matter')).toBe('---\ntitle: Giới thiệu\n---\n');
    expect(readEntryFile('---\ntitle: A\n---\n\nThân.\n', 'front-matter')).toEqual({ title: 'A', body: 'Thân.' });
  });

  it('reads dates as the text typed, not as dates', () => {
    expect(readEntryFile('start: 2025-10-01\nend: 10/10/2025\n', 'yaml')).toEqual({ start: '2025-10-01', end: '10/10/2025' });
  });

  it('npm run chuan-hoa: rewrites a hand-written file, says how many comment lines go, leaves a broken file alone', () => {
    expect(restyle("# Ghi chú\nyear: 2026\ntheme: {text: 'A'}\n", 'yaml')).toEqual({ kind: 'changed', text: 'year: 2026\n\ntheme:\n  text: A\n', droppedComments: 1 });
    expect(restyle('year: 2026\n', 'yaml')).toEqual({ kind: 'same' });
    expect(restyle('year: [2026\n', 'yaml')).toEqual({ kind: 'unreadable' });
  });

  it('a year made in the editor before its theme is known: the blank theme and day written as npm run nam-moi writes them', () => {
    expect(YEAR_FIELD_ORDER).toEqual(Object.keys(yearSchema.shape));
    const fromEditor = { year: 2026 };
    const written = writeEntryFile(withYearBlocks(fromEditor), 'yaml');
    expect(written).toBe('year: 2026\n\ntheme:\n  text:\n  sources: []\n\nday:\n  date:\n  sources: []\n');
    const withoutComments = newYearYaml(2026).split('\n').filter((line) => !line.startsWith('#')).join('\n');
    // The same year as the command writes, less its empty lists (which the schema defaults).
    expect(readEntryFile(withoutComments, 'yaml')).toEqual({ ...(readEntryFile(written, 'yaml') as object), slogans: [], campaigns: [], movements: [], notes: [] });
  });
});
