/**
 * A "#" heading (or a title underlined with "===") in a body: the page's title, from the
 * front matter's title, is its only first-level heading.
 */
import { bodyProblem, lineOf, nodesOf, type BodyNode, type BodyProblem } from './body-tree.ts';

export function headingProblems(tree: BodyNode, firstLine: number): BodyProblem[] {
  return nodesOf(tree, 'heading')
    .filter((node) => node.depth === 1)
    .map((node) =>
      bodyProblem(
        lineOf(node, firstLine),
        'Tiêu đề một dấu # trùng với tên trang (lấy từ trường title). Trong phần thân, dùng ## cho mục và ### cho mục nhỏ.',
      ),
    );
}
