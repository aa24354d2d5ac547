/**
 * The same plan saved twice under two names would be published twice, every activity
 * doubled in the calendars. Two plan files are the same document when they carry the same
 * issuer, number and date, or the same title and the same activities.
 */
import type { ContentProblem } from '../schemas/errors.ts';
import { formatDate } from '../lib/dates.ts';
import type { Plan } from '../schemas/plan.ts';

interface PlanFile {
  file: string;
  data: Plan;
}

export function duplicatePlans(plans: readonly PlanFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byDocument = new Map<string, string>();
  const byContent = new Map<string, string>();
  for (const plan of [...plans].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const { issuer, number, date, title, activities } = plan.data;
    const document = number && date ? JSON.stringify([issuer, number, date]) : undefined;
    const content = JSON.stringify([title, activities]);
    const first = (document && byDocument.get(document)) ?? byContent.get(content);
    if (first) {
      const same = document && byDocument.get(document) ? `cùng cơ quan ban hành, số ${number} và ngày ${formatDate(date ?? '')}` : 'cùng tên và cùng các hoạt động';
      problems.push({
        file: plan.file,
        field: '',
        message: `Kế hoạch này trùng với ${first} (${same}): có lẽ là bản sao, và sẽ hiện hai lần trên cổng. Xóa một trong hai tệp; nếu là hai văn bản khác nhau, sửa cho đúng số, ngày của từng văn bản.`,
      });
      continue;
    }
    if (document) byDocument.set(document, plan.file);
    byContent.set(content, plan.file);
  }
  return problems;
}
