/**
 * What a guide's one-sheet handout (/ky-nang-so/<skill>/to-roi/) needs of its body: a
 * <Steps> block, and plain Markdown inside the blocks it prints (every <Steps>, every
 * warning or danger <Callout>, every <Question>'s answer and <HelpLine>'s description). The handout renders their text as Markdown, where a block
 * such as <LinkCard …> would show as raw characters. (A {…} is refused everywhere, by
 * mdx-expressions.ts.)
 */
import { bodyProblem, isElement, lineOf, nodesOf, walk, type BodyNode, type BodyProblem } from './body-tree.ts';

const PRINTED_CALLOUTS = new Set(['warning', 'danger']);

function printed(node: BodyNode): boolean {
  if (node.name === 'Steps' || node.name === 'Question' || node.name === 'HelpLine') return true;
  if (node.name !== 'Callout') return false;
  const type = node.attributes?.find((attribute) => attribute.name === 'type')?.value;
  return typeof type === 'string' && PRINTED_CALLOUTS.has(type);
}

/** The first block written inside a node: "<LinkCard". */
function blockInside(node: BodyNode): string | undefined {
  let found: string | undefined;
  for (const child of node.children ?? []) {
    walk(child, (inner) => {
      if (found === undefined && isElement(inner) && inner.name && /^[A-Z]/.test(inner.name)) found = `<${inner.name}`;
    });
  }
  return found;
}

export function handoutProblems(tree: BodyNode, firstLine: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const elements = nodesOf(tree, 'mdxJsxFlowElement', 'mdxJsxTextElement');
  if (!elements.some((node) => node.name === 'Steps')) {
    problems.push(
      bodyProblem(
        undefined,
        'Hướng dẫn chưa có khối <Steps>. Tờ hướng dẫn in (trang …/to-roi/) lấy các bước từ khối này: bọc danh sách đánh số 1. 2. … giữa <Steps> và </Steps>.',
        'Steps',
      ),
    );
  }
  for (const node of elements.filter(printed)) {
    const found = blockInside(node);
    if (found === undefined) continue;
    const name = node.name ?? '';
    problems.push(
      bodyProblem(
        lineOf(node, firstLine),
        `Khối <${name}> có "${found}": tờ hướng dẫn in chỉ in được chữ Markdown (chữ đậm, danh sách, liên kết). Đưa thành phần <…> hoặc biểu thức {…} ra ngoài khối.`,
        name,
      ),
    );
  }
  return problems;
}
