/**
 * The blocks of a guide (src/lib/guide-components.ts), read from the parsed MDX: a name
 * that is not one of them (Astro would stop with "Expected component `X` to be defined"), a prop a block does not take (silently ignored), a value outside
 * its list (<Callout type="canh-bao"> stops the build), a required prop missing, a link
 * id links.yaml does not hold, a phone number with more than digits and spaces, and a
 * <Figure> given a path in quotes (it would publish an <img> with no picture: Figure takes
 * an image declared with `import`).
 */
import { bodyProblem, covering, isElement, lineOf, nodesOf, type Attribute, type BodyNode, type BodyProblem } from './body-tree.ts';
import { EVENT_ATTRIBUTE } from './body-html.ts';
import type { ImageImport } from './mdx-imports.ts';
import { existing, nearest } from './suggest.ts';
import { GUIDE_COMPONENT_NAMES, GUIDE_COMPONENTS, isGuideComponent, PHONE_NUMBER, type ComponentSpec, type PropSpec } from '../lib/guide-components.ts';
import { foldAll } from '../lib/vietnamese.ts';

export interface ComponentContext {
  /** The pictures the guide imports. */
  images: readonly ImageImport[];
  /** The ids of links.yaml; undefined when it could not be read (its own error says so). */
  links: readonly string[] | undefined;
  /** How messages name content/. */
  shown: string;
  /** The picture files beside the guide, relative to its folder ("hinh/anh.svg"): what an import line could name. */
  pictures: readonly string[];
}

const IMPORT_EXAMPLE = "import anh from './hinh/ten-hinh.svg';";
const KNOWN = GUIDE_COMPONENT_NAMES.join(', ');

/** Names editors give the blocks in Vietnamese, folded: what they mean. */
const ALIASES: Record<string, { name: string; type?: string }> = {
  canhbao: { name: 'Callout', type: 'warning' },
  luuy: { name: 'Callout', type: 'note' },
  chuy: { name: 'Callout', type: 'note' },
  nguyhiem: { name: 'Callout', type: 'danger' },
  hop: { name: 'Callout' },
  hinh: { name: 'Figure' },
  hinhanh: { name: 'Figure' },
  anh: { name: 'Figure' },
  buoc: { name: 'Steps' },
  cacbuoc: { name: 'Steps' },
  chuanbi: { name: 'Prepare' },
  canchuanbi: { name: 'Prepare' },
  lienket: { name: 'LinkCard' },
  thelienket: { name: 'LinkCard' },
  nentang: { name: 'LinkCard' },
  tukiemtra: { name: 'Quiz' },
  kiemtra: { name: 'Quiz' },
  cauhoi: { name: 'Question' },
  sodienthoai: { name: 'HelpLine' },
  duongday: { name: 'HelpLine' },
  goi: { name: 'HelpLine' },
};

/**
 * A block name that is not one of the five, with the block meant: a Vietnamese name
 * (<CanhBao> is a <Callout type="warning">) or a near spelling (<LinkCards>).
 * `closing`: it has a closing tag to rename too; `typed`: it already says its type.
 */
export function unknownComponent(name: string, closing: boolean, typed: boolean): string {
  const alias = ALIASES[foldAll(name).replace(/[^a-z]/g, '')];
  const near = nearest(name, GUIDE_COMPONENT_NAMES);
  const meant = alias ?? (near === undefined ? undefined : { name: near });
  const fix = meant
    ? `Có lẽ ý bạn là khối <${meant.name}>${meant.type && !typed ? ` với type="${meant.type}"` : ''}: sửa <${name}> thành <${meant.name}>${closing ? ` và </${name}> thành </${meant.name}>` : ''}. `
    : '';
  return `Không có khối <${name}>. ${fix}Hướng dẫn dùng được các khối ${KNOWN}: có sẵn, không cần import (xem mục 6 của content/README.md).`;
}

/** "thanh-dia-chi.svg" → "thanhDiaChi": a name for the import line a message proposes. */
export function imageName(path: string): string {
  const stem = (path.split('/').at(-1) ?? '').replace(/\.[^.]*$/, '');
  const words = foldAll(stem).split(/[^a-z0-9]+/).filter(Boolean);
  const name = words.map((word, index) => (index === 0 ? word : `${word[0]?.toUpperCase()}${word.slice(1)}`)).join('');
  return !name ? 'anh' : /^\d/.test(name) ? `hinh${name}` : name;
}

