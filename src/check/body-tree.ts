/**
 * The tree Sätteri (the parser Astro renders Markdown and MDX with) makes of a body, as
 * the body checks read it, and the shape of what they report: a line of the file, the
 * parts of the field after it, and the message.
 */
import type { FieldProblem } from '../schemas/errors.ts';

export interface Point {
  line: number;
  column: number;
  offset?: number;
}

export interface Attribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  /** A string, null for a bare name (<X flag>), or an expression ({anh}). */
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string };
}

/** One node of the mdast tree; only the fields the checks read. */
export interface BodyNode {
  type: string;
  children?: BodyNode[];
  value?: string;
  /** Components and HTML elements (MDX); null for a fragment <>…</>. */
  name?: string | null;
  attributes?: Attribute[];
  url?: string;
  alt?: string | null;
  depth?: number;
  position?: { start: Point; end: Point };
}

/** Every node under `node` (itself included), parents before children, with its ancestors. */
export function walk(node: BodyNode, visit: (node: BodyNode, ancestors: readonly BodyNode[]) => void, ancestors: BodyNode[] = []): void {
  visit(node, ancestors);
  if (!node.children) return;
  ancestors.push(node);
  for (const child of node.children) walk(child, visit, ancestors);
  ancestors.pop();
}

/** Every node of a tree in the order written, walked once however many rules ask. */
const flat = new WeakMap<BodyNode, BodyNode[]>();

/** The nodes of these types, in the order they are written. */
export function nodesOf(tree: BodyNode, ...types: string[]): BodyNode[] {
  let nodes = flat.get(tree);
  if (!nodes) {
    const all: BodyNode[] = [];
    walk(tree, (node) => all.push(node));
    flat.set(tree, all);
    nodes = all;
  }
  return nodes.filter((node) => types.includes(node.type));
}

/** The line of the file a node starts on, from the line the body starts on. */
export function lineOf(node: BodyNode, firstLine: number): number {
  return (node.position?.start.line ?? 1) + firstLine - 1;
}

export const isElement = (node: BodyNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A problem of a body: the line of the file (none for the body as a whole), what follows it in the field. */
export interface BodyProblem {
  line: number | undefined;
  /** "Figure", "alt": the field reads "nội dung › dòng 12 › Figure › alt". */
  parts: string[];
  message: string;
  /** Web addresses the message already deals with (an <iframe src="https://…">): not reported again as addresses. */
  covers?: string[];
}

export function bodyProblem(line: number | undefined, message: string, ...parts: string[]): BodyProblem {
  return { line, parts, message };
}

/** The same problem, saying it deals with these addresses too. */
export function covering(problem: BodyProblem, urls: ReadonlyArray<string | undefined>): BodyProblem {
  const covers = urls.filter((url): url is string => url !== undefined && /^(https?:)?\/\//i.test(url.trim())).map((url) => url.trim());
  return covers.length > 0 ? { ...problem, covers } : problem;
}

/** In the order of the file (problems of the body as a whole first), as the report shows them. */
export function toFieldProblems(problems: readonly BodyProblem[]): FieldProblem[] {
  return [...problems]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((problem) => ({
      field: ['nội dung', ...(problem.line === undefined ? [] : [`dòng ${problem.line}`]), ...problem.parts].join(' › '),
      message: problem.message,
    }));
}
