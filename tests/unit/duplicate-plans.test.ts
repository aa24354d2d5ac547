import { describe, expect, it } from 'vitest';
import { duplicatePlans } from '../../src/check/duplicate-plans.ts';
import type { Plan } from '../../src/schemas/plan.ts';

const plan = (changes: Partial<Plan>): Plan =>
  ({
    title: 'Kế hoạch tổ chức Ngày Chuyển đổi số quốc gia năm 2025',
    issuer: 'Ủy ban nhân dân xã Thạch Hà',
    locality: { name: 'Thạch Hà', level: 'xa', province: 'Hà Tĩnh' },
    year: 2025,
    number: '85/KH-UBND',
    date: '2025-09-25',
    implements: [],
    slogans: [],
    links: [],
    activities: [{ task: 'Tuyên truyền', lead: ['Công an xã'], partners: [], period: 'Thường xuyên', ongoing: true }],
    ...changes,
  }) as Plan;

describe('the same plan saved twice', () => {
  it('is refused on the second file, naming the first', () => {
    const problems = duplicatePlans([
      { file: 'content/plans/thach-ha-2025.md', data: plan({}) },
      { file: 'content/plans/thach-ha-2025-ban-sao.md', data: plan({ title: 'Kế hoạch (bản sao)' }) },
    ]);
    expect(problems).toEqual([
      {
        file: 'content/plans/thach-ha-2025.md',
        field: '',
        message:
          'Kế hoạch này trùng với content/plans/thach-ha-2025-ban-sao.md (cùng cơ quan ban hành, số 85/KH-UBND và ngày 25/09/2025): có lẽ là bản sao, và sẽ hiện hai lần trên cổng. Xóa một trong hai tệp; nếu là hai văn bản khác nhau, sửa cho đúng số, ngày của từng văn bản.',
      },
    ]);
  });

  it('is recognised by its title and activities when it has no number', () => {
    const problems = duplicatePlans([
      { file: 'content/plans/a.md', data: plan({ number: undefined, date: undefined }) },
      { file: 'content/plans/b.md', data: plan({ number: undefined, date: undefined }) },
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'Kế hoạch này trùng với content/plans/a.md (cùng tên và cùng các hoạt động): có lẽ là bản sao, và sẽ hiện hai lần trên cổng. Xóa một trong hai tệp; nếu là hai văn bản khác nhau, sửa cho đúng số, ngày của từng văn bản.',
    ]);
  });

  it('lets two different plans of one issuer be', () => {
    expect(duplicatePlans([
      { file: 'content/plans/a.md', data: plan({}) },
      { file: 'content/plans/b.md', data: plan({ number: '86/KH-UBND', activities: [{ task: 'Khác', lead: ['UBND xã'], partners: [], period: 'Thường xuyên', ongoing: true }] }) },
    ])).toEqual([]);
  });
});