/** Where a path in quotes would be imported from, relative to the guide. */
export function importPath(path: string): string {
  const clean = path.trim().replace(/^\.\//, '');
  if (clean.startsWith('../')) return clean;
  const inGuides = clean.replace(/^(content\/)?guides\//, '');
  return `./${inGuides}`;
}

function figureSource(value: string, ctx: ComponentContext): string {
  if (ctx.images.some((image) => image.name === value)) {
    return `Viết src={${value}} (trong ngoặc nhọn, không phải ngoặc kép): ${value} là tên hình đã khai báo.`;
  }
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(value)) {
    return `Cổng không tải hình từ trang khác (${value}): mọi thứ trên trang phải tải từ chính cổng. Tải hình về (nếu được phép dùng), chép vào ${ctx.shown}/guides/hinh/, khai báo ${IMPORT_EXAMPLE} ngay dưới phần đầu tệp, rồi viết src={anh}.`;
  }
  const name = imageName(value);
  return `<Figure> không nhận đường dẫn hình trong ngoặc kép (src="${value}"): hình phải được khai báo để cổng biết cỡ hình và thu nhỏ nó. Thêm dòng import ${name} from '${importPath(value)}'; ngay dưới phần đầu tệp (sau dòng ---), rồi viết src={${name}}.`;
}

function imageExpression(expression: string, ctx: ComponentContext): string | undefined {
  const name = expression.trim();
  if (ctx.images.some((image) => image.name === name)) return undefined;
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) {
    return `Giá trị src={${name}} không dùng được: viết src={tên hình}, với tên đã khai báo ngay dưới phần đầu tệp bằng dòng ${IMPORT_EXAMPLE}`;
  }
  const near = nearest(
    name,
    ctx.images.map((image) => image.name),
  );
  // The picture file whose name the editor used, if there is one: "thanhDiaChi" is hinh/thanh-dia-chi.svg.
  const file = ctx.pictures.find((picture) => imageName(picture).toLowerCase() === name.toLowerCase()) ?? 'hinh/ten-hinh.svg';
  return `Chưa khai báo hình "${name}". Thêm dòng import ${name} from './${file}'; ngay dưới phần đầu tệp${near ? `, hoặc sửa thành src={${near}} (hình đã khai báo)` : ''}.`;
}

function propValue(component: string, prop: string, spec: PropSpec, attribute: Attribute, ctx: ComponentContext): string | undefined {
  const { value } = attribute;
  const take = spec.take;
  // An empty required value is reported as missing, below.
  if (spec.required && typeof value === 'string' && value.trim() === '') return undefined;
  if (take.kind === 'image') {
    if (value === null || value === undefined) return `Thuộc tính src chưa có hình: viết src={anh}, với dòng ${IMPORT_EXAMPLE} ngay dưới phần đầu tệp.`;
    return typeof value === 'string' ? figureSource(value, ctx) : imageExpression(value.value, ctx);
  }
  const sample = take.kind === 'choice' ? (take.values[0] ?? '…') : take.kind === 'link' ? 'dich-vu-cong-quoc-gia' : take.kind === 'phone' ? '113' : '…';
  if (value === null || value === undefined) return `Thuộc tính ${prop} chưa có giá trị: viết ${prop}="${sample}".`;
  if (typeof value !== 'string') return `Giá trị của ${prop} viết trong ngoặc kép: ${prop}="${sample}", không dùng {…}.`;
  if (take.kind === 'choice' && !take.values.includes(value)) {
    const list = take.values.map((choice) => (take.labels?.[choice] ? `${choice} (${take.labels[choice]?.toLowerCase()})` : choice)).join(', ');
    return `Khối <${component}> có ${prop}="${value}" không dùng được. Chỉ nhận: ${list}.`;
  }
  if (take.kind === 'phone' && !PHONE_NUMBER.test(value.trim())) {
    return `Số điện thoại ${prop}="${value}" chỉ được có chữ số, các nhóm số cách nhau bằng một dấu cách: ví dụ ${prop}="113" hoặc ${prop}="1900 1234". Bỏ dấu chấm, gạch ngang, dấu +, chữ; điện thoại gọi đúng các chữ số ấy.`;
  }
  if (take.kind === 'link' && ctx.links && !ctx.links.includes(value)) {
    return `Không có liên kết mã "${value}" trong content/links.yaml. ${existing(ctx.links, 'Dùng một mã có sẵn', 'Thêm liên kết đó vào links.yaml.')}`;
  }
  return undefined;
}

