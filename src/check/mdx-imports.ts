/**
 * The import lines of a guide. A guide declares its pictures there
 * (`import anh from './hinh/anh.svg';`) and nothing else: the blocks (<Callout>, <Figure>…)
 * come without import, and content holds no code (no export, no other import).
 */
import { bodyProblem, lineOf, nodesOf, type BodyNode, type BodyProblem } from './body-tree.ts';
import { GUIDE_COMPONENT_NAMES } from '../lib/guide-components.ts';

/** The image files a guide may import, as Astro's image pipeline reads them. */
export const IMAGE_EXTENSIONS = ['.svg', '.png', '.jpg', '.jpeg', '.webp', '.gif'] as const;

export interface ImageImport {
  /** The name the body uses: src={name}. */
  name: string;
  /** As written: './hinh/anh.svg'. */
  source: string;
  /** Line of the file. */
  line: number;
}

const IMPORT = /import[ \t]+([A-Za-z_$][\w$]*)[ \t]+from[ \t]+(["'])([^"'\n]+)\2[ \t]*;?[ \t]*(?=\n|$)/y;
const BLOCKS = GUIDE_COMPONENT_NAMES.map((name) => `<${name}>`).join(', ');
const EXAMPLE = "import anh from './hinh/ten-hinh.svg';";

export function isImagePath(source: string): boolean {
  return IMAGE_EXTENSIONS.some((extension) => source.toLowerCase().endsWith(extension));
}

function statementProblem(statement: string): string {
  if (/^export\b/.test(statement)) return `Hướng dẫn không chứa mã: xóa dòng export này. Phần thân chỉ có chữ Markdown, các khối ${BLOCKS}, và dòng khai báo hình (${EXAMPLE}).`;
  return `Dòng import viết sai. Mỗi hình khai báo một dòng, đúng dạng: ${EXAMPLE} (tên hình chỉ gồm chữ không dấu và số, đường dẫn trong dấu nháy).`;
}

/** Every import line: the pictures it declares, and what is wrong with the other lines. */
export function readImports(tree: BodyNode, firstLine: number): { images: ImageImport[]; problems: BodyProblem[] } {
  const images: ImageImport[] = [];
  const problems: BodyProblem[] = [];
  for (const node of nodesOf(tree, 'mdxjsEsm')) {
    const text = node.value ?? '';
    const start = lineOf(node, firstLine);
    let at = 0;
    while (at < text.length) {
      const blank = /\s*/y;
      blank.lastIndex = at;
      at += blank.exec(text)?.[0].length ?? 0;
      if (at >= text.length) break;
      const line = start + text.slice(0, at).split('\n').length - 1;
      IMPORT.lastIndex = at;
      const match = IMPORT.exec(text);
      if (!match) {
        const end = text.indexOf('\n', at);
        problems.push(bodyProblem(line, statementProblem(text.slice(at, end === -1 ? undefined : end))));
        at = end === -1 ? text.length : end + 1;
        continue;
      }
      at = IMPORT.lastIndex;
      const [, name = '', , source = ''] = match;
      if (!isImagePath(source)) {
        problems.push(
          bodyProblem(
            line,
            `Chỉ khai báo (import) được hình ${IMAGE_EXTENSIONS.join(', ')}, không nhận "${source}". Các khối ${BLOCKS} có sẵn, không cần import: xóa dòng này.`,
          ),
        );
        continue;
      }
      if (!source.startsWith('./') && !source.startsWith('../')) {
        problems.push(bodyProblem(line, `Đường dẫn hình phải bắt đầu bằng ./ (tính từ tệp hướng dẫn): viết import ${name} from './${source.replace(/^\/+/, '')}';`));
      }
      images.push({ name, source, line });
    }
  }
  return { images, problems };
}
