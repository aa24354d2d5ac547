import { describe, expect, it } from 'vitest';
import { activityTables, explainNoTable, nameCase, provinceFromImplements, readDocumentActivities, readDocumentHeader } from '../../src/lib/docx-plan.ts';
import type { WordBlock, WordRow } from '../../src/lib/word-html.ts';

const p = (text: string): WordBlock => ({ kind: 'paragraph', text });
const t = (...rows: string[][]): WordBlock => ({
  kind: 'table',
  rows: rows.map((cells): WordRow => ({ header: false, cells: cells.map((text) => ({ text, colSpan: 1, rowSpan: 1 })) })),
});
const HEADER = ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'];

describe('readDocumentHeader', () => {
  it('reads the issuer, number, date, title and implemented plan of a signed plan', () => {
    const header = readDocumentHeader([
      t(['ỦY BAN NHÂN DÂN XÃ THẠCH HÀ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'], ['Số: 541/KH-UBND', 'Hà Tĩnh, ngày 06 tháng 10 năm 2025']),
      p('KẾ HOẠCH'),
      p('Triển khai các hoạt động Ngày Chuyển đổi số quốc gia (10/10)\ntrên địa bàn xã Thạch Hà, năm 2025'),
      p(''),
      p('Thực hiện Kế hoạch số 388/KH-UBND ngày 19/8/2024 của UBND tỉnh Hà Tĩnh về việc triển khai các hoạt động Ngày Chuyển đổi số quốc gia; Ủy ban nhân dân xã ban hành Kế hoạch như sau:'),
      p('I. MỤC ĐÍCH, YÊU CẦU'),
      p('Thực hiện Kế hoạch số 999/KH-UBND ngày 01/01/2025 của UBND huyện (in the body: not what the plan implements)'),
    ]);
    expect(header).toEqual({
      issuer: { name: 'UBND xã Thạch Hà', locality: 'Thạch Hà', levelWord: 'xã', level: 'xa', written: 'ỦY BAN NHÂN DÂN XÃ THẠCH HÀ' },
      number: '541/KH-UBND',
      date: '2025-10-06',
      place: 'Hà Tĩnh',
      title: 'Kế hoạch triển khai các hoạt động Ngày Chuyển đổi số quốc gia (10/10) trên địa bàn xã Thạch Hà, năm 2025',
      year: { value: 2025, from: 'title' },
      implements: [{ title: 'Kế hoạch triển khai các hoạt động Ngày Chuyển đổi số quốc gia', number: '388/KH-UBND', date: '2024-08-19', issuer: 'UBND tỉnh Hà Tĩnh' }],
      notes: [],
    });
    expect(provinceFromImplements(header.implements)).toBe('Hà Tĩnh');
  });

  it('keeps a draft’s blank number and day as written, and reads the signer', () => {
    const header = readDocumentHeader([
      p('UỶ BAN NHÂN DÂN\nHUYỆN SƠN DƯƠNG'),
      p('Số:         /KH-UBND     Sơn Dương, ngày      tháng 9 năm 2022'),
      p('KẾ HOẠCH'),
      p('Truyền  thông  Ngày Chuyển  đổi  số quốc  gia  10/10'),
      p('trên địa bàn huyện Sơn Dương năm 2022'),
      p('Thực hiện Kế hoạch số 182/KH-UBND ngày 27/9/2022 của Ủy ban nhân dân tỉnh Tuyên Quang về truyền thông Ngày Chuyển đổi số quốc gia 10/10 trên địa bàn tỉnh Tuyên Quang năm 2022.'),
      p('I. MỤC ĐÍCH, YÊU CẦU'),
      t(['Nơi nhận:\n- Lưu: VT.', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nNGUYỄN VĂN AN']),
    ]);
    expect(header.issuer?.name).toBe('UBND huyện Sơn Dương');
    expect(header.number).toBeUndefined();
    expect(header.date).toBeUndefined();
    expect(header.asWritten).toBe('Số: …/KH-UBND; Sơn Dương, ngày … tháng 9 năm 2022');
    expect(header.title).toBe('Kế hoạch truyền thông Ngày Chuyển đổi số quốc gia 10/10 trên địa bàn huyện Sơn Dương năm 2022');
    expect(header.implements).toEqual([
      { title: 'Kế hoạch về truyền thông Ngày Chuyển đổi số quốc gia 10/10 trên địa bàn tỉnh Tuyên Quang năm 2022', number: '182/KH-UBND', date: '2022-09-27', issuer: 'UBND tỉnh Tuyên Quang' },
    ]);
    expect(header.signer).toEqual({ name: 'Nguyễn Văn An', title: 'KT. Chủ tịch – Phó Chủ tịch' });
  });

  it('completes "UBND tỉnh" with the province only when it is known', () => {
    const blocks = [p('ỦY BAN NHÂN DÂN\nXÃ THẠCH HÀ'), p('KẾ HOẠCH'), p('Triển khai … năm 2025'), p('Thực hiện Kế hoạch số 541/KH-UBND ngày 06/10/2025 của UBND tỉnh về việc Triển khai các hoạt động. Ủy ban nhân dân xã ban hành:')];
    expect(readDocumentHeader(blocks).implements[0]?.issuer).toBe('UBND tỉnh');
    expect(provinceFromImplements(readDocumentHeader(blocks).implements)).toBeUndefined();
    expect(readDocumentHeader(blocks, { province: 'Hà Tĩnh' }).implements[0]).toEqual({ title: 'Kế hoạch triển khai các hoạt động', number: '541/KH-UBND', date: '2025-10-06', issuer: 'UBND tỉnh Hà Tĩnh' });
  });

  it('fills nothing it would have to guess, and says why', () => {
    const header = readDocumentHeader([p('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ TĨNH'), p('KẾ HOẠCH'), p('TỔ CHỨC NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA NĂM 2024'), p('Ngày 31 tháng 9 năm 2024')]);
    expect(header.issuer).toEqual({ name: 'UBND thành phố Hà Tĩnh', locality: 'Hà Tĩnh', levelWord: 'thành phố', written: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ TĨNH' });
    expect(header.title).toBeUndefined();
    expect(header.notes.join('\n')).toContain('thành phố có thể là cấp tỉnh hoặc cấp huyện');
    expect(header.notes.join('\n')).toContain('toàn chữ in hoa');
    const unsigned = readDocumentHeader([p('SỞ KHOA HỌC VÀ CÔNG NGHỆ'), p('Hà Tĩnh, ngày 31 tháng 9 năm 2024'), p('KẾ HOẠCH'), p('Tổ chức Ngày hội')]);
    expect(unsigned.issuer).toBeUndefined();
    expect(unsigned.date).toBeUndefined();
    expect(unsigned.notes.join('\n')).toContain('ngày không có thật');
    expect(unsigned.notes.join('\n')).toContain('--co-quan');
  });

  it('does not take a department for the committee above it', () => {
    const header = readDocumentHeader([t(['UBND TỈNH HÀ TĨNH\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n-------', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']), p('KẾ HOẠCH'), p('Tổ chức Ngày hội năm 2025')]);
    expect(header.issuer).toBeUndefined();
    expect(header.notes).toContain('Cơ quan ban hành là "SỞ KHOA HỌC VÀ CÔNG NGHỆ" (thuộc UBND tỉnh Hà Tĩnh), không phải Ủy ban nhân dân: lệnh không tự viết tên cơ quan này, ghi --co-quan, --dia-phuong, --cap.');
  });

  it('writes names of places and people with capitals where Vietnamese writes them', () => {
    expect(nameCase('BÀ RỊA - VŨNG TÀU')).toBe('Bà Rịa - Vũng Tàu');
    expect(nameCase('ĐỨC  THỌ')).toBe('Đức Thọ');
  });
});

describe('activity tables of a document', () => {
  it('names each activity’s place: the appendix and its row number, the section when numbers restart', () => {
    const tables = activityTables([
      p('Phụ lục I'),
      { kind: 'table', rows: [HEADER, ['I', 'Tuyên truyền', '', '', ''], ['1', 'Việc một', 'UBND xã', '', 'Tháng 10'], ['II', 'Hỗ trợ', '', '', ''], ['1', 'Việc hai', 'UBND xã', '', 'Tháng 11']].map((cells) => ({ header: false, cells: cells.map((text) => ({ text, colSpan: 1, rowSpan: 1 })) })) },
      p('PHỤ LỤC II: CÁC NHIỆM VỤ KHÁC'),
      t(HEADER, ['1', 'Việc ba', 'UBND xã', '', 'Năm 2025']),
    ]);
    expect(tables.map((table) => table.label)).toEqual(['Bảng 1 (Phụ lục I)', 'Bảng 2 (Phụ lục II)']);
    expect(activityTables([p('Phụ lục Các nhiệm vụ'), t(HEADER)]).map((table) => table.label)).toEqual(['Bảng 1 (Phụ lục)']);
    expect(activityTables([p('Các nhiệm vụ tại Phụ lục kèm theo.'), t(HEADER)]).map((table) => table.label)).toEqual(['Bảng 1']);
    const { activities, problems } = readDocumentActivities(tables, 2025);
    expect(problems).toEqual([]);
    expect(activities.map((activity) => activity.ref)).toEqual(['Phụ lục I, mục I, dòng 1', 'Phụ lục I, mục II, dòng 1', 'Phụ lục II, dòng 1']);
  });

  it('reports every unreadable cell by table, Word row (and its number) and column', () => {
    const tables = activityTables([t(HEADER, ['1', 'Việc một', 'UBND xã', '', 'tháng mười ba'], ['2', '', 'UBND xã', '', '31/9'])]);
    expect(readDocumentActivities(tables, 2025).problems).toEqual([
      { table: 'Bảng 1', row: 2, number: '1', column: '5 (Thời gian thực hiện)', message: expect.stringContaining('Không đọc được thời gian "tháng mười ba"') },
      { table: 'Bảng 1', row: 3, number: '2', column: '2 (Nhiệm vụ)', message: 'Ô trống: cần ghi nhiệm vụ.' },
      { table: 'Bảng 1', row: 3, number: '2', column: '5 (Thời gian thực hiện)', message: expect.stringContaining('tháng 9/2025 chỉ có 30 ngày') },
    ]);
    expect(readDocumentActivities(activityTables([t(HEADER, ['', 'Công tác tuyên truyền', '', '', ''], ['1', 'Việc một', 'UBND xã', '', 'Tháng 10'])]), 2025).hints).toEqual([
      'Bảng 1, hàng 2: chỉ có tên, không có đơn vị và thời gian. Nếu đó là hàng tên mục, gộp các ô của hàng thành một (Merge Cells) hoặc ghi số La Mã (I, II, …) ở cột TT; nếu là hoạt động, ghi đủ các ô.',
    ]);
    expect(readDocumentActivities(activityTables([t(['TT', 'Nội dung', 'Đơn vị phối hợp'], ['1', 'x', 'y'])]), 2025).problems).toEqual([
      { table: 'Bảng 1', row: 0, number: '', column: '', message: expect.stringContaining('Thiếu cột "Đơn vị chủ trì"') },
      { table: 'Bảng 1', row: 0, number: '', column: '', message: expect.stringContaining('Thiếu cột "Thời gian"') },
    ]);
  });

  it('explains a document whose activities are sections with "Thời gian" lines, not a table', () => {
    const message = explainNoTable([
      t(['ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
      p('2.1. Các hoạt động thông tin, truyền thông'),
      p('* Thời gian thực hiện: Từ ngày 15/9/2024 đến ngày 31/10/2024.'),
      p('* Đơn vị thực hiện'),
    ]).join('\n');
    expect(message).toContain('Không tìm thấy bảng hoạt động');
    expect(message).toContain('văn bản có 1 bảng, đều là bảng trình bày');
    expect(message).toContain('"2.1. Các hoạt động thông tin, truyền thông" (Thời gian thực hiện: Từ ngày 15/9/2024 đến ngày 31/10/2024.)');
    expect(message).toContain('CSV UTF-8');
  });

  it('shows the first row of tables that might be the activity table under other header words', () => {
    const message = explainNoTable([t(['Số TT', 'Công tác', 'Người chịu trách nhiệm', 'Hạn'], ['1', 'x', 'y', 'z'])]).join('\n');
    expect(message).toContain('  – bảng thứ 1, hàng đầu: "Số TT", "Công tác", "Người chịu trách nhiệm", "Hạn"');
  });
});
