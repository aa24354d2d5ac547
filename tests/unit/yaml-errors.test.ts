/**
 * js-yaml's errors as an editor reads them: the line in the file, the cause in plain
 * Vietnamese and what to type instead; never js-yaml's English reason.
 */
import { describe, expect, it } from 'vitest';
import { parseFrontmatter, parseYaml } from '../../src/check/read.ts';

function messageOf(source: string): string {
  const read = parseYaml(source);
  if (read.ok) throw new Error(`read without error: ${source}`);
  return read.problem.message;
}

const TABLE: Array<[string, string, string]> = [
    ['bad indentation', 'locality:\n  name: Thạch Hà\n   level: xa\n', 'Dòng 3 thụt lề không đúng: các trường cùng cấp phải thẳng cột, trường con thụt vào thêm 2 dấu cách so với trường chứa nó. So với các dòng trên rồi sửa số dấu cách ở đầu dòng.'],
    ['items of a list not lined up', 'links:\n  - vneid\n - hatiplaza\n', 'Dòng 3 thụt lề không đúng: các mục "- " của cùng một danh sách phải thẳng cột, các trường trong một mục thẳng cột với chữ đầu tiên sau "- ". So với dòng trên rồi sửa số dấu cách ở đầu dòng.'],
    ['text after the closing quote', 'title: "Kế hoạch" số 10\nyear: 2025\n', 'Dòng 1: giá trị mở bằng ngoặc kép nhưng sau ngoặc kép đóng còn chữ "số 10". Đặt cả giá trị trong một cặp ngoặc kép, lời trích bên trong dùng ngoặc cong “…”, ví dụ: title: "“Kế hoạch” số 10"'],
    ["text after a closing ' quote", "title: 'Kế hoạch' số 10\n", 'Dòng 1: giá trị mở bằng dấu nháy đơn nhưng sau dấu nháy đơn đóng còn chữ "số 10". Đặt cả giá trị trong một cặp ngoặc kép, lời trích bên trong dùng ngoặc cong “…”, ví dụ: title: "“Kế hoạch” số 10"'],
    ['an alias that is not one', 'title: *Quan trọng* nhé\n', 'Dòng 1: giá trị bắt đầu bằng dấu sao "*", YAML hiểu là ký hiệu neo (&tên, *tên: chép lại một phần của tệp), cổng không nhận ký hiệu này. Viết thẳng giá trị ra ở mỗi chỗ cần; nếu "*" là chữ của giá trị, đặt cả giá trị trong ngoặc kép, ví dụ: title: "*Quan trọng* nhé"'],
    ['an "&" then a space', 'title: & cộng đồng\n', 'Dòng 1: giá trị bắt đầu bằng dấu "&", YAML hiểu là ký hiệu neo (&tên, *tên: chép lại một phần của tệp), cổng không nhận ký hiệu này. Viết thẳng giá trị ra ở mỗi chỗ cần; nếu "&" là chữ của giá trị, đặt cả giá trị trong ngoặc kép, ví dụ: title: "& cộng đồng"'],
    ['a [ list never closed', 'links: [vneid, hatiplaza\nyear: 2024\n', 'Dòng 1: giá trị bắt đầu bằng ngoặc vuông "[" nên YAML đọc là danh sách [a, b], nhưng thiếu "]" đóng. Nếu là danh sách, các mục cách nhau bằng dấu phẩy và đóng bằng "]" cuối cùng (mục có dấu phẩy, dấu hai chấm thì đặt trong ngoặc kép); nếu là chữ, đặt cả giá trị trong ngoặc kép.'],
    ['text starting with [', 'title: [Dự thảo] Kế hoạch\n', 'Dòng 1: giá trị bắt đầu bằng ngoặc vuông "[" nên YAML đọc là danh sách [a, b], nhưng còn chữ sau "]". Nếu là danh sách, các mục cách nhau bằng dấu phẩy và đóng bằng "]" cuối cùng (mục có dấu phẩy, dấu hai chấm thì đặt trong ngoặc kép); nếu là chữ, đặt cả giá trị trong ngoặc kép, ví dụ: title: "[Dự thảo] Kế hoạch"'],
    ['a { never closed', 'contact: {phone: 1\n', 'Dòng 1: giá trị bắt đầu bằng ngoặc nhọn "{" nên YAML đọc là nhóm {a: 1}, nhưng thiếu "}" đóng. Nếu là nhóm, các mục cách nhau bằng dấu phẩy và đóng bằng "}" cuối cùng (mục có dấu phẩy, dấu hai chấm thì đặt trong ngoặc kép); nếu là chữ, đặt cả giá trị trong ngoặc kép, ví dụ: contact: "{phone: 1"'],
    ['an "@"', 'name: @hatinhtrade\n', 'Dòng 1: giá trị bắt đầu bằng dấu a còng "@", một ký hiệu riêng của YAML. Đặt cả giá trị trong ngoặc kép, ví dụ: name: "@hatinhtrade"'],
    ['a backtick', 'name: `VNeID`\n', 'Dòng 1: giá trị bắt đầu bằng dấu huyền "`", một ký hiệu riêng của YAML. Đặt cả giá trị trong ngoặc kép, ví dụ: name: "`VNeID`"'],
    ['a "%"', 'text: %100 hồ sơ trực tuyến\n', 'Dòng 1: giá trị bắt đầu bằng dấu phần trăm "%", một ký hiệu riêng của YAML. Đặt cả giá trị trong ngoặc kép, ví dụ: text: "%100 hồ sơ trực tuyến"'],
    ['a "|" then text', 'text: | Chủ đề\n', 'Dòng 1: giá trị bắt đầu bằng dấu gạch đứng "|", một ký hiệu riêng của YAML. Đặt cả giá trị trong ngoặc kép, ví dụ: text: "| Chủ đề"'],
    ['a ">" then text', 'text: > Chủ đề\n', 'Dòng 1: giá trị bắt đầu bằng dấu lớn hơn ">", một ký hiệu riêng của YAML. Đặt cả giá trị trong ngoặc kép, ví dụ: text: "> Chủ đề"'],
    ['a "!"', 'title: !Khẩn\n', 'Dòng 1: giá trị bắt đầu bằng dấu chấm than "!", một ký hiệu riêng của YAML. Đặt cả giá trị trong ngoặc kép, ví dụ: title: "!Khẩn"'],
    ['a key written twice', 'title: a\nyear: 2025\ntitle: b\n', 'Dòng 3: trường "title" đã có ở dòng 1. Mỗi trường chỉ ghi một lần: giữ một dòng, xóa dòng kia (hoặc sửa lại tên trường nếu gõ nhầm).'],
    ['a key written twice in one list item', 'activities:\n  - task: a\n    lead: [b]\n  - task: c\n    lead: [d]\n    task: e\n', 'Dòng 6: trường "task" đã có ở dòng 4. Mỗi trường chỉ ghi một lần: giữ một dòng, xóa dòng kia (hoặc sửa lại tên trường nếu gõ nhầm).'],
    ['": " inside an unquoted value', 'title: Chuyển đổi số: nhanh hơn\n', 'Dòng 1: giá trị có dấu hai chấm và dấu cách (": ") nên YAML hiểu nhầm là một trường mới. Đặt cả giá trị trong ngoặc kép, ví dụ: title: "Chuyển đổi số: nhanh hơn"'],
    ["Word's curly quotes", 'title: “Chuyển đổi số: nhanh hơn”\n', 'Dòng 1: giá trị đặt trong ngoặc kép cong “…” (kiểu Word), YAML chỉ hiểu ngoặc kép thẳng "…" (phím Shift + \'). Thay hai dấu ngoặc cong bằng ngoặc kép thẳng, ví dụ: title: "Chuyển đổi số: nhanh hơn"'],
    ["Word's single curly quotes", 'title: ‘Chuyển đổi số: nhanh hơn’\n', 'Dòng 1: giá trị đặt trong ngoặc kép cong “…” (kiểu Word), YAML chỉ hiểu ngoặc kép thẳng "…" (phím Shift + \'). Thay hai dấu ngoặc cong bằng ngoặc kép thẳng, ví dụ: title: "Chuyển đổi số: nhanh hơn"'],
    ['a tab', 'locality:\n\tname: Thạch Hà\n', 'Dòng 2 thụt lề bằng phím Tab, YAML chỉ nhận dấu cách: xóa các Tab ở đầu dòng và gõ lại bằng phím cách, thẳng cột với các dòng cùng cấp.'],
    ['spaces then a tab', 'locality:\n  \tname: Thạch Hà\n', 'Dòng 2 thụt lề bằng phím Tab, YAML chỉ nhận dấu cách: xóa các Tab ở đầu dòng và gõ lại bằng phím cách, thẳng cột với các dòng cùng cấp.'],
    ['a quote never closed, at the end', 'year: 2025\ntitle: "Kế hoạch\n', 'Dòng 2: ngoặc kép mở ở dòng này nhưng không đóng. Thêm dấu " ở cuối giá trị, ví dụ: title: "Kế hoạch"'],
    ['a quote never closed, lines above the next one', 'title: "Kế hoạch\nissuer: UBND\nsigner: "Nguyễn Văn A"\n', 'Dòng 1: ngoặc kép mở ở dòng này nhưng không đóng. Thêm dấu " ở cuối giá trị, ví dụ: title: "Kế hoạch"'],
    ["a ' quote never closed", "title: 'Kế hoạch\n", "Dòng 1: dấu nháy đơn mở ở dòng này nhưng không đóng. Thêm dấu ' ở cuối giá trị, ví dụ: title: 'Kế hoạch'"],
    ['no space after the colon', 'title: Kế hoạch\nyear:2025\nissuer: UBND\n', 'Dòng 2: thiếu dấu cách sau dấu hai chấm. Viết: year: 2025'],
    ['no colon', 'title: Kế hoạch\nissuer UBND xã\nyear: 2025\n', 'Dòng 2 không có dạng "tên trường: giá trị" hay "- mục". Thêm dấu hai chấm và dấu cách sau tên trường, hoặc "- " ở đầu nếu là một mục của danh sách; nếu là phần tiếp của dòng trên, nối vào dòng trên.'],
    ['a second document', 'year: 2025\n---\ntheme: x\n', 'Dòng 2: dòng "---" chia tệp thành hai phần, nhưng tệp .yaml chỉ có một phần. Xóa dòng này.'],
    ['a backslash in double quotes', 'title: "C:\\Tai lieu"\n', 'Dòng 1: trong ngoặc kép, dấu "\\" là ký hiệu riêng của YAML. Viết hai dấu "\\\\" cho mỗi dấu "\\", hoặc dùng dấu "/".'],
    ['an invisible control character', 'title: Kế\u0007 hoạch\n', 'Dòng 1 có ký tự lạ không nhìn thấy (thường do chép từ Word, PDF hay trang web). Xóa dòng này và gõ lại.'],
];

