/**
 * Turns a zod schema of src/schemas/ into the fields of the web editor (Sveltia CMS, a
 * Decap-compatible configuration). Pure: a schema in, plain objects out. The walk reads
 * zod 4's own definitions (`_zod.def`): wrappers (optional, nullable, default, pipes made
 * by transform/preprocess) are peeled off, and what they say becomes `required: false`;
 * the shape underneath becomes the widget.
 */
import type { z } from 'zod';
import { date as dateSchema, slug as slugSchema } from '../../schemas/common.ts';
import { label, enumLabel, WIDE_TEXT } from './labels.ts';

/** One editor field, as Sveltia/Decap read it. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  fields?: CmsField[];
  field?: CmsField;
  options?: Array<{ label: string; value: string }>;
  default?: unknown;
  value_type?: 'int';
  min?: number;
  max?: number;
  collection?: string;
  file?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  multiple?: boolean;
  summary?: string;
  collapsed?: boolean;
  root?: boolean;
  [key: string]: unknown;
}

/**
 * dd/mm/yyyy for a day that exists (29/02 only in leap years), the way the content files
 * write dates. The content check also reads yyyy-mm-dd, but the editor writes only the
 * form editors and the documents use.
 */
export const DATE_PATTERN =
  '^(?:(?:0[1-9]|1\\d|2[0-8])/(?:0[1-9]|1[0-2])|(?:29|30)/(?:0[13-9]|1[0-2])|31/(?:0[13578]|1[02]))/\\d{4}$' +
  '|^29/02/(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)$';
export const DATE_MESSAGE = 'Ghi ngày có thật theo dạng ngày/tháng/năm, hai chữ số cho ngày và tháng, ví dụ 01/10/2024.';

export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const SLUG_MESSAGE = 'Chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ dich-vu-cong.';

/** A reference a field makes to another collection, keyed by its path ("links", "sources.plan"). */
export interface Reference {
  collection: string;
  file?: string;
  value_field: string;
  search_fields: string[];
  display_fields: string[];
}

export interface WalkOptions {
  /** Path (dotted, list items left out) → the collection its values name. */
  references?: Record<string, Reference>;
  /** Collection key for label overrides ("plan", "year"). */
  scope: string;
  /**
   * Paths the editor may leave blank though the schema asks for them once their block is
   * filled: a year's theme and day before they are announced (the content check reads a
   * blank block as "chưa công bố").
   */
  blankable?: readonly string[];
  /** Paths written even when blank: the blocks those blank fields sit in (theme, day). */
  alwaysWritten?: readonly string[];
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const descriptionOf = (schema: z.ZodType): string | undefined => (schema as { description?: string }).description;

interface Peeled {
  core: z.ZodType;
  optional: boolean;
  description: string | undefined;
  defaultValue: unknown;
  /** The date or slug building block, found by identity on the way down. */
  kind: 'date' | 'slug' | undefined;
}

/** Peels wrappers off a schema, noting whether the field may be left out and its description. */
export function peel(schema: z.ZodType): Peeled {
  let current = schema;
  let optional = false;
  let description = descriptionOf(schema);
  let defaultValue: unknown;
  let kind: Peeled['kind'];
  for (let depth = 0; depth < 20; depth += 1) {
    // By definition, not identity: .describe() clones a schema but keeps its definition.
    if (defOf(current) === defOf(dateSchema)) kind = 'date';
    if (defOf(current) === defOf(slugSchema)) kind = 'slug';
    description ??= descriptionOf(current);
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') {
      optional = true;
      current = def.innerType as z.ZodType;
    } else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      const value = def.defaultValue;
      defaultValue = typeof value === 'function' ? (value as () => unknown)() : value;
      current = def.innerType as z.ZodType;
    } else if (def.type === 'pipe') {
      const input = def.in as z.ZodType;
      const output = def.out as z.ZodType;
      // z.preprocess(fn, schema) is pipe(transform, schema); schema.transform(fn) is pipe(schema, transform).
      current = defOf(input).type === 'transform' ? output : input;
    } else {
      break;
    }
  }
  return { core: current, optional, description, defaultValue, kind };
}

/** The keys of an object schema, in order, after peeling. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const { core } = peel(schema);
  const def = defOf(core);
  return def.type === 'object' ? (def.shape as Record<string, z.ZodType>) : undefined;
}

/** The editor fields of an object schema, in the schema's order. */
export function fieldsOf(schema: z.ZodType, options: WalkOptions, prefix = ''): CmsField[] {
  const shape = objectShape(schema);
  if (!shape) throw new Error(`Not an object schema at "${prefix || '(root)'}"`);
  return Object.entries(shape).map(([name, field]) => fieldOf(name, field, options, prefix ? `${prefix}.${name}` : name));
}

/** One editor field for one schema field. `path` is dotted, list items left out. */
export function fieldOf(name: string, schema: z.ZodType, options: WalkOptions, path = name): CmsField {
  const peeled = peel(schema);
  const base: CmsField = { name, label: label(options.scope, path), widget: 'string' };
  const written = options.alwaysWritten?.includes(path);
  if (!written && (peeled.optional || options.blankable?.includes(path))) base.required = false;
  if (peeled.description) base.hint = peeled.description;
  return { ...base, ...widgetOf(peeled, options, path, name) };
}

function widgetOf(peeled: Peeled, options: WalkOptions, path: string, name: string): Partial<CmsField> {
  const { core, kind } = peeled;
  const def = defOf(core);
  const reference = options.references?.[path];
  if (kind === 'date') return { widget: 'string', pattern: [DATE_PATTERN, DATE_MESSAGE] };
  if (reference && (kind === 'slug' || def.type === 'string')) return { widget: 'relation', ...reference };
  switch (def.type) {
    case 'string':
      if (kind === 'slug') return { widget: 'string', pattern: [SLUG_PATTERN, SLUG_MESSAGE] };
      return { widget: WIDE_TEXT.has(name) ? 'text' : 'string' };
    case 'number': {
      const checks = ((def.checks ?? []) as Array<{ _zod: { def: { check: string; value?: number; inclusive?: boolean } } }>).map((check) => check._zod.def);
      const bound = (name: string, step: number) => {
        const found = checks.find((check) => check.check === name && typeof check.value === 'number');
        return found ? { value: found.inclusive ? found.value! : found.value! + step } : undefined;
      };
      const min = bound('greater_than', 1);
      const max = bound('less_than', -1);
      return { widget: 'number', value_type: 'int', ...(min ? { min: min.value } : {}), ...(max ? { max: max.value } : {}) };
    }
    case 'boolean':
      return { widget: 'boolean', default: peeled.defaultValue ?? false };
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string>);
      return { widget: 'select', options: values.map((value) => ({ value, label: enumLabel(value) })) };
    }
    case 'object':
      return { widget: 'object', fields: fieldsOf(core, options, path) };
    case 'array': {
      const element = def.element as z.ZodType;
      const item = peel(element);
      if (reference) return { widget: 'relation', multiple: true, ...reference };
      if (defOf(item.core).type === 'object') {
        const fields = fieldsOf(item.core, options, path);
        const first = fields[0]?.name;
        return { widget: 'list', fields, collapsed: true, ...(first ? { summary: `{{fields.${first}}}` } : {}) };
      }
      // A list of plain values: one sub-field, so the file keeps a list of strings.
      const inner = fieldOf(name, element, options, path);
      delete inner.required;
      return { widget: 'list', field: { ...inner, label: label(options.scope, `${path}[]`) } };
    }
    default:
      throw new Error(`No editor widget for a zod "${def.type}" at "${path}"`);
  }
}
