/**
 * A Markdown or MDX body, checked before Astro renders it: parsed once with the parser
 * Astro uses (mdx-parse.ts), then each rule reads the tree. A syntax error stops the
 * parser, so it is the body's one problem (with the addresses, read from the text). The
 * problems come in the order of the file.
 */
import { addressProblems } from './body-addresses.ts';
import { headingProblems } from './body-headings.ts';
import { htmlProblems, type Format } from './body-html.ts';
import { imageFileProblem, imageProblems, type ImageFile } from './body-images.ts';
import { bodyProblem, toFieldProblems, type BodyProblem } from './body-tree.ts';
import { mdxComponentProblems } from './mdx-components.ts';
import { expressionProblems } from './mdx-expressions.ts';
import { handoutProblems } from './mdx-handout.ts';
import { isImagePath, readImports } from './mdx-imports.ts';
import { parseBody } from './mdx-parse.ts';
import { quizProblems } from './mdx-quiz.ts';
import { MAX_WORDS_BEFORE_STEPS, stepsStart } from '../lib/guide-shape.ts';
import type { FieldProblem } from '../schemas/errors.ts';

export interface BodyInput {
  body: string;
  /** Line of the file on which the body starts. */
  firstLine: number;
  format: Format;
  /** A guide: its blocks, its handout and the length of its opening are checked too. */
  guide: boolean;
  /** The folder of the file, relative to content/ ("plans", "guides"). */
  folder: string;
}

export interface BodyContext {
  /** The hosts of links.yaml's addresses. */
  hosts: ReadonlySet<string>;
  /** The ids of links.yaml; undefined when it could not be read. */
  links: readonly string[] | undefined;
  /** Every file under content/, relative to it, "/" between folders. */
  files: ReadonlySet<string>;
  /** How messages name content/. */
  shown: string;
  /** What a file of content/ really is, from its first bytes (read once per file, however many bodies show it). */
  imageFile: (path: string) => Promise<ImageFile | undefined>;
}

/** The opening before the first <Steps> is short enough to reach step 1 on a phone. */
function openingProblems(body: string, firstLine: number): BodyProblem[] {
  const start = stepsStart(body, firstLine);
  if (!start || start.words <= MAX_WORDS_BEFORE_STEPS) return [];
  return [
    {
      line: start.line,
      parts: ['Steps'],
      message: `Trước bước đầu tiên có ${start.words} chữ: trên điện thoại, người đọc phải cuộn quá hai màn hình mới thấy bước 1. Giữ phần mở đầu và "Cần chuẩn bị" trong ${MAX_WORDS_BEFORE_STEPS} chữ: viết gọn lại, hoặc chuyển phần giải thích xuống sau các bước.`,
    },
  ];
}

/**
 * What a Markdown body needs for the tree's rules to find anything: a tag (<), a picture
 * (![), a javascript: link, a "#" heading (after any quote or list marks) or one underlined
 * with "=". Plan summaries are sentences, lists and "##" sections: at 3,300 plans, parsing
 * them all would add some 160 ms to a check that runs on every save while previewing.
 */
const MAY_NEED_TREE = /<|!\[|javascript:|^[ \t>*+\-\d.)]*#(?:[ \t]|$)|^[ \t>]*=+[ \t]*$/im;

/** The picture files in the hinh/ folder beside a body's file, relative to its folder. */
function picturesBeside(folder: string, files: ReadonlySet<string>): string[] {
  const prefix = `${folder}/`;
  return [...files].filter((file) => file.startsWith(`${prefix}hinh/`) && isImagePath(file)).map((file) => file.slice(prefix.length));
}

/** An address is not reported again where a problem of its line already deals with it (<iframe src="https://…">). */
function withoutCovered(addresses: readonly BodyProblem[], others: readonly BodyProblem[]): BodyProblem[] {
  return addresses.filter(
    (address) => !others.some((other) => other.line === address.line && other.covers?.some((url) => address.covers?.some((own) => own.startsWith(url) || url.startsWith(own)))),
  );
}

export async function checkBody(input: BodyInput, context: BodyContext): Promise<FieldProblem[]> {
  const { body, firstLine, format } = input;
  const addresses = addressProblems(body, firstLine, context.hosts);
  if (format === 'md' && !MAY_NEED_TREE.test(body)) return toFieldProblems(addresses);
  const parsed = parseBody(body, format, firstLine);
  if (!parsed.ok) return toFieldProblems([parsed.problem, ...addresses]);
  const { tree } = parsed;
  const problems: BodyProblem[] = [];
  problems.push(...headingProblems(tree, firstLine), ...htmlProblems(tree, format, firstLine));
  const imports = format === 'mdx' ? readImports(tree, firstLine) : { images: [], problems: [] };
  const images = imageProblems(tree, firstLine, { files: context.files, folder: input.folder, shown: context.shown }, imports.images);
  problems.push(...imports.problems, ...images.problems);
  for (const image of images.found) {
    const message = imageFileProblem(image.path, await context.imageFile(image.path), context.shown);
    if (message) problems.push(bodyProblem(image.line, message));
  }
  if (format === 'mdx') {
    problems.push(
      ...expressionProblems(tree, firstLine),
      ...mdxComponentProblems(tree, firstLine, { images: imports.images, links: context.links, shown: context.shown, pictures: picturesBeside(input.folder, context.files) }),
      ...quizProblems(tree, firstLine),
    );
  }
  if (input.guide) problems.push(...handoutProblems(tree, firstLine), ...openingProblems(body, firstLine));
  return toFieldProblems([...problems, ...withoutCovered(addresses, problems)]);
}
