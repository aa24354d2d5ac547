/**
 * How long the content check takes (src/check/content.ts): it runs before every build and
 * on every save in the preview server, so it has to stay within a few seconds at national
 * scale. The first run is timed on its own (files not yet in the OS cache, code not yet
 * optimised), then the median of the following runs (a save in the preview server).
 */
import { checkContent } from '../../src/check/content.ts';

export interface CheckTime {
  files: number;
  problems: number;
  firstMs: number;
  medianMs: number;
}

export async function timeContentCheck(root: string, contentDir: string, runs = 5): Promise<CheckTime> {
  const times: number[] = [];
  let result: Awaited<ReturnType<typeof checkContent>> | undefined;
  for (let run = 0; run < runs + 1; run += 1) {
    const started = performance.now();
    result = await checkContent(root, contentDir);
    times.push(performance.now() - started);
  }
  const [first = 0, ...rest] = times;
  const sorted = rest.sort((a, b) => a - b);
  const { content, problems } = result!;
  return {
    files: content.plans.length + content.years.length + content.guides.length + content.pages.length + 2,
    problems: problems.length,
    firstMs: Math.round(first),
    medianMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? first),
  };
}
