/**
 * Parses a body with Sätteri, the parser Astro renders Markdown and MDX with, so the
 * checks read the tree Astro will render. MDX stops at its first syntax error, in English
 * ("3:1: Expected a closing tag for `<Callout>` (3:1) (mdx-jsx:unexpected-character)"):
 * here it becomes one Vietnamese problem on the line of the file, saying what to type.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { bodyProblem, type BodyNode, type BodyProblem } from './body-tree.ts';
import { htmlTagProblem, type Format } from './body-html.ts';
import { imageName, unknownComponent } from './mdx-components.ts';
import { readTag, type TagFault } from './mdx-tag.ts';
import { nearest } from './suggest.ts';
import { componentSpec, GUIDE_COMPONENTS, isGuideComponent } from '../lib/guide-components.ts';

export type Parsed = { ok: true; tree: BodyNode } | { ok: false; problem: BodyProblem };

/** The body alone is parsed: a "---" in it is a line, never front matter. */
const OPTIONS = { features: { frontmatter: false } };

export function parseBody(body: string, format: Format, firstLine: number): Parsed {
  try {
    const tree = (format === 'mdx' ? mdxToMdast(body, OPTIONS) : markdownToMdast(body, OPTIONS)) as unknown as BodyNode;
    return { ok: true, tree };
  } catch (error) {
    return { ok: false, problem: syntaxProblem(error instanceof Error ? error.message : String(error), body, firstLine) };
  }
}

/** Elements HTML closes by itself, which MDX wants written <br />. */
const VOID = new Set(['br', 'wbr', 'hr', 'img', 'input', 'meta', 'link', 'source', 'track', 'area', 'col', 'embed', 'param', 'base']);

/** Tag names an editor may paste from a web page or Word: anything else after "<" is text. */
const HTML_NAMES = new Set([
  ...VOID,
  ...'a abbr address article aside audio b bdi bdo blockquote body button canvas caption center cite code colgroup data dd del details dfn dialog div dl dt em fieldset figcaption figure font footer form frame h1 h2 h3 h4 h5 h6 head header html i iframe ins kbd label legend li main mark marquee math nav noscript object ol optgroup option output p picture pre q s samp script section select small span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr u ul var video'.split(
    ' ',
  ),
]);

/** Where "an element" sits, as the parser names it ("paragraph", "listItem"). */
const CONTAINERS: Record<string, string> = {
  paragraph: 'một đoạn văn',
  listItem: 'một mục danh sách',
  blockQuote: 'một đoạn trích (dòng bắt đầu bằng >)',
  heading: 'một tiêu đề',
  tableCell: 'một ô của bảng',
};

const ESCAPE = 'Muốn viết chính dấu <, viết \\< ';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** A short piece of the body from an offset, as the editor typed it, to quote in a message. */
function snippet(body: string, at: number, length = 16): string {
  const piece = body.slice(at).split('\n')[0] ?? '';
  return piece.length > length ? `${piece.slice(0, length)}…` : piece;
}

function strayLessThan(body: string, at: number): string {
  const piece = snippet(body, at, 12);
  return `Dấu < ở dòng này bị đọc là chỗ mở một thẻ (như <Callout>) nên MDX không đọc tiếp được. ${ESCAPE}(ở đây: \\${piece}), hoặc viết bằng chữ: "nhỏ hơn".`;
}

function componentField(name: string): string[] {
  return isGuideComponent(name) ? [name] : [];
}

/** The opening tag the parser could not close, by what it is. */
function unclosed(name: string, container: string | undefined, body: string, at: number): { message: string; parts: string[] } {
  if (name === '') return { message: strayLessThan(body, at), parts: [] };
  if (isGuideComponent(name)) {
    const spec = GUIDE_COMPONENTS[name];
    if (!spec.wraps) return { message: `Thẻ <${name}> phải tự đóng: viết dấu / trước dấu > ở cuối thẻ, ví dụ ${spec.example}.`, parts: [name] };
    if (container) {
      return {
        message: `Thẻ <${name}> nằm trong ${CONTAINERS[container] ?? 'một khối khác'}, nên MDX không tìm thấy thẻ đóng của nó. Viết <${name} …> và </${name}> mỗi thẻ trên một dòng riêng, có một dòng trống phía trên và phía dưới khối.`,
        parts: [name],
      };
    }
    return { message: `Khối <${name}> mở ở dòng này nhưng chưa đóng. Thêm dòng </${name}> ngay sau dòng cuối của khối.`, parts: [name] };
  }
  if (/^[A-Z][A-Za-z]*$/.test(name)) return { message: unknownComponent(name, false, /\stype\s*=/.test(snippet(body, at, 200))), parts: [] };
  const tag = name.toLowerCase();
  if (HTML_NAMES.has(tag)) {
    const refused = htmlTagProblem(tag, [], 'mdx');
    if (refused) return { message: refused, parts: [] };
    if (VOID.has(tag)) return { message: `Trong hướng dẫn (.mdx), thẻ <${tag}> phải tự đóng: viết <${tag} />.`, parts: [] };
    return { message: `Thẻ <${tag}> mở ở dòng này nhưng chưa đóng trong cùng đoạn: thêm </${tag}> ngay sau phần chữ nó bọc.`, parts: [] };
  }
  return { message: strayLessThan(body, at), parts: [] };
}

