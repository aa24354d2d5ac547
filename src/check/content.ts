/**
 * Loads and checks everything under content/: each file against its schema, then what no
 * single schema can see (file names, duplicate ids, references between files). Used by
 * the build, the dev server and the tests, so editors get the same Vietnamese errors
 * everywhere.
 */
import { access, readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { describeIssues, type ContentProblem } from '../schemas/errors.ts';
import { guideSchema, type Guide } from '../schemas/guide.ts';
import { linkSchema, type Link } from '../schemas/link.ts';
import { pageSchema, REQUIRED_PAGES, type Page } from '../schemas/page.ts';
import { planSchema, type Plan } from '../schemas/plan.ts';
import { siteSchema, type Site } from '../schemas/site.ts';
import { yearSchema, type Year } from '../schemas/year.ts';
import { SEARCH_TERMS_FILE, type SearchTerms } from '../schemas/search-terms.ts';
import { SKILLS } from '../schemas/skills.ts';
import { slugify } from '../lib/vietnamese.ts';
import { imageKindOf, svgHasSize } from '../lib/image-kind.ts';
import { allowedHosts } from './body-addresses.ts';
import { checkBody } from './body.ts';
import { duplicatePlans } from './duplicate-plans.ts';
import { checkLogo } from './logo.ts';
import { strayFiles } from './stray-files.ts';
import { checkSearchTerms } from './search-terms.ts';
import { typedAsText } from './yaml-typed.ts';
import { existing } from './suggest.ts';
import type { Source } from '../schemas/common.ts';
import type { FileKind } from './encoding.ts';
import { parseFrontmatter, parseYaml, readContentFile, type MarkdownFile, type RawYaml, type Read } from './read.ts';
import { splitUnitNames } from './unit-lists.ts';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  body?: string;
  /** Line of the file on which the body starts. */
  bodyLine?: number;
}

export interface Content {
  site?: Entry<Site>;
  years: Entry<Year>[];
  plans: Entry<Plan>[];
  links: Entry<Link>[];
  pages: Entry<Page>[];
  guides: Entry<Guide>[];
  /** tim-kiem.yaml, the search's synonyms; absent when there is no such file. */
  searchTerms?: Entry<SearchTerms>;
}

/**
 * Ids that exist even where their file has an error of its own, so one mistake is
 * reported once and not again by every file that refers to it.
 */
interface KnownIds {
  plans: Set<string>;
  links: Set<string>;
  years: Set<number>;
  /**
   * links.yaml could be read as a list. When it could not (missing, broken), that one error
   * is the cause: every link id used elsewhere would otherwise be reported unknown too.
   */
  linksRead: boolean;
  /**
   * Some file of the kind could not be read (not UTF-8, empty, badly named) or is invalid:
   * what it holds is unknown, so nothing is concluded from its absence (a skill "missing").
   */
  unread: { links: boolean; guides: boolean };
}

export interface CheckResult {
  content: Content;
  problems: ContentProblem[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every file under a folder, as paths relative to it with "/" between folders. */
async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
  } catch {
    return [];
  }
}

/** One call per argument, however often asked. */
function memoised<T>(fn: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const known = new Map<string, Promise<T>>();
  return (key) => {
    const value = known.get(key) ?? fn(key);
    known.set(key, value);
    return value;
  };
}

/**
 * Front matter parsed once per version of a file: the preview server checks all of
 * content/ on every save, and at 3,300 plans reading their YAML is most of the check's
 * time, while a save changes one file. Keyed by path, reused while the text is the same.
 */
const parsedFiles = new Map<string, { text: string; read: Read<MarkdownFile> }>();
function parseOnce(path: string, text: string): Read<MarkdownFile> {
  const known = parsedFiles.get(path);
  if (known?.text === text) return known.read;
  const read = parseFrontmatter(text);
  parsedFiles.set(path, { text, read });
  return read;
}

/** `work` over every item, at most `size` at a time (open files stay well under the system's limit). */
async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>, size = 64): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  return results;
}

async function listFiles(dir: string, extension: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names.filter((name) => name.endsWith(extension)).sort();
  } catch {
    return [];
  }
}

