/**
 * The web editor's configuration against the zod schemas it is generated from: every
 * schema field has an editor field and the other way round, in the schema's order; enums
 * are select lists of the same values; dates are dd/mm/yyyy strings that exist; link ids
 * are chosen from links.yaml; the whole passes Sveltia CMS's own JSON Schema.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parseDate } from '../../src/lib/dates.ts';
import { backendFromEnv, backendOrigins, reviewFromEnv } from '../../src/lib/cms/backend.ts';
import { BODY_FIELD, cmsConfig, COLLECTIONS, collectionFields, type CmsCollection } from '../../src/lib/cms/config.ts';
import { DATE_PATTERN, type CmsField } from '../../src/lib/cms/fields.ts';
import { date } from '../../src/schemas/common.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { LINK_KINDS, linkSchema } from '../../src/schemas/link.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { SKILLS } from '../../src/schemas/skills.ts';
import { yearSchema } from '../../src/schemas/year.ts';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Written independently of src/lib/cms/fields.ts: the schema's fields, as dotted paths. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (['optional', 'nullable', 'default', 'prefault'].includes(def.type)) current = def.innerType as z.ZodType;
    else if (def.type === 'pipe') current = defOf(def.in).type === 'transform' ? (def.out as z.ZodType) : (def.in as z.ZodType);
    else return current;
  }
}

function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const shape = defOf(unwrap(schema)).shape as Record<string, z.ZodType>;
  return Object.entries(shape).flatMap(([name, field]) => {
    const path = prefix + name;
    const core = unwrap(field);
    const def = defOf(core);
    if (def.type === 'object') return [path, ...schemaPaths(core, `${path}.`)];
    if (def.type === 'array' && defOf(unwrap(def.element as z.ZodType)).type === 'object') {
      return [path, ...schemaPaths(unwrap(def.element as z.ZodType), `${path}.`)];
    }
    return [path];
  });
}

function configPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => [prefix + field.name, ...(field.fields ? configPaths(field.fields, `${prefix}${field.name}.`) : [])]);
}

function allFields(fields: readonly CmsField[]): CmsField[] {
  return fields.flatMap((field) => [field, ...(field.fields ? allFields(field.fields) : []), ...(field.field ? allFields([field.field]) : [])]);
}

const fields = collectionFields();
const config = cmsConfig({ contentDir: 'content', backend: { name: 'test-repo' }, siteUrl: 'https://cds.test/', hasSearchTerms: true });
const collection = (name: string) => config.collections.find((entry) => entry.name === name) as CmsCollection;
const withoutBody = (list: readonly CmsField[]) => list.filter((field) => field !== BODY_FIELD);

const CASES: Array<[string, z.ZodType, CmsField[]]> = [
  ['site.yaml', siteSchema, collection(COLLECTIONS.site).files![0]!.fields],
  ['years/*.yaml', yearSchema, collection(COLLECTIONS.years).fields!],
  ['plans/*.md', planSchema, withoutBody(collection(COLLECTIONS.plans).fields!)],
  ['links.yaml (one entry)', linkSchema, collection(COLLECTIONS.links).files![0]!.fields[0]!.fields!],
  ['guides/*.mdx', guideSchema, withoutBody(collection(COLLECTIONS.guides).fields!)],
  ['pages/*.md', pageSchema, withoutBody(collection(COLLECTIONS.pages).fields!)],
];

describe('schema ↔ editor configuration', () => {
  it.each(CASES)('%s: every schema field has an editor field and the other way round, in order', (_, schema, editor) => {
    expect(configPaths(editor)).toEqual(schemaPaths(schema));
  });

  it('finds a field added to a schema or to the editor alone', () => {
    const site = collection(COLLECTIONS.site).files![0]!.fields;
    expect(configPaths([...site, { name: 'extra', label: 'x', widget: 'string' }])).not.toEqual(schemaPaths(siteSchema));
    expect(configPaths(site.slice(1))).not.toEqual(schemaPaths(siteSchema));
  });

  it('plans, guides and pages keep their Markdown body as the last field', () => {
    for (const name of [COLLECTIONS.plans, COLLECTIONS.guides, COLLECTIONS.pages]) {
      expect(collection(name).fields!.at(-1)).toBe(BODY_FIELD);
    }
  });

  it('links.yaml is edited as it is: one top-level list (root: true)', () => {
    const [list] = collection(COLLECTIONS.links).files![0]!.fields;
    expect(list).toMatchObject({ widget: 'list', root: true });
  });

  it('the search synonyms file is a list of lists of phrases, offered only when it exists', () => {
    expect(collection(COLLECTIONS.searchTerms).files![0]!.fields).toEqual(fields.searchTerms);
    expect(fields.searchTerms[0]).toMatchObject({ root: true, widget: 'list', field: { widget: 'list', field: { widget: 'string' } } });
    const without = cmsConfig({ contentDir: 'content', backend: { name: 'test-repo' }, siteUrl: 'https://cds.test/', hasSearchTerms: false });
    expect(without.collections.map((entry) => entry.name)).not.toContain(COLLECTIONS.searchTerms);
  });

  it('required as in the schema: optional, nullable and defaulted fields are not required', () => {
    const plan = collection(COLLECTIONS.plans).fields!;
    const byName = Object.fromEntries(plan.map((field) => [field.name, field]));
    expect(byName.title!.required).toBeUndefined();
    expect(byName.number!.required).toBe(false);
    expect(byName.links!.required).toBe(false);
    expect(byName.activities!.required).toBeUndefined();
    const activity = Object.fromEntries(byName.activities!.fields!.map((field) => [field.name, field]));
    expect([activity.task!.required, activity.start!.required, activity.ongoing!.required]).toEqual([undefined, false, false]);
    // A year not yet announced: theme and day written, their facts left blank.
    const year = Object.fromEntries(collection(COLLECTIONS.years).fields!.map((field) => [field.name, field]));
    expect(year.theme!.required).toBeUndefined();
    expect(year.theme!.fields!.find((field) => field.name === 'text')!.required).toBe(false);
  });

  it('enums are select lists of exactly the schema values, labelled in Vietnamese', () => {
    const link = fields.link.find((field) => field.name === 'kind')!;
    expect(link.widget).toBe('select');
    expect(link.options!.map((option) => option.value)).toEqual([...LINK_KINDS]);
    expect(link.options![0]!.label).toBe('Dịch vụ công trực tuyến (dich-vu-cong)');
    const skill = fields.guide.find((field) => field.name === 'skill')!;
    expect(skill.options!.map((option) => option.value)).toEqual([...SKILLS]);
    const skills = fields.link.find((field) => field.name === 'skills')!;
    expect(skills.field!.options!.map((option) => option.value)).toEqual([...SKILLS]);
  });

  it('link ids are chosen from links.yaml; plan ids from the plans', () => {
    for (const field of [fields.plan.find((entry) => entry.name === 'links')!, fields.guide.find((entry) => entry.name === 'links')!]) {
      expect(field).toMatchObject({ widget: 'relation', multiple: true, collection: COLLECTIONS.links, file: 'links', value_field: 'links.*.id' });
    }
    const plan = allFields(fields.link).find((field) => field.name === 'plan')!;
    expect(plan).toMatchObject({ widget: 'relation', collection: COLLECTIONS.plans, value_field: '{{slug}}' });
  });

  it('every date is a text box checked as dd/mm/yyyy (a date widget would write ISO)', () => {
    const all = [...fields.site, ...fields.year, ...fields.plan, ...fields.link, ...fields.guide, ...fields.page];
    const dates = allFields(all).filter((field) => field.pattern?.[0] === DATE_PATTERN);
    expect(dates.map((field) => field.name).sort()).toEqual(['date', 'date', 'date', 'end', 'end', 'start', 'start', 'updated']);
    for (const field of allFields(all)) {
      expect(field.widget, field.name).not.toMatch(/^date/);
    }
    void date;
  });

  it('the date pattern accepts exactly the dd/mm/yyyy days that exist', () => {
    const pattern = new RegExp(DATE_PATTERN);
    const two = (value: number) => String(value).padStart(2, '0');
    for (const year of [1900, 2000, 2023, 2024, 2025, 2028, 2100]) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const written = `${two(day)}/${two(month)}/${year}`;
          expect(pattern.test(written), written).toBe(parseDate(written).ok);
        }
      }
    }
    for (const bad of ['1/10/2024', '2024-10-01', '01/10/24', ' 01/10/2024', '01-10-2024']) expect(pattern.test(bad), bad).toBe(false);
  });

  it('every field has a Vietnamese label; hints come from the schemas', () => {
    const all = allFields([...fields.site, ...fields.year, ...fields.plan, ...fields.link, ...fields.guide, ...fields.page]);
    for (const field of all) expect(field.label, field.name).toMatch(/\S/);
    const hinted = all.filter((field) => field.hint).length;
    expect(hinted / all.length).toBeGreaterThan(0.7);
    expect(fields.plan.find((field) => field.name === 'asWritten')!.hint).toBe(planSchema.shape.asWritten.description);
  });

  it('writes no empty optional field, and loads no config.yml', () => {
    expect(config.output.omit_empty_optional_fields).toBe(true);
    expect(config.load_config_file).toBe(false);
  });

  it("passes Sveltia CMS's own JSON Schema", () => {
    const schemaPath = new URL('../../node_modules/@sveltia/cms/schema/sveltia-cms.json', import.meta.url);
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    const ok = validate(JSON.parse(JSON.stringify(config)));
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe('editor backend from the environment', () => {
  it('a Git host by name, repository and branch; only its API may be reached', () => {
    expect(backendFromEnv({ CDS_CMS_BACKEND: 'gitea', CDS_CMS_REPO: 'so-tt/cds', CDS_CMS_BASE_URL: 'https://git.tinh.gov.vn/' })).toEqual({
      name: 'gitea',
      repo: 'so-tt/cds',
      branch: 'main',
      base_url: 'https://git.tinh.gov.vn',
      api_root: 'https://git.tinh.gov.vn/api/v1',
    });
    expect(backendOrigins(backendFromEnv({ CDS_CMS_BACKEND: 'github', CDS_CMS_REPO: 'a/b' }))).toEqual(['https://api.github.com']);
    expect(backendOrigins({ name: 'test-repo' })).toEqual([]);
    expect(() => backendFromEnv({ CDS_CMS_BACKEND: 'netlify' })).toThrow(/chỉ nhận github, gitlab, gitea/);
  });

  it('signs editors in with an OAuth application where the host allows it (GitLab with PKCE, Gitea/Forgejo)', () => {
    expect(backendFromEnv({ CDS_CMS_BACKEND: 'gitlab', CDS_CMS_REPO: 'so/cds', CDS_CMS_APP_ID: 'abc123' })).toEqual({
      name: 'gitlab',
      repo: 'so/cds',
      branch: 'main',
      app_id: 'abc123',
      auth_type: 'pkce',
    });
    expect(backendFromEnv({ CDS_CMS_BACKEND: 'gitea', CDS_CMS_REPO: 'so/cds', CDS_CMS_APP_ID: 'x' })).toMatchObject({ app_id: 'x' });
    expect(() => backendFromEnv({ CDS_CMS_BACKEND: 'github', CDS_CMS_REPO: 'a/b', CDS_CMS_APP_ID: 'x' })).toThrow(
      'CDS_CMS_APP_ID không dùng với GitHub: GitHub đăng nhập qua một dịch vụ xác thực (xem content/README.md, mục 11) hoặc bằng mã truy cập cá nhân.',
    );
  });

  it('review before publishing (editorial workflow) only where the host has it', () => {
    const github = backendFromEnv({ CDS_CMS_BACKEND: 'github', CDS_CMS_REPO: 'a/b' });
    const gitea = backendFromEnv({ CDS_CMS_BACKEND: 'gitea', CDS_CMS_REPO: 'a/b' });
    expect(reviewFromEnv({}, github)).toBe(false);
    expect(reviewFromEnv({ CDS_CMS_REVIEW: 'co' }, github)).toBe(true);
    expect(() => reviewFromEnv({ CDS_CMS_REVIEW: 'yes' }, github)).toThrow('CDS_CMS_REVIEW="yes" không dùng được: ghi co (duyệt trước khi đăng) hoặc khong.');
    expect(() => reviewFromEnv({ CDS_CMS_REVIEW: 'co' }, gitea)).toThrow(/chỉ dùng được với GitHub, GitLab/);
    const config = cmsConfig({ contentDir: 'content', backend: github, siteUrl: 'https://x.test/', hasSearchTerms: false, review: true });
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('links every collection to the editors\' help', () => {
    const config = cmsConfig({ contentDir: 'content', backend: { name: 'test-repo' }, siteUrl: 'https://x.test/', hasSearchTerms: false, helpUrl: '/cds/admin/tro-giup/' });
    for (const collection of config.collections) expect(collection.description).toMatch(/^<a href="\/cds\/admin\/tro-giup\/" target="_blank">Trợ giúp<\/a> · ./);
  });
});
