/**
 * `npm run measure:check -- [N …]`: the content check's time on the shipped content, then
 * on a copy with N synthetic plans added (scripts/bench/synthetic-plans.ts; default 1000
 * and 3300, the national scale of the benchmark). A quick figure without the full
 * `npm run bench`.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { timeContentCheck, type CheckTime } from './bench/check-time.ts';
import { generatePlans, loadSeedPlans, writePlans } from './bench/synthetic-plans.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { positionals } = parseArgs({ allowPositionals: true });
const counts = (positionals.length > 0 ? positionals : ['1000', '3300']).map(Number);
if (counts.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`Số kế hoạch phải là số nguyên dương (nhận: ${positionals.join(' ')}).`);
  process.exit(2);
}

const line = (label: string, time: CheckTime) =>
  `| ${label} | ${time.files} | ${time.firstMs} ms | ${time.medianMs} ms | ${time.problems} |`;
console.log('| nội dung | tệp | lần đầu | trung vị các lần sau | lỗi |');
console.log('|---|---:|---:|---:|---:|');
console.log(line('có sẵn (content/)', await timeContentCheck(root, 'content')));
const seeds = await loadSeedPlans(join(root, 'content'));
for (const n of counts) {
  const work = await mkdtemp(join(tmpdir(), `cds-kiem-tra-${n}-`));
  try {
    const content = join(work, 'content');
    await cp(join(root, 'content'), content, { recursive: true });
    await writePlans(content, generatePlans(n, seeds, 1));
    console.log(line(`+ ${n} kế hoạch giả lập`, await timeContentCheck(root, content)));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