export async function checkContent(root: string, contentDir = 'content'): Promise<CheckResult> {
  const base = resolve(root, contentDir);
  const problems: ContentProblem[] = [];
  const content: Content = { years: [], plans: [], links: [], pages: [], guides: [] };
  const known: KnownIds = { plans: new Set(), links: new Set(), years: new Set(), linksRead: false, unread: { links: false, guides: false } };
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  // A file saved under a wrong name (x.MD, 2025.yml, Links.yaml) is one mistake: its own
  // error says to rename it, and what it holds counts as there for every other file.
  const files = await filesUnder(base);
  const strays = strayFiles(files, rel(base));
  const meant = new Set(strays.flatMap((stray) => (stray.meant ? [stray.meant] : [])));

  function validate<T>(file: string, schema: z.ZodType<T>, read: Read<unknown>, prefix: PropertyKey[] = []): T | undefined {
    if (!read.ok) {
      problems.push({ file, ...read.problem });
      return undefined;
    }
    const result = schema.safeParse(read.value, { reportInput: true });
    if (result.success) return result.data;
    const issues = result.error.issues;
    for (const [index, described] of describeIssues(result.error).entries()) {
      const issue = issues[index];
      // Digits, or "a: b", typed bare where text is expected: say so from the line as typed.
      const typed = issue && read.raw ? typedAsText(issue, read.raw) : undefined;
      const problem = typed ? { ...described, message: typed } : described;
      const field = [prefix.map((part) => (typeof part === 'number' ? `mục ${part + 1}` : String(part))).join(' › '), problem.field]
        .filter(Boolean)
        .join(' › ');
      problems.push({ file, field, message: problem.message });
    }
    return undefined;
  }

  /** undefined: missing, but there under a wrong name (reported with the stray files). */
  async function readYamlFile(path: string, kind: FileKind): Promise<Read<unknown> | undefined> {
    try {
      const text = await readContentFile(path, kind);
      return text.ok ? parseYaml(text.value) : text;
    } catch {
      if (meant.has(relative(base, path).split('\\').join('/'))) return undefined;
      return { ok: false, problem: { field: '', message: 'Không tìm thấy tệp. Tạo tệp này theo hướng dẫn trong content/README.md.' } };
    }
  }

  /**
   * Every <slug>.md(x) of a folder: the file name checked as an address, the front matter
   * against its schema. `ids` holds every well-named file, valid or not, for references.
   */
  async function readMarkdownFolder<T>(folder: string, extension: string, schema: z.ZodType<T>, example: string, kind: FileKind) {
    const entries: Array<Entry<T>> = [];
    const ids = new Set<string>();
    /** The front matter's YAML of each valid entry, by file. */
    const raws = new Map<string, RawYaml>();
    let unread = false;
    const names = await listFiles(join(base, folder), extension);
    // Read at once, checked in order: at 3,300 plans, reading one file after the other
    // left the check waiting on the disk for a second of its three.
    const texts = await inBatches(names, (name) => readContentFile(join(base, folder, name), kind));
    for (const [index, name] of names.entries()) {
      const path = join(base, folder, name);
      const id = basename(name, extension);
      if (!SLUG.test(id)) {
        unread = true;
        problems.push({
          file: rel(path),
          field: '',
          message: `Tên tệp "${name}" không dùng được làm địa chỉ trang. Đặt tên bằng chữ thường không dấu và dấu gạch ngang, ví dụ ${slugify(id) || example}${extension}.`,
        });
        continue;
      }
      ids.add(id);
      const text = texts[index]!;
      const read = text.ok ? parseOnce(path, text.value) : text;
      // A file that cannot be decoded, or whose front matter is not YAML or is invalid: what it holds is unknown.
      const data = validate(rel(path), schema, read.ok ? { ok: true, value: read.value.data, raw: read.value.raw } : read);
      if (!data) unread = true;
      if (data && read.ok) {
        entries.push({ id, file: rel(path), data, body: read.value.body, bodyLine: read.value.bodyLine });
        if (read.value.raw) raws.set(rel(path), read.value.raw);
      }
    }
    return { entries, ids, unread, raws };
  }

  // site.yaml
  const siteFile = join(base, 'site.yaml');
  const siteRead = await readYamlFile(siteFile, 'site');
  const site = siteRead && validate(rel(siteFile), siteSchema, siteRead);
  if (site) content.site = { id: 'site', file: rel(siteFile), data: site };
  if (site?.logo) {
    for (const problem of await checkLogo(base, rel(base), site.logo.file)) problems.push({ file: rel(siteFile), ...problem });
  }

  // years/<YYYY>.yaml
  for (const name of await listFiles(join(base, 'years'), '.yaml')) {
    const path = join(base, 'years', name);
    const id = basename(name, '.yaml');
    if (/^\d{4}$/.test(id)) known.years.add(Number(id));
    const read = await readYamlFile(path, 'year');
    const data = read && validate(rel(path), yearSchema, read);
    if (!data) continue;
    known.years.add(data.year);
    if (id !== String(data.year)) {
      problems.push({
        file: rel(path),
        field: 'year',
        message: `Tên tệp là ${name} nhưng trường year ghi ${data.year}. Mỗi năm một tệp mang đúng tên năm: đổi tên tệp thành ${data.year}.yaml hoặc sửa year thành ${id}.`,
      });
      continue;
    }
    content.years.push({ id, file: rel(path), data });
  }

  // plans/<slug>.md
  const plans = await readMarkdownFolder('plans', '.md', planSchema, 'thach-ha-2025', 'plan');
  // /ke-hoach/tinh/ holds the lists by province: a plan cannot take that address.
  for (const entry of plans.entries.filter((plan) => plan.id === 'tinh')) {
    problems.push({
      file: entry.file,
      field: '',
      message: 'Tên tệp "tinh.md" trùng với địa chỉ danh sách kế hoạch theo tỉnh (/ke-hoach/tinh/). Đặt tên theo địa phương và năm, ví dụ thach-ha-2025.md.',
    });
  }
  content.plans = plans.entries.filter((plan) => plan.id !== 'tinh');
  known.plans = plans.ids;
  // Unit names a [a, b] list split at their commas, judged against the names written whole.
  const unitNames = new Set(content.plans.flatMap((plan) => plan.data.activities.flatMap((activity) => [...activity.lead, ...activity.partners])));
  for (const plan of content.plans) {
    const raw = plans.raws.get(plan.file);
    if (raw) for (const problem of splitUnitNames(raw, unitNames)) problems.push({ file: plan.file, ...problem });
  }

  // links.yaml: one list, ids unique
  const linksFile = join(base, 'links.yaml');
  const linksRead = await readYamlFile(linksFile, 'links');
  if (!linksRead) {
    known.unread.links = true;
  } else if (!linksRead.ok) {
    known.unread.links = true;
    problems.push({ file: rel(linksFile), ...linksRead.problem });
  } else if (!Array.isArray(linksRead.value)) {
    problems.push({ file: rel(linksFile), field: '', message: 'Tệp phải là một danh sách, mỗi liên kết bắt đầu bằng "- id: …".' });
  } else {
    known.linksRead = true;
    const items: unknown[] = linksRead.value;
    const seen = new Map<string, number>();
    items.forEach((raw, index) => {
      const rawId = (raw as { id?: unknown } | null)?.id;
      if (typeof rawId === 'string') known.links.add(rawId);
      const data = validate(rel(linksFile), linkSchema, { ok: true, value: raw, raw: linksRead.raw }, [index]);
      if (!data) return;
      const first = seen.get(data.id);
      if (first !== undefined) {
        problems.push({
          file: rel(linksFile),
          field: `mục ${index + 1} › id`,
          message: `Mã "${data.id}" đã dùng ở mục ${first + 1}. Mỗi liên kết cần một mã riêng: đổi mã này hoặc gộp hai mục.`,
        });
        return;
      }
      seen.set(data.id, index);
      content.links.push({ id: data.id, file: rel(linksFile), data });
    });
  }

  // tim-kiem.yaml: optional; without it the search has no synonyms
  const termsFile = join(base, SEARCH_TERMS_FILE);
  const termsExist = await access(termsFile).then(
    () => true,
    () => false,
  );
  if (termsExist) {
    const termsRead = await readYamlFile(termsFile, 'search-terms');
    const terms = termsRead ? checkSearchTerms(rel(termsFile), termsRead) : { problems: [] };
    problems.push(...terms.problems);
    if (terms.groups) content.searchTerms = { id: 'tim-kiem', file: rel(termsFile), data: terms.groups };
  }

  // pages/<slug>.md and guides/<slug>.mdx
  const pages = await readMarkdownFolder('pages', '.md', pageSchema, 'gioi-thieu', 'page');
  content.pages = pages.entries;
  for (const [id, what] of Object.entries(REQUIRED_PAGES)) {
    if (pages.ids.has(id) || meant.has(`pages/${id}.md`)) continue;
    problems.push({
      file: rel(join(base, 'pages', `${id}.md`)),
      field: '',
      message: `Không tìm thấy tệp: ${what} lấy nội dung từ tệp này. Lấy lại tệp từ Git (git checkout -- ${rel(base)}/pages/${id}.md), hoặc chép một tệp trang có sẵn rồi sửa.`,
    });
  }
  const guides = await readMarkdownFolder('guides', '.mdx', guideSchema, 'dich-vu-cong-truc-tuyen', 'guide');
  content.guides = guides.entries;
  known.unread.guides = guides.unread;
  for (const path of meant) {
    const [folder, name = ''] = path.split('/');
    if (folder === 'plans') known.plans.add(basename(name, '.md'));
    if (folder === 'years' && /^\d{4}\.yaml$/.test(name)) known.years.add(Number(basename(name, '.yaml')));
    if (folder === 'guides') known.unread.guides = true;
  }

  problems.push(...checkReferences(content, known));
  problems.push(...checkGuides(content, known));
  problems.push(...duplicatePlans(content.plans));
  const context = {
    hosts: allowedHosts(content.links.map((link) => link.data.url)),
    links: known.linksRead ? [...known.links] : undefined,
    files: new Set(files),
    shown: rel(base),
    imageFile: memoised((path: string) =>
      readFile(join(base, path)).then(
        (bytes) => ({ kind: imageKindOf(bytes), sized: svgHasSize(bytes) }),
        () => undefined,
      ),
    ),
  };
  const bodies = [
    ...content.plans.map((entry) => ({ entry, folder: 'plans', format: 'md' as const })),
    ...content.pages.map((entry) => ({ entry, folder: 'pages', format: 'md' as const })),
    ...content.guides.map((entry) => ({ entry, folder: 'guides', format: 'mdx' as const })),
  ];
  for (const { entry, folder, format } of bodies) {
    const input = { body: entry.body ?? '', firstLine: entry.bodyLine ?? 1, format, guide: folder === 'guides', folder };
    for (const problem of await checkBody(input, context)) problems.push({ file: entry.file, ...problem });
  }
  problems.push(...strays.map(({ meant: _meant, ...problem }) => problem));
  return { content, problems };
}