describe('each js-yaml error, in Vietnamese, with the line and the fix', () => {
  it.each(TABLE)('%s', (_name, source, message) => {
    expect(messageOf(source)).toBe(message);
  });

  it.each(TABLE.filter(([name]) => name !== 'a second document'))('%s: in a front matter, every line named is the line of the file', (_name, source, message) => {
    const read = parseFrontmatter(`---\n${source}---\n`);
    const shifted = message.replace(/(dòng) (\d+)/gi, (_all, word: string, line: string) => `${word} ${Number(line) + 1}`);
    expect(read.ok ? '' : read.problem.message).toBe(shifted);
  });
});

describe('front matter', () => {
  it('counts lines in the file, the "---" line included', () => {
    const read = parseFrontmatter('---\ntitle: Kế hoạch\nyear:2025\n---\n\nTóm tắt\n');
    expect(read.ok ? '' : read.problem.message).toMatch(/^Dòng 3: thiếu dấu cách sau dấu hai chấm\./);
  });
});

describe('never English', () => {
  // js-yaml's reasons, a word or two of each.
  const ENGLISH = /indentation|mapping|scalar|alias|anchor|stream|document|expected|character|collection|comma|separator|implicit|explicit|tag|directive|entry|unknown|missed/i;
  const broken = [
    'a: [1, 2\n', 'a: {b\n', 'a: "x\n', "a: 'x\n", 'a:\n - b\n  - c\n', 'a: b: c\n', '? a\n? a\n', 'a: !!int x\n', 'a: !<x:y> b\n',
    '%YAML 1.2\n%YAML 1.2\n---\na: 1\n', 'a: *\n', 'a: & \n', '- a\nb: 1\n', 'a: 1\n- b\n', 'a: [1,, 2]\n', 'a: "\\x4"\n', 'a: |0\n  x\n',
    'a: >++\n  x\n', ': x\n', 'a:\n  - b\n c: 1\n', 'a: 1\n...\nb: 2\n', '"a\n', '[a, b]: c\nd\n', 'a: x\n  b: y\n', '- - - [\n',
  ];
  it.each(broken)('%j', (source) => {
    const read = parseYaml(source);
    if (read.ok) return;
    expect(read.problem.message).not.toMatch(ENGLISH);
    expect(read.problem.message).toMatch(/^(Dòng \d+|YAML không đọc được tệp này)/);
    expect(read.problem.message.normalize('NFC')).toBe(read.problem.message);
  });
});
