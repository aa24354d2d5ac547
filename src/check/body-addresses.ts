/**
 * Web addresses in a Markdown or MDX body: only those links.yaml holds (every address the
 * portal sends citizens to names its source there). Read line by line from the text as
 * written, so an address is caught wherever it stands (text, a link, a title="…"), on
 * the line the editor wrote it; fenced code is skipped.
 */
import { bodyProblem, covering, type BodyProblem } from './body-tree.ts';

const FENCE = /^\s*(```|~~~)/;
const ADDRESS = /https?:\/\/[^\s)>\]"'`]+/gi;

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The hosts of links.yaml's addresses, the only ones a body may name. */
export function allowedHosts(urls: Iterable<string>): Set<string> {
  return new Set([...urls].map(hostOf).filter((host): host is string => host !== undefined));
}

export function addressProblems(body: string, firstLine: number, hosts: ReadonlySet<string>): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let inCode = false;
  body.split('\n').forEach((line, index) => {
    if (FENCE.test(line)) {
      inCode = !inCode;
      return;
    }
    if (inCode) return;
    for (const [match] of line.matchAll(ADDRESS)) {
      // The full stop or comma after an address ends the sentence, not the address.
      const url = match.replace(/[.,;:!?]+$/, '');
      const host = hostOf(url);
      if (host && hosts.has(host)) continue;
      problems.push(
        covering(
          bodyProblem(
            firstLine + index,
            `Địa chỉ ${url} chưa có trong content/links.yaml. Mọi địa chỉ cổng đưa người dân tới phải có trong links.yaml, kèm nguồn: thêm nó vào đó, rồi dùng <LinkCard id="…" /> trong hướng dẫn hoặc trường links của kế hoạch.`,
          ),
          [url],
        ),
      );
    }
  });
  return problems;
}