/** What no single file can check: references from one file to another. */
export function checkReferences(content: Content, known: KnownIds): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { plans: planIds, links: linkIds, years: yearIds } = known;

  const checkSources = (file: string, field: string, list: readonly Source[]) => {
    list.forEach((source, index) => {
      if (source.plan !== undefined && !planIds.has(source.plan)) {
        problems.push({
          file,
          field: `${field} › mục ${index + 1} › plan`,
          message: `Không có kế hoạch mã "${source.plan}" (tệp content/plans/${source.plan}.md). ${existing(planIds, 'Các mã hiện có', 'Thư mục plans/ chưa có kế hoạch nào.')}`,
        });
      }
    });
  };

  for (const year of content.years) {
    const { data, file } = year;
    checkSources(file, 'theme › sources', data.theme?.sources ?? []);
    checkSources(file, 'day › sources', data.day?.sources ?? []);
    data.slogans.forEach((item, i) => checkSources(file, `slogans › mục ${i + 1} › sources`, item.sources));
    data.campaigns.forEach((item, i) => checkSources(file, `campaigns › mục ${i + 1} › sources`, item.sources));
    data.movements.forEach((item, i) => checkSources(file, `movements › mục ${i + 1} › sources`, item.sources));
    data.notes.forEach((item, i) => checkSources(file, `notes › mục ${i + 1} › sources`, item.sources));
  }
  content.links.forEach((link, index) => checkSources(link.file, `mục ${index + 1} › sources`, link.data.sources));
  for (const page of content.pages) checkSources(page.file, 'sources', page.data.sources);

  for (const plan of content.plans) {
    plan.data.links.forEach((id, index) => {
      if (known.linksRead && !linkIds.has(id)) {
        problems.push({
          file: plan.file,
          field: `links › mục ${index + 1}`,
          message: `Không có liên kết mã "${id}" trong content/links.yaml. ${existing(linkIds, 'Thêm liên kết đó vào links.yaml, hoặc dùng một mã có sẵn', 'Thêm liên kết đó vào links.yaml.')}`,
        });
      }
    });
    if (!yearIds.has(plan.data.year)) {
      problems.push({
        file: plan.file,
        field: 'year',
        message: `Chưa có tệp content/years/${plan.data.year}.yaml cho năm ${plan.data.year}. Tạo tệp năm đó (chủ đề, khẩu hiệu, nguồn) hoặc sửa năm của kế hoạch.`,
      });
    }
  }

  if (content.site && !yearIds.has(content.site.data.defaultYear)) {
    problems.push({
      file: content.site.file,
      field: 'defaultYear',
      message: `Chưa có tệp năm ${content.site.data.defaultYear}.yaml trong thư mục years. ${existing([...yearIds].sort().map(String), 'Chọn một năm đã có', 'Thêm tệp năm đó vào thư mục years (xem mục 3 của content/README.md).')}`,
    });
  }
  return problems;
}