function tagFault(fault: TagFault, name: string, body: string, at: number): string {
  switch (fault.kind) {
    case 'stray':
      return strayLessThan(body, at);
    case 'address':
      return `Địa chỉ trong dấu <…> không dùng được trong hướng dẫn (.mdx): viết [tên trang](${fault.url}), hoặc chỉ ghi địa chỉ, bỏ hai dấu < >.`;
    case 'bare-value': {
      const prop = isGuideComponent(name) ? componentSpec(name).props[fault.attribute] : undefined;
      if (prop?.take.kind === 'image') {
        const image = /^[A-Za-z_$][\w$]*$/.test(fault.value) ? fault.value : imageName(fault.value);
        return `Hình viết trong ngoặc nhọn, bằng tên đã khai báo ở dòng import: viết ${fault.attribute}={${image}}.`;
      }
      return `Giá trị của ${fault.attribute} phải đặt trong ngoặc kép: viết ${fault.attribute}="${fault.value}".`;
    }
    case 'open-quote':
      return `Giá trị của ${fault.attribute} thiếu dấu ${fault.quote} đóng: viết ${fault.attribute}=${fault.quote}…${fault.quote}, mở và đóng trên cùng một dòng.`;
    case 'quote-inside':
      return `Giá trị của ${fault.attribute} có dấu ngoặc kép " ở giữa, nên MDX hiểu giá trị dừng ở đó. Lời trích bên trong dùng ngoặc cong “…” (hoặc bọc cả giá trị bằng dấu nháy đơn '…').`;
    case 'open-brace':
      return `Giá trị {…} của ${fault.attribute} thiếu dấu } đóng. Hình viết src={anh} (tên đã khai báo bằng dòng import); chữ viết trong ngoặc kép: ${fault.attribute}="…".`;
    case 'no-value':
      return `Thuộc tính ${fault.attribute}= chưa có giá trị: viết ${fault.attribute}="…".`;
    case 'bad-character':
      return `Thẻ <${name}> có "${fault.character}" ở chỗ MDX chờ một thuộc tính. Viết mỗi thuộc tính dạng tên="giá trị", cách nhau bằng dấu cách, và kết thúc thẻ bằng > (hoặc /> với thẻ tự đóng).`;
    case 'unclosed-tag': {
      const example = isGuideComponent(name) ? GUIDE_COMPONENTS[name].example : `<${name} … />`;
      return `Thẻ <${name} …> thiếu dấu > ở cuối: viết trọn thẻ, ví dụ ${example}.`;
    }
  }
}

function faultOffset(fault: TagFault): number | undefined {
  return 'offset' in fault ? fault.offset : undefined;
}

/**
 * One Vietnamese problem for Sätteri's error `message` on `body`, at the line of the file
 * (`firstLine` is the line the body starts on). Never shows the English text.
 */
