/**
 * The pictures a body shows: Markdown images (![mô tả](../hinh/anh.png)) and, in a guide,
 * the images it imports for <Figure>. Each must be a file of content/ (no picture loads
 * from another site), written with the exact case of its name (the build server's disk
 * tells "Anh.png" from "anh.png" even where the editor's does not), and described. Missing,
 * Astro stops the build with an English error at a line of its own.
 */
import { posix } from 'node:path';
import { bodyProblem, covering, lineOf, nodesOf, type BodyNode, type BodyProblem } from './body-tree.ts';
import type { ImageImport } from './mdx-imports.ts';
import { KIND_NAMES, type ImageKind } from '../lib/image-kind.ts';

export interface ImageFiles {
  /** Every file under content/, relative to it, "/" between folders. */
  files: ReadonlySet<string>;
  /** The folder of the body's file, relative to content/ ("plans", "guides"). */
  folder: string;
  /** How messages name content/. */
  shown: string;
}

function caseOf(path: string, files: ReadonlySet<string>): string | undefined {
  const lower = path.toLowerCase();
  for (const file of files) if (file.toLowerCase() === lower) return file;
  return undefined;
}

/** The file an image path names, relative to content/; undefined when it leaves content/. */
function resolveImage(url: string, folder: string): string | undefined {
  let path: string;
  try {
    path = decodeURI(url.split(/[?#]/)[0] ?? '');
  } catch {
    path = url;
  }
  const joined = posix.normalize(posix.join(folder, path));
  return joined.startsWith('../') || joined === '..' ? undefined : joined;
}

function missing(where: ImageFiles, url: string, written: string): string {
  const path = resolveImage(url, where.folder);
  const shownPath = path === undefined ? url : `${where.shown}/${path}`;
  const other = path === undefined ? undefined : caseOf(path, where.files);
  const hint = other
    ? `Tệp có tên ${where.shown}/${other}: viết đúng tên đó, đúng từng chữ hoa, chữ thường.`
    : `Chép hình vào đó, hoặc sửa đường dẫn cho đúng tên tệp, đúng từng chữ hoa, chữ thường.`;
  return `Không tìm thấy hình ${shownPath} (${written}). ${hint}`;
}

function imageFolder(where: ImageFiles): string {
  return where.folder === 'guides' ? 'guides/hinh' : 'hinh';
}

/** A picture file the body shows, found in content/: its bytes are read next (imageFileProblem). */
export interface FoundImage {
  /** Relative to content/. */
  path: string;
  /** Line of the file that names it. */
  line: number;
}

export function imageProblems(
  tree: BodyNode,
  firstLine: number,
  where: ImageFiles,
  imports: readonly ImageImport[],
): { problems: BodyProblem[]; found: FoundImage[] } {
  const problems: BodyProblem[] = [];
  const found: FoundImage[] = [];
  const folder = imageFolder(where);
  const relative = where.folder === 'guides' ? './hinh' : '../hinh';
  for (const node of nodesOf(tree, 'image')) {
    const line = lineOf(node, firstLine);
    const url = (node.url ?? '').trim();
    const written = `ghi ở ![…](${url})`;
    if (/^data:/i.test(url)) {
      problems.push(
        bodyProblem(line, `Hình dán thẳng vào tệp dưới dạng chữ (data:…) làm trang rất nặng. Lưu hình thành tệp trong ${where.shown}/${folder}/, rồi viết ![lời mô tả](${relative}/ten-hinh.png).`),
      );
    } else if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) {
      problems.push(
        covering(
          bodyProblem(
            line,
            `Cổng không tải hình từ trang khác (${url}): mọi thứ trên trang phải tải từ chính cổng. Tải hình về (nếu được phép dùng), chép vào ${where.shown}/${folder}/, rồi viết ![lời mô tả](${relative}/ten-hinh.png).`,
          ),
          [url],
        ),
      );
    } else if (url.startsWith('/')) {
      problems.push(bodyProblem(line, `Đường dẫn hình không bắt đầu bằng "/": viết đường dẫn tính từ tệp này, ví dụ ![lời mô tả](${relative}/ten-hinh.png).`));
    } else {
      const path = resolveImage(url, where.folder);
      if (path === undefined || !where.files.has(path)) {
        problems.push(bodyProblem(line, missing(where, url, written)));
        continue;
      }
      found.push({ path, line });
      if (!(node.alt ?? '').trim()) {
        problems.push(
          bodyProblem(line, `Hình thiếu lời mô tả (alt): viết ![lời mô tả](${url}), kể lại điều hình cho thấy, để người không xem được hình (dùng máy đọc màn hình, mạng chậm) vẫn hiểu.`),
        );
      }
    }
  }
  for (const image of imports) {
    // A path that is not relative is reported with the import line itself.
    if (!image.source.startsWith('./') && !image.source.startsWith('../')) continue;
    const path = resolveImage(image.source, where.folder);
    if (path === undefined || !where.files.has(path)) {
      problems.push(bodyProblem(image.line, missing(where, image.source, `khai báo ở dòng import ${image.name}`)));
    } else {
      found.push({ path, line: image.line });
    }
  }
  return { problems, found };
}

/** The kinds Astro's image pipeline reads; another file stops the build with NoImageMetadata. */
const READABLE: ReadonlySet<string> = new Set(['png', 'jpeg', 'webp', 'gif', 'svg', 'avif', 'tiff']);
const EXPORT_AGAIN = 'Mở ảnh gốc bằng một trình sửa ảnh và lưu lại thành PNG (hoặc xuất SVG), rồi thay tệp này.';

/** What is wrong with a picture file, from the kind its first bytes show; undefined when Astro can read it. */
/** What the check reads of a picture file: its kind by its bytes, and for an SVG whether it gives its size. */
export interface ImageFile {
  kind: ImageKind | undefined;
  sized: boolean;
}

export function imageFileProblem(path: string, file: ImageFile | undefined, shown: string): string | undefined {
  const kind = file?.kind;
  if (kind === 'svg' && !file?.sized) {
    return `Ảnh ${shown}/${path} không ghi kích thước (thiếu viewBox, hoặc width và height, trong thẻ <svg>), nên cổng không đặt được ảnh vào trang. Xuất lại ảnh từ phần mềm vẽ (Inkscape: Tệp › Lưu thành… › SVG thường; Illustrator: Xuất › SVG), hoặc thêm viewBox="0 0 rộng cao" vào thẻ <svg>.`;
  }
  if (kind && READABLE.has(kind)) return undefined;
  return kind
    ? `Tệp ${shown}/${path} là tệp ${KIND_NAMES[kind]}, không phải ảnh cổng dùng được (PNG, JPEG, WebP, SVG). ${EXPORT_AGAIN}`
    : `Tệp ${shown}/${path} không phải ảnh PNG, JPEG, WebP hay SVG (chỉ đổi đuôi tên tệp thì không đổi được loại ảnh). ${EXPORT_AGAIN}`;
}