/** Guides: one per skill, every skill covered; their bodies are checked with the others' (body.ts). */
export function checkGuides(content: Content, known: KnownIds): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySkill = new Map<string, string>();
  for (const guide of content.guides) {
    const { data, file } = guide;
    const other = bySkill.get(data.skill);
    if (other) {
      problems.push({
        file,
        field: 'skill',
        message: `Kỹ năng "${data.skill}" đã có hướng dẫn trong ${other}. Mỗi kỹ năng chỉ có một hướng dẫn: gộp hai tệp, hoặc đổi skill của tệp này.`,
      });
    } else {
      bySkill.set(data.skill, file);
    }
    data.links.forEach((id, index) => {
      if (known.linksRead && !known.links.has(id)) {
        problems.push({
          file,
          field: `links › mục ${index + 1}`,
          message: `Không có liên kết mã "${id}" trong content/links.yaml. ${existing(known.links, 'Thêm liên kết đó vào links.yaml, hoặc dùng một mã có sẵn', 'Thêm liên kết đó vào links.yaml.')}`,
        });
      }
    });
    data.sources.forEach((source, index) => {
      if (source.plan !== undefined && !known.plans.has(source.plan)) {
        problems.push({
          file,
          field: `sources › mục ${index + 1} › plan`,
          message: `Không có kế hoạch mã "${source.plan}" (tệp content/plans/${source.plan}.md). ${existing(known.plans, 'Các mã hiện có', 'Thư mục plans/ chưa có kế hoạch nào.')}`,
        });
      }
    });
  }
  // A guide that could not be read may well be the missing skill's: its own error says enough.
  if (content.guides.length > 0 && !known.unread.guides) {
    for (const skill of SKILLS) {
      if (!bySkill.has(skill)) {
        problems.push({
          file: content.guides[0]?.file.replace(/[^/]+$/, '') ?? 'content/guides/',
          field: 'skill',
          message: `Chưa có hướng dẫn cho kỹ năng "${skill}". Mỗi kỹ năng trong năm kỹ năng số cơ bản cần đúng một hướng dẫn.`,
        });
      }
    }
  }
  return problems;
}