export function syntaxProblem(message: string, body: string, firstLine: number): BodyProblem {
  const starts = lineStarts(body);
  const position = /^(\d+):(\d+): /.exec(message);
  const line = Number(position?.[1] ?? 1);
  const column = Number(position?.[2] ?? 1);
  const at = Math.min(body.length, (starts[line - 1] ?? 0) + column - 1);
  const fileLine = (bodyLine: number) => bodyLine + firstLine - 1;
  const lineAt = (offset: number) => fileLine(starts.findLastIndex((start) => start <= offset) + 1);
  const text = message.slice(position?.[0].length ?? 0);
  let match: RegExpExecArray | null;

  if ((match = /^Expected a closing tag for `<([^>`]*)>` \((\d+):(\d+)\)(?: before the end of `(\w+)`)?/.exec(text))) {
    const [, name = '', , , container] = match;
    const { message: said, parts } = unclosed(name, container, body, at);
    return bodyProblem(fileLine(line), said, ...parts);
  }
  if ((match = /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>` \((\d+):(\d+)\)/.exec(text))) {
    const [, closing = '', opening = '', openLine = '1'] = match;
    const opened = fileLine(Number(openLine));
    const near = closing.toLowerCase() === opening.toLowerCase() || nearest(closing, [opening]) !== undefined;
    if (near) {
      // The name the editor meant is the block that exists.
      if (!isGuideComponent(opening) && isGuideComponent(closing)) {
        return bodyProblem(opened, `Thẻ mở <${opening}> không khớp với thẻ đóng </${closing}>: sửa thành <${closing}>.`, closing);
      }
      return bodyProblem(fileLine(line), `Thẻ đóng </${closing}> không khớp với thẻ mở <${opening}> ở dòng ${opened}: sửa thành </${opening}>.`, ...componentField(opening));
    }
    if (!HTML_NAMES.has(opening.toLowerCase()) && !/^[A-Z][A-Za-z]*$/.test(opening)) {
      // "<và>" in a sentence, read as a tag that then meets a real closing tag.
      const start = (starts[Number(openLine) - 1] ?? 0) + Number(match[4] ?? 1) - 1;
      return bodyProblem(opened, strayLessThan(body, start));
    }
    return bodyProblem(
      fileLine(line),
      `Khối <${opening}> mở ở dòng ${opened} chưa đóng thì đã gặp </${closing}>: thêm dòng </${opening}> trước dòng này (mỗi khối đóng trước khi khối bao ngoài nó đóng).`,
      ...componentField(opening),
    );
  }
  if ((match = /^Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/.exec(text))) {
    const [, closing = ''] = match;
    return bodyProblem(
      fileLine(line),
      `Thẻ đóng </${closing}> thừa: phía trên không có thẻ <${closing}> nào đang mở. Xóa </${closing}>, hoặc thêm thẻ mở <${closing}> ở đầu khối.`,
      ...componentField(closing),
    );
  }
  if ((match = /^Expected the closing tag `<\/([^>`]*)>` either after the end of `(\w+)`/.exec(text))) {
    const [, name = ''] = match;
    return bodyProblem(
      fileLine(line),
      `Thẻ đóng </${name}> phải đứng riêng một dòng: xuống dòng trước </${name}>, và không viết gì sau nó trên cùng dòng.`,
      ...componentField(name),
    );
  }
  if (/^Unexpected character after `<`/.test(text)) {
    // The parser points at the "<"; should its columns ever count differently, the "<" before is the one.
    const open = body[at] === '<' ? at : body.lastIndexOf('<', at);
    const reading = readTag(body, open < 0 ? at : open);
    if (!reading.fault) return generic(fileLine(line), column);
    const offset = faultOffset(reading.fault);
    const parts = componentField(reading.name);
    const attribute = 'attribute' in reading.fault ? [reading.fault.attribute] : [];
    return bodyProblem(offset === undefined ? fileLine(line) : lineAt(offset), tagFault(reading.fault, reading.name, body, open < 0 ? at : open), ...(parts.length > 0 ? [...parts, ...attribute] : []));
  }
  if (/^Unexpected character `!` \(U\+0021\) before name/.test(text)) {
    return bodyProblem(fileLine(line), 'Chú thích <!-- … --> không dùng được trong hướng dẫn (.mdx): xóa chú thích này.');
  }
  if (/^Unexpected end of file in expression, expected a corresponding closing brace for `\{`/.test(text)) {
    return bodyProblem(
      fileLine(line),
      'Dấu { ở dòng này mở một biểu thức (mã) mà không có dấu } đóng. Hướng dẫn không chứa biểu thức {…}: muốn viết chính dấu ngoặc nhọn, viết \\{ (và \\} cho dấu đóng).',
    );
  }
  if (/^Could not parse expression/.test(text)) {
    const open = body.lastIndexOf('{', at);
    const before = body.slice(0, Math.max(0, open)).trimEnd();
    if (open >= 0 && before.endsWith('=')) {
      return bodyProblem(lineAt(open), 'Giá trị {…} của thuộc tính ở dòng này không đọc được. Hình viết src={anh} (tên đã khai báo bằng dòng import); chữ viết trong ngoặc kép: title="…".');
    }
    return bodyProblem(
      open >= 0 ? lineAt(open) : fileLine(line),
      'Phần trong ngoặc nhọn {…} ở dòng này bị đọc là mã (biểu thức) nhưng không phải mã đúng. Muốn viết chính dấu ngoặc nhọn, viết \\{ … \\}; không thì bỏ hai dấu ngoặc.',
    );
  }
  return generic(fileLine(line), column);
}

function generic(line: number, column: number): BodyProblem {
  return bodyProblem(
    line,
    `MDX không đọc được phần thân từ dòng này (cột ${column}). Xem lại các thẻ <…> và dấu { } trên dòng đó: mỗi thẻ mở cần thẻ đóng, giá trị thuộc tính đặt trong ngoặc kép; muốn viết chính dấu < hay {, viết \\< hay \\{.`,
  );
}
