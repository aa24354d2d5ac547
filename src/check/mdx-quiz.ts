/**
 * The shape of a "Tự kiểm tra" block: every <Question> inside a <Quiz> (alone it would
 * render a list item outside any list), a <Quiz> holding questions and nothing else (text
 * between them would land inside the numbered list), and every question with an answer
 * (an empty one opens onto nothing). A question's missing text is a missing required prop
 * (mdx-components.ts).
 */
import { bodyProblem, isElement, lineOf, walk, type BodyNode, type BodyProblem } from './body-tree.ts';

const QUESTION_EXAMPLE = '<Question text="Câu hỏi?"> … đáp án … </Question>';

/** Text of a node as written, to name it in a message. */
function textOf(node: BodyNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

function quoted(node: BodyNode): string {
  const text = textOf(node).replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function blank(node: BodyNode): boolean {
  return node.type === 'text' && (node.value ?? '').trim() === '';
}

export function quizProblems(tree: BodyNode, firstLine: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  walk(tree, (node, ancestors) => {
    if (!isElement(node)) return;
    const line = lineOf(node, firstLine);
    if (node.name === 'Question') {
      if (!ancestors.some((ancestor) => isElement(ancestor) && ancestor.name === 'Quiz')) {
        problems.push(
          bodyProblem(line, 'Khối <Question> phải nằm trong khối <Quiz>: viết <Quiz> ở dòng ngay trên câu hỏi đầu tiên và </Quiz> ở dòng ngay dưới câu hỏi cuối cùng.', 'Question'),
        );
      }
      if ((node.children ?? []).every(blank)) {
        problems.push(
          bodyProblem(line, `Câu hỏi chưa có đáp án: viết đáp án giữa thẻ mở và thẻ đóng, ${QUESTION_EXAMPLE}. Người đọc bấm "Xem đáp án" để mở phần này.`, 'Question'),
        );
      }
      return;
    }
    if (node.name !== 'Quiz') return;
    const children = (node.children ?? []).filter((child) => !blank(child));
    if (!children.some((child) => isElement(child) && child.name === 'Question')) {
      problems.push(bodyProblem(line, `Khối <Quiz> chưa có câu hỏi nào: viết bên trong mỗi câu hỏi một khối ${QUESTION_EXAMPLE}.`, 'Quiz'));
    }
    for (const child of children) {
      if (isElement(child) && child.name === 'Question') continue;
      problems.push(
        bodyProblem(
          lineOf(child, firstLine),
          `Trong khối <Quiz> chỉ viết các khối <Question>, mà ở đây có "${quoted(child)}". Đưa phần này ra ngoài <Quiz> (lên trên <Quiz>), hoặc đặt nó vào đáp án của một câu hỏi.`,
          'Quiz',
        ),
      );
    }
  });
  return problems;
}
