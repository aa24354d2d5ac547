/**
 * The web editor's configuration (Sveltia CMS, Decap-compatible), generated at build time
 * from the zod schemas of src/schemas/: one source of truth, so the editor and the content
 * check cannot drift. Pure: settings in, a plain object out (the /admin/ page serialises it).
 */
import type { z } from 'zod';
import { guideSchema } from '../../schemas/guide.ts';
import { linkSchema } from '../../schemas/link.ts';
import { pageSchema } from '../../schemas/page.ts';
import { planSchema } from '../../schemas/plan.ts';
import { searchTermsSchema } from '../../schemas/search-terms.ts';
import { siteSchema } from '../../schemas/site.ts';
import { yearSchema } from '../../schemas/year.ts';
import { fieldsOf, type CmsField, type Reference } from './fields.ts';
import { COLLECTIONS } from './collections.ts';
import { CMS_FORMATS } from './formats.ts';

/** Where the editor reads and writes: a Git host, or the browser's own storage for tests. */
export type CmsBackend =
  | { name: 'github' | 'gitlab' | 'gitea'; repo: string; branch?: string; base_url?: string; api_root?: string; app_id?: string; auth_type?: 'pkce' }
  | { name: 'test-repo' };

export interface CmsOptions {
  /** The content folder, relative to the repository root, posix separators ("content"). */
  contentDir: string;
  backend: CmsBackend;
  /** Where the portal is published (site + base), for the editor's "view on site" link. */
  siteUrl: string;
  /** Whether content/tim-kiem.yaml exists: the editor offers it only then. */
  hasSearchTerms: boolean;
  /** Saves go through review: one change request per entry (GitHub, GitLab). */
  review?: boolean;
  /** The editors' help page (/admin/tro-giup/), linked from every collection. */
  helpUrl?: string;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  files?: Array<{ name: string; label: string; file: string; format?: string; fields: CmsField[] }>;
  extension?: string;
  format?: string;
  create?: boolean;
  delete?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  sortable_fields?: string[];
  fields?: CmsField[];
  [key: string]: unknown;
}

export interface CmsConfig {
  load_config_file: false;
  backend: CmsBackend;
  site_url: string;
  display_url: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true };
  output: { omit_empty_optional_fields: true };
  publish_mode?: 'editorial_workflow';
  collections: CmsCollection[];
}

/** Collection names, as they appear in the editor's address bar (#/collections/<name>). */
export { COLLECTIONS };

/** The one field of links.yaml's collection: the file is a top-level list. */
export const LINKS_FIELD = 'links';

const LINK_REFERENCE: Reference = {
  collection: COLLECTIONS.links,
  file: 'links',
  value_field: `${LINKS_FIELD}.*.id`,
  search_fields: [`${LINKS_FIELD}.*.id`, `${LINKS_FIELD}.*.name`],
  display_fields: [`${LINKS_FIELD}.*.name`],
};

const PLAN_REFERENCE: Reference = {
  collection: COLLECTIONS.plans,
  value_field: '{{slug}}',
  search_fields: ['title', 'locality.name'],
  display_fields: ['title'],
};

/** Fields whose values are ids of another collection, by path (list items left out). */
const REFERENCES: Record<string, Reference> = {
  links: LINK_REFERENCE,
  'sources.plan': PLAN_REFERENCE,
  'theme.sources.plan': PLAN_REFERENCE,
  'slogans.sources.plan': PLAN_REFERENCE,
  'day.sources.plan': PLAN_REFERENCE,
  'campaigns.sources.plan': PLAN_REFERENCE,
  'movements.sources.plan': PLAN_REFERENCE,
  'notes.sources.plan': PLAN_REFERENCE,
};

/** A year's theme and day stay blank until announced (see yearSchema's untilAnnounced). */
const BLANKABLE = ['theme.text', 'theme.sources', 'day.date', 'day.sources'];

const walk = (schema: z.ZodType, scope: string) =>
  fieldsOf(schema, {
    scope,
    references: REFERENCES,
    ...(scope === 'year' ? { blankable: BLANKABLE, alwaysWritten: ['theme', 'day'] } : {}),
  });

/** The Markdown/MDX body of a plan, a guide or a page: not in the schema (it is the file's body). */
export const BODY_FIELD: CmsField = {
  name: 'body',
  label: 'Nội dung',
  widget: 'markdown',
  hint: 'Phần chữ của trang. Giữ nguyên các khối đặc biệt (như các bước hướng dẫn) và chữ đậm; xem content/README.md.',
};

/** Field lists per collection, walked from the schemas; the test compares them both ways. */
export function collectionFields() {
  const linkItem = walk(linkSchema, 'link');
  const groups: CmsField = {
    name: 'groups',
    label: 'Nhóm từ cùng nghĩa',
    widget: 'list',
    root: true,
    hint: 'Mỗi nhóm gồm các cách gọi cùng nghĩa mà người dân hay gõ khi tìm kiếm, ví dụ: căn cước công dân, cccd.',
    field: {
      name: 'group',
      label: 'Nhóm từ cùng nghĩa',
      widget: 'list',
      field: { name: 'phrase', label: 'Cụm từ', widget: 'string', hint: 'Tối đa 4 từ; chỉ chữ, chữ số, dấu cách, "-" và ".".' },
    },
  };
  void searchTermsSchema;
  return {
    site: walk(siteSchema, 'site'),
    year: walk(yearSchema, 'year'),
    plan: walk(planSchema, 'plan'),
    link: linkItem,
    links: [
      {
        name: LINKS_FIELD,
        label: 'Nền tảng, trang web chính thức',
        widget: 'list',
        root: true,
        collapsed: true,
        summary: '{{fields.name}}',
        hint: 'Các nền tảng, trang web chính thức mà kế hoạch và hướng dẫn đưa người dân tới. Mỗi mục phải ghi nguồn.',
        fields: linkItem,
      },
    ] satisfies CmsField[],
    guide: walk(guideSchema, 'guide'),
    page: walk(pageSchema, 'page'),
    searchTerms: [groups],
  };
}

