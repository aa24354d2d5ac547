import { describe, expect, it } from 'vitest';
import { readActivityTable } from '../../src/lib/activity-table.ts';
import type { WordRow } from '../../src/lib/word-html.ts';
import { activityTableRows, tableGrid } from '../../src/lib/word-table.ts';

type Spec = string | { text: string; rowSpan?: number; colSpan?: number };
const table = (...rows: Spec[][]): WordRow[] =>
  rows.map((cells, index) => ({
    header: index === 0,
    cells: cells.map((cell) => (typeof cell === 'string' ? { text: cell, colSpan: 1, rowSpan: 1 } : { colSpan: 1, rowSpan: 1, ...cell })),
  }));
const HEADER = ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'];

describe('tableGrid', () => {
  it('repeats a cell merged down in every row it covers, and places later cells after it', () => {
    const grid = tableGrid(table(['a', { text: 'B', rowSpan: 3 }, 'c'], ['d', 'e'], ['f', 'g']));
    expect(grid.map((row) => row.map((slot) => slot.text))).toEqual([
      ['a', 'B', 'c'],
      ['d', 'B', 'e'],
      ['f', 'B', 'g'],
    ]);
    expect(grid[2]![1]).toMatchObject({ originRow: 0, originColumn: 1 });
  });

  it('gives a cell merged across every column it covers, and pads short rows', () => {
    const grid = tableGrid(table([{ text: 'I. Mục', colSpan: 3 }], ['1', 'x']));
    expect(grid.map((row) => row.map((slot) => slot.text))).toEqual([
      ['I. Mục', 'I. Mục', 'I. Mục'],
      ['1', 'x', ''],
    ]);
  });
});

describe('activityTableRows', () => {
  it('is undefined for the layout tables of a header or a signature', () => {
    expect(activityTableRows(table(['ỦY BAN NHÂN DÂN\nXÃ THẠCH HÀ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['Số: /KH-UBND', 'Thạch Hà, ngày tháng 10 năm 2025']))).toBeUndefined();
    expect(activityTableRows(table(['Nơi nhận:\n- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH']))).toBeUndefined();
  });

  it('carries a merged lead down, leaves out section rows, the column-number row, repeated headers and empty rows', () => {
    const rows = activityTableRows(
      table(
        HEADER,
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        [{ text: 'I. Công tác tuyên truyền', colSpan: 5 }],
        ['1', 'Việc một', { text: 'Phòng Văn hóa - Xã hội', rowSpan: 2 }, 'Công an,\nĐoàn Thanh niên', '06/10 - 10/10'],
        ['2', 'Việc hai', '', 'Thường\nxuyên'],
        HEADER,
        ['II', { text: 'Chuyển đổi số cộng đồng', colSpan: 4 }],
        ['', '', '', '', ''],
        ['3', 'Việc ba', 'UBND xã', '', 'Tháng 10'],
      ),
    )!;
    expect(rows.rows).toEqual([
      HEADER,
      ['1', 'Việc một', 'Phòng Văn hóa - Xã hội', 'Công an,\nĐoàn Thanh niên', '06/10 - 10/10'],
      ['2', 'Việc hai', 'Phòng Văn hóa - Xã hội', '', 'Thường\nxuyên'],
      ['3', 'Việc ba', 'UBND xã', '', 'Tháng 10'],
    ]);
    expect(rows.sources).toEqual([
      { row: 4, number: '1', section: 'I' },
      { row: 5, number: '2', section: 'I' },
      { row: 9, number: '3', section: 'II' },
    ]);
    expect(rows.sections).toEqual([
      { row: 3, title: 'I. Công tác tuyên truyền' },
      { row: 7, title: 'II Chuyển đổi số cộng đồng' },
    ]);
    const { activities, problems } = readActivityTable(rows.rows, 2025);
    expect(problems).toEqual([]);
    expect(activities.map(({ lead, partners, ongoing }) => ({ lead, partners, ongoing }))).toEqual([
      { lead: ['Phòng Văn hóa - Xã hội'], partners: ['Công an', 'Đoàn Thanh niên'], ongoing: false },
      { lead: ['Phòng Văn hóa - Xã hội'], partners: [], ongoing: true },
      { lead: ['UBND xã'], partners: [], ongoing: false },
    ]);
  });

  it('takes a numbered row with nothing but a title, its items numbered below it, for a section', () => {
    const rows = activityTableRows(
      table(HEADER, ['1', 'Công tác tuyên truyền', '', '', ''], ['1.1', 'Treo băng rôn', 'UBND xã', '', '01/10 - 10/10'], ['1.2', 'Đưa tin', 'UBND xã', '', 'Tháng 10'], ['2', 'Tập huấn', 'UBND xã', '', 'Tháng 11']),
    )!;
    expect(rows.sections).toEqual([{ row: 2, title: '1 Công tác tuyên truyền' }]);
    expect(rows.sources).toEqual([
      { row: 3, number: '1.1', section: '1' },
      { row: 4, number: '1.2', section: '1' },
      { row: 5, number: '2', section: '1' },
    ]);
  });

  it('keeps a numbered row with empty cells as an activity, so its empty cells are reported', () => {
    const rows = activityTableRows(table(HEADER, ['1', 'Việc một', '', '', '']))!;
    expect(rows.rows).toHaveLength(2);
    expect(readActivityTable(rows.rows, 2025).problems.map((problem) => problem.column)).toEqual(['C (Đơn vị chủ trì)', 'E (Thời gian thực hiện)']);
  });

  it('reads a two-level header (“Đơn vị thực hiện” over “Chủ trì”, “Phối hợp”) and a title row above it', () => {
    const rows = activityTableRows(
      table(
        [{ text: 'BẢNG PHÂN CÔNG NHIỆM VỤ', colSpan: 5 }],
        [{ text: 'STT', rowSpan: 2 }, { text: 'Nội dung', rowSpan: 2 }, { text: 'Đơn vị thực hiện', colSpan: 2 }, { text: 'Thời gian', rowSpan: 2 }],
        ['Chủ trì', 'Phối hợp'],
        ['1', 'Việc một', 'UBND xã', 'Công an xã', 'Năm 2025'],
      ),
    )!;
    expect(rows.rows[0]).toEqual(['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian']);
    expect(rows.sources).toEqual([{ row: 4, number: '1' }]);
    expect(readActivityTable(rows.rows, 2025).activities[0]).toMatchObject({ lead: ['UBND xã'], partners: ['Công an xã'], start: '2025-01-01', end: '2025-12-31' });
  });
});
