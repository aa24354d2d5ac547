/**
 * `{…}` in a guide's text. MDX reads it as JavaScript: "{nha}" in a sentence makes the
 * build fail with "nha is not defined", and even a harmless "{1}" would print raw on the
 * one-sheet handout, which renders the steps as plain Markdown. A guide needs none: the
 * only code it may hold is an image given to a <Figure> (src={anh}), which is an
 * attribute and is checked with the components.
 */
import { bodyProblem, lineOf, nodesOf, type BodyNode, type BodyProblem } from './body-tree.ts';

function shorten(text: string, length = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

export function expressionMessage(value: string): string {
  const inside = shorten(value);
  return `Dấu ngoặc nhọn {${inside}} bị đọc là mã (biểu thức), và trang sẽ lỗi khi dựng. Muốn viết chính dấu ngoặc nhọn, viết \\{${inside}\\}; không thì bỏ hai dấu ngoặc${inside ? `: ${inside}` : ''}.`;
}

export function expressionProblems(tree: BodyNode, firstLine: number): BodyProblem[] {
  return nodesOf(tree, 'mdxTextExpression', 'mdxFlowExpression').map((node) => bodyProblem(lineOf(node, firstLine), expressionMessage(node.value ?? '')));
}
