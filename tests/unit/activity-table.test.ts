import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { activityRows, columnOf, readActivityTable, splitUnits } from '../../src/lib/activity-table.ts';
import { parseCsv, toCsv } from '../../src/lib/csv.ts';
import { ROOT } from '../fixtures/content-copy.ts';

const { content } = await checkContent(ROOT);

describe('activity tables', () => {
  it.each(content.plans.map((plan) => [plan.id, plan] as const))('%s: exporting to CSV and importing gives back the same activities', (_, plan) => {
    const { activities, problems } = readActivityTable(parseCsv(toCsv(activityRows(plan.data.activities))), plan.data.year);
    expect(problems).toEqual([]);
    expect(activities).toEqual(
      plan.data.activities.map(({ task, lead, partners, period, start, end, ongoing }) => ({ task, lead, partners, period, ongoing, ...(start ? { start, end } : {}) })),
    );
  });

  it('reads an appendix as plans write it: other header words, no date columns', () => {
    const rows = [
      ['Stt', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
      ['1', 'Phát triển hạ tầng số', 'Sở Thông tin và Truyền thông; các doanh nghiệp viễn thông', 'UBND các huyện, thị xã, thành phố', 'Năm 2024'],
      ['2', 'Học tập trực tuyến', 'Phòng Văn hóa - Xã hội', '', 'Thường xuyên'],
    ];
    const { activities, problems } = readActivityTable(rows, 2024);
    expect(problems).toEqual([]);
    expect(activities).toEqual([
      { task: 'Phát triển hạ tầng số', lead: ['Sở Thông tin và Truyền thông', 'các doanh nghiệp viễn thông'], partners: ['UBND các huyện, thị xã, thành phố'], period: 'Năm 2024', ongoing: false, start: '2024-01-01', end: '2024-12-31' },
      { task: 'Học tập trực tuyến', lead: ['Phòng Văn hóa - Xã hội'], partners: [], period: 'Thường xuyên', ongoing: true },
    ]);
  });

  it('reports every cell it cannot read, by row and column', () => {
    const rows = [
      ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'],
      ['1', 'Việc một', 'UBND xã', '', 'Quý IV/2024'],
      ['2', '', 'UBND xã', '', '06/10 - 10/10'],
      ['3', 'Việc ba', '', '', '31/9'],
    ];
    const { problems } = readActivityTable(rows, 2024);
    expect(problems.map((problem) => `${problem.row} ${problem.column}`)).toEqual(['2 E (Thời gian)', '3 B (Nhiệm vụ)', '4 C (Đơn vị chủ trì)', '4 E (Thời gian)']);
    expect(problems[3]?.message).toContain('tháng 9/2024 chỉ có 30 ngày');
  });

  it('names a missing column', () => {
    expect(readActivityTable([['TT', 'Nhiệm vụ', 'Thời gian']], 2024).problems[0]?.message).toBe(
      'Thiếu cột "Đơn vị chủ trì" (ví dụ: TT, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian, Bắt đầu, Kết thúc).',
    );
  });

  it('splits units on semicolons and lines, without list marks, separators or "etc." around them', () => {
    expect(splitUnits('Sở Thông tin và Truyền thông,\ncác đơn vị liên quan')).toEqual(['Sở Thông tin và Truyền thông', 'các đơn vị liên quan']);
    expect(splitUnits('- Đoàn Thanh niên;\n+ Bưu điện,…\nTổ chuyển đổi số cộng đồng...')).toEqual(['Đoàn Thanh niên', 'Bưu điện', 'Tổ chuyển đổi số cộng đồng']);
    expect(splitUnits('UBND các huyện, thị xã, thành phố; các tổ chức chính trị - xã hội')).toEqual(['UBND các huyện, thị xã, thành phố', 'các tổ chức chính trị - xã hội']);
  });

  it('knows the header words of Word appendices, whatever their punctuation and line breaks', () => {
    expect(['Cơ quan, đơn vị chủ trì', 'Thời gian dự\nkiến', 'Nội dung công việc', 'STT', 'Đơn vị phối hợp thực hiện'].map(columnOf)).toEqual(['lead', 'period', 'task', 'number', 'partners']);
    expect(columnOf('Ghi chú')).toBeUndefined();
  });
});