const REQUIRED: Record<string, string> = {
  'LinkCard id': 'LinkCard cần mã liên kết, ví dụ <LinkCard id="dich-vu-cong-quoc-gia" />.',
  'Figure alt':
    'Hình thiếu lời mô tả (alt). Viết alt="…" kể lại điều hình cho thấy, để người không xem được hình (dùng máy đọc màn hình, mạng chậm) vẫn hiểu.',
  'Question text': 'Câu hỏi thiếu nội dung: viết câu hỏi vào text="…", ví dụ <Question text="Người gọi điện xin mã OTP. Bạn có đọc mã cho họ không?">.',
  'HelpLine number': 'Khối <HelpLine> cần số điện thoại: viết number="113" (chỉ chữ số, có thể cách nhóm bằng dấu cách).',
  'HelpLine name': 'Khối <HelpLine> cần tên nơi nhận cuộc gọi: viết name="…", ví dụ name="Công an (gọi khi khẩn cấp)".',
  'Figure src': `Hình thiếu src. Khai báo hình ngay dưới phần đầu tệp: ${IMPORT_EXAMPLE}, rồi viết <Figure src={anh} alt="…" />.`,
};

function componentProblems(node: BodyNode, name: keyof typeof GUIDE_COMPONENTS, line: number, ctx: ComponentContext): BodyProblem[] {
  const spec: ComponentSpec = GUIDE_COMPONENTS[name];
  const props = Object.keys(spec.props);
  const problems: BodyProblem[] = [];
  const given = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute' || attribute.name === undefined) {
      problems.push(bodyProblem(line, `Thẻ <${name}> có {…} ở chỗ thuộc tính: xóa nó, viết mỗi thuộc tính dạng tên="giá trị".`, name));
      continue;
    }
    const prop = attribute.name;
    given.add(prop);
    if (/^on/i.test(prop)) {
      problems.push(bodyProblem(line, EVENT_ATTRIBUTE, name, prop));
      continue;
    }
    const propSpec = spec.props[prop];
    if (!propSpec) {
      const near = nearest(prop, props);
      const allowed = props.length > 0 ? ` Thuộc tính dùng được: ${props.join(', ')}.` : ` Khối <${name}> không nhận thuộc tính nào: xóa ${prop}.`;
      problems.push(bodyProblem(line, `Khối <${name}> không có thuộc tính "${prop}"${near ? `: sửa thành ${near}` : ''}.${allowed}`, name, prop));
      continue;
    }
    const message = propValue(name, prop, propSpec, attribute, ctx);
    if (message && propSpec.take.kind === 'image' && typeof attribute.value === 'string') problems.push(covering(bodyProblem(line, message, name, prop), [attribute.value]));
    else if (message) problems.push(bodyProblem(line, message, name, prop));
  }
  for (const [prop, propSpec] of Object.entries(spec.props)) {
    if (!propSpec.required) continue;
    const attribute = node.attributes?.find((candidate) => candidate.name === prop);
    const empty = typeof attribute?.value === 'string' && attribute.value.trim() === '';
    if (given.has(prop) && !empty) continue;
    problems.push(bodyProblem(line, REQUIRED[`${name} ${prop}`] ?? `Khối <${name}> cần thuộc tính ${prop}: ${spec.example}.`, name, prop));
  }
  return problems;
}

export function mdxComponentProblems(tree: BodyNode, firstLine: number, ctx: ComponentContext): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const node of nodesOf(tree, 'mdxJsxFlowElement', 'mdxJsxTextElement')) {
    const name = node.name;
    if (!isElement(node) || !name || !/^[A-Z]/.test(name)) continue;
    const line = lineOf(node, firstLine);
    if (!isGuideComponent(name)) {
      const typed = node.attributes?.some((attribute) => attribute.name === 'type') ?? false;
      problems.push(bodyProblem(line, unknownComponent(name, (node.children?.length ?? 0) > 0, typed)));
    }
    else problems.push(...componentProblems(node, name, line, ctx));
  }
  return problems;
}