/**
 * The help link at the head of a collection's description (Sveltia shows the description,
 * as sanitised HTML, on one line beside the collection's name).
 */
function withHelp(collection: CmsCollection, helpUrl: string): CmsCollection {
  const link = `<a href="${helpUrl}" target="_blank">Trợ giúp</a>`;
  return { ...collection, description: collection.description ? `${link} · ${collection.description}` : link };
}

export function cmsConfig(options: CmsOptions): CmsConfig {
  const dir = options.contentDir.replace(/\/+$/, '');
  const fields = collectionFields();
  const collections: CmsCollection[] = [
    {
      name: COLLECTIONS.site,
      label: 'Cài đặt cổng',
      description: 'Cổng này của ai: tên, địa phương, địa chỉ khi đưa lên mạng, thông tin liên hệ (Nghị định 42/2022/NĐ-CP, điều 4).',
      files: [{ name: 'site', label: 'Cài đặt chung', file: `${dir}/site.yaml`, format: CMS_FORMATS.yaml.name, fields: fields.site }],
    },
    {
      name: COLLECTIONS.years,
      label: 'Chủ đề các năm',
      label_singular: 'năm',
      description: 'Mỗi năm một mục: chủ đề, khẩu hiệu, ngày, các đợt cao điểm, theo kế hoạch của Bộ trong năm. Chủ đề chưa công bố thì để trống.',
      folder: `${dir}/years`,
      extension: CMS_FORMATS.year.extension,
      format: CMS_FORMATS.year.name,
      create: true,
      identifier_field: 'year',
      slug: '{{fields.year}}',
      summary: 'Năm {{fields.year}}',
      sortable_fields: ['year'],
      fields: fields.year,
    },
    {
      name: COLLECTIONS.plans,
      label: 'Kế hoạch',
      label_singular: 'kế hoạch',
      description: 'Kế hoạch của địa phương: số, ngày, cơ quan ban hành và bảng hoạt động; phần nội dung là tóm tắt.',
      folder: `${dir}/plans`,
      extension: CMS_FORMATS.md.extension,
      format: CMS_FORMATS.md.name,
      create: true,
      identifier_field: 'title',
      slug: '{{fields.locality.name}}-{{fields.year}}',
      summary: '{{fields.title}}',
      sortable_fields: ['year', 'title'],
      fields: [...fields.plan, BODY_FIELD],
    },
    {
      name: COLLECTIONS.links,
      label: 'Liên kết',
      description: 'Các nền tảng số chính thức (content/links.yaml).',
      files: [{ name: 'links', label: 'Nền tảng số chính thức', file: `${dir}/links.yaml`, format: CMS_FORMATS.yaml.name, fields: fields.links }],
    },
    {
      name: COLLECTIONS.guides,
      label: 'Hướng dẫn kỹ năng số',
      label_singular: 'hướng dẫn',
      description: 'Hướng dẫn từng bước cho các kỹ năng số cơ bản.',
      folder: `${dir}/guides`,
      extension: CMS_FORMATS.mdx.extension,
      format: CMS_FORMATS.mdx.name,
      create: true,
      identifier_field: 'title',
      slug: '{{fields.skill}}',
      summary: '{{fields.title}}',
      sortable_fields: ['order', 'title'],
      fields: [...fields.guide, BODY_FIELD],
    },
    {
      name: COLLECTIONS.pages,
      label: 'Trang thông tin',
      label_singular: 'trang',
      description: 'Các trang cố định, như Giới thiệu.',
      folder: `${dir}/pages`,
      extension: CMS_FORMATS.md.extension,
      format: CMS_FORMATS.md.name,
      create: false,
      delete: false,
      identifier_field: 'title',
      summary: '{{fields.title}}',
      fields: [...fields.page, BODY_FIELD],
    },
  ];
  if (options.hasSearchTerms) {
    collections.push({
      name: COLLECTIONS.searchTerms,
      label: 'Từ cùng nghĩa khi tìm kiếm',
      description: 'Các cách gọi cùng nghĩa mà ô tìm kiếm coi là một (content/tim-kiem.yaml).',
      files: [{ name: 'tim-kiem', label: 'Từ cùng nghĩa', file: `${dir}/tim-kiem.yaml`, format: CMS_FORMATS.yaml.name, fields: fields.searchTerms }],
    });
  }
  return {
    load_config_file: false,
    backend: options.backend,
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    media_folder: `${dir}/hinh`,
    public_folder: 'hinh',
    slug: { encoding: 'ascii', clean_accents: true },
    output: { omit_empty_optional_fields: true },
    ...(options.review ? { publish_mode: 'editorial_workflow' as const } : {}),
    collections: options.helpUrl ? collections.map((collection) => withHelp(collection, options.helpUrl!)) : collections,
  };
}
