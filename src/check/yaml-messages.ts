/**
 * The wording of every YAML message, in one place: what is wrong on which line, then the
 * fix, in the words of the editors' guide (content/README.md): "ngoặc kép", "dấu hai
 * chấm", "thụt lề", "dòng". Lines are counted in the file (front matter included), from 1.
 * Nothing the editor typed is echoed past about 80 characters.
 */
import { clip, clipMiddle } from '../lib/clip.ts';
import { example, lineStart } from './yaml-quote.ts';

/** A value as the editor typed it, in quotes, cut short. */
const typed = (text: string) => `"${clip(text.trim(), 60)}"`;

/** The signs YAML reads at the start of a value, named so an office worker knows which key to look for. */
const SIGNS: Record<string, string> = {
  '&': 'dấu "&"',
  '*': 'dấu sao "*"',
  '!': 'dấu chấm than "!"',
  '@': 'dấu a còng "@"',
  '`': 'dấu huyền "`"',
  '%': 'dấu phần trăm "%"',
  '|': 'dấu gạch đứng "|"',
  '>': 'dấu lớn hơn ">"',
  '[': 'ngoặc vuông "["',
  '{': 'ngoặc nhọn "{"',
};

export interface Where {
  /** Line in the file. */
  line: number;
  key?: string;
  dash: boolean;
  /** The whole value as typed on the line (for the example). */
  value?: string;
}

/** ", ví dụ: title: "…"." — or just "." when the value is unknown or not plain text. */
function forExample(where: Where): string {
  return where.value ? `, ví dụ: ${example(where.key, where.dash, where.value)}` : '.';
}

/** A value that starts with a sign YAML reserves: & * ! @ ` % | >. */
export function specialStart(where: Where, sign: string): string {
  const name = SIGNS[sign] ?? `dấu "${sign}"`;
  if (sign === '&' || sign === '*') {
    return `Dòng ${where.line}: giá trị bắt đầu bằng ${name}, YAML hiểu là ký hiệu neo (&tên, *tên: chép lại một phần của tệp), cổng không nhận ký hiệu này. Viết thẳng giá trị ra ở mỗi chỗ cần; nếu "${sign}" là chữ của giá trị, đặt cả giá trị trong ngoặc kép${forExample(where)}`;
  }
  return `Dòng ${where.line}: giá trị bắt đầu bằng ${name}, một ký hiệu riêng của YAML. Đặt cả giá trị trong ngoặc kép${forExample(where)}`;
}

/** A " #" inside an unquoted value: the rest of the line is dropped as a comment. */
export function hashCut(where: Where, tag: string, kept: string): string {
  const left = kept.trim() ? `chỉ còn ${typed(kept)}` : 'bị để trống';
  const field = where.key ? `trường ${where.key}` : 'mục này';
  return `Dòng ${where.line}: YAML coi dấu "#" sau dấu cách là bắt đầu lời ghi chú và bỏ phần chữ từ ${typed(tag)} đến hết dòng, nên ${field} ${left}. Đặt cả giá trị trong ngoặc kép${forExample(where)}`;
}

/** Indentation made of no-break spaces (copied from Word or a web page). */
export function oddSpaceIndent(line: number): string {
  return `Dòng ${line} thụt lề bằng dấu cách không ngắt (copy từ Word/trang web): xóa các dấu cách đầu dòng và gõ lại bằng phím cách.`;
}

/** A no-break space right after "key:". */
export function oddSpaceAfterColon(line: number, key: string): string {
  return `Dòng ${line}: sau "${clip(key, 40)}:" là dấu cách không ngắt (copy từ Word/trang web), YAML không coi là dấu cách: xóa dấu cách đó và gõ lại bằng phím cách.`;
}

export function tabIndent(line: number): string {
  return `Dòng ${line} thụt lề bằng phím Tab, YAML chỉ nhận dấu cách: xóa các Tab ở đầu dòng và gõ lại bằng phím cách, thẳng cột với các dòng cùng cấp.`;
}

/** "- b" indented past "- a": read as the text "a - b". */
export function itemJoined(line: number, above: number | undefined): string {
  const which = above !== undefined ? `mục ở dòng ${above}` : 'dòng trên';
  return `Dòng ${line}: mục "- " này thụt vào sâu hơn ${which}, nên YAML nối nó vào chữ của ${which} thành một mục. Cho các mục "- " của cùng một danh sách thẳng cột với nhau.`;
}

export function badIndent(line: number, inList: boolean): string {
  return inList
    ? `Dòng ${line} thụt lề không đúng: các mục "- " của cùng một danh sách phải thẳng cột, các trường trong một mục thẳng cột với chữ đầu tiên sau "- ". So với dòng trên rồi sửa số dấu cách ở đầu dòng.`
    : `Dòng ${line} thụt lề không đúng: các trường cùng cấp phải thẳng cột, trường con thụt vào thêm 2 dấu cách so với trường chứa nó. So với các dòng trên rồi sửa số dấu cách ở đầu dòng.`;
}

/** `title: "Kế hoạch" số 10`: text after the closing quote. */
export function textAfterQuote(where: Where, quote: '"' | "'", after: string): string {
  const opened = quote === '"' ? 'ngoặc kép' : 'dấu nháy đơn';
  return `Dòng ${where.line}: giá trị mở bằng ${opened} nhưng sau ${opened} đóng còn chữ ${typed(after)}. Đặt cả giá trị trong một cặp ngoặc kép, lời trích bên trong dùng ngoặc cong “…”${forExample(where)}`;
}

/** A value starting with "[" or "{" that is not a whole list. */
export function brokenList(where: Where, open: '[' | '{', what: 'unclosed' | 'after' | 'items'): string {
  const close = open === '[' ? ']' : '}';
  const wrong = {
    unclosed: `nhưng thiếu "${close}" đóng`,
    after: `nhưng còn chữ sau "${close}"`,
    items: 'nhưng các mục chưa đúng',
  }[what];
  const list = open === '[' ? 'danh sách [a, b]' : 'nhóm {a: 1}';
  // An example in quotes only where the value reads as text: "[Kế hoạch] số 10", not "[a, b".
  const text = where.value !== undefined && (what === 'after' || (what === 'unclosed' && !where.value.includes(',')));
  return `Dòng ${where.line}: giá trị bắt đầu bằng ${SIGNS[open]} nên YAML đọc là ${list}, ${wrong}. Nếu là ${open === '[' ? 'danh sách' : 'nhóm'}, các mục cách nhau bằng dấu phẩy và đóng bằng "${close}" cuối cùng (mục có dấu phẩy, dấu hai chấm thì đặt trong ngoặc kép); nếu là chữ, đặt cả giá trị trong ngoặc kép${forExample(text ? where : { ...where, value: undefined })}`;
}

export function duplicateKey(line: number, key: string, first: number | undefined): string {
  const where = first !== undefined ? ` đã có ở dòng ${first}` : ' ghi hai lần';
  return `Dòng ${line}: trường "${clip(key, 40)}"${where}. Mỗi trường chỉ ghi một lần: giữ một dòng, xóa dòng kia (hoặc sửa lại tên trường nếu gõ nhầm).`;
}

/** `title: Chuyển đổi số: nhanh hơn`. */
export function colonInValue(where: Where): string {
  return `Dòng ${where.line}: giá trị có dấu hai chấm và dấu cách (": ") nên YAML hiểu nhầm là một trường mới. Đặt cả giá trị trong ngoặc kép${forExample(where)}`;
}

/** A value wrapped in Word's curly quotes “…” or ‘…’. */
export function curlyQuotes(where: Where): string {
  return `Dòng ${where.line}: giá trị đặt trong ngoặc kép cong “…” (kiểu Word), YAML chỉ hiểu ngoặc kép thẳng "…" (phím Shift + '). Thay hai dấu ngoặc cong bằng ngoặc kép thẳng${forExample(where)}`;
}

/** An item of a [a, b] list opened with a curly quote: the comma inside it splits it. */
export function curlyQuotesInList(line: number, fixed: string | undefined): string {
  const fix = fixed && [...fixed].length <= 80 ? `, ví dụ: ${fixed}` : '.';
  return `Dòng ${line}: một mục của danh sách đặt trong ngoặc kép cong “…” (kiểu Word); YAML chỉ hiểu ngoặc kép thẳng "…" (phím Shift + '), nên dấu phẩy bên trong tách mục đó làm hai. Thay hai dấu ngoặc cong bằng ngoặc kép thẳng${fix}`;
}

export function unclosedQuote(where: Where, quote: '"' | "'"): string {
  const name = quote === '"' ? 'ngoặc kép' : 'dấu nháy đơn';
  const fixed = where.value !== undefined ? `${lineStart(where.key, where.dash)}${quote}${clipMiddle(where.value, 60)}${quote}` : undefined;
  return `Dòng ${where.line}: ${name} mở ở dòng này nhưng không đóng. Thêm dấu ${quote} ở cuối giá trị${fixed ? `, ví dụ: ${fixed}` : '.'}`;
}

export function missingSpace(line: number, key: string, value: string): string {
  return `Dòng ${line}: thiếu dấu cách sau dấu hai chấm. Viết: ${clip(`${key}: ${value}`, 80)}`;
}

export function notAnEntry(line: number): string {
  return `Dòng ${line} không có dạng "tên trường: giá trị" hay "- mục". Thêm dấu hai chấm và dấu cách sau tên trường, hoặc "- " ở đầu nếu là một mục của danh sách; nếu là phần tiếp của dòng trên, nối vào dòng trên.`;
}

export function secondDocument(line: number): string {
  return `Dòng ${line}: dòng "---" chia tệp thành hai phần, nhưng tệp .yaml chỉ có một phần. Xóa dòng này.`;
}

export function backslash(line: number): string {
  return `Dòng ${line}: trong ngoặc kép, dấu "\\" là ký hiệu riêng của YAML. Viết hai dấu "\\\\" cho mỗi dấu "\\", hoặc dùng dấu "/".`;
}

export function invisibleCharacter(line: number): string {
  return `Dòng ${line} có ký tự lạ không nhìn thấy (thường do chép từ Word, PDF hay trang web). Xóa dòng này và gõ lại.`;
}

export function general(line: number | undefined): string {
  const at = line !== undefined ? `Dòng ${line}: YAML không đọc được dòng này` : 'YAML không đọc được tệp này';
  return `${at}. Kiểm tra: thụt lề bằng dấu cách, thẳng cột với các dòng cùng cấp; sau tên trường là dấu hai chấm và một dấu cách; giá trị có ký hiệu (: # " [ { & *) đặt trong ngoặc kép "…".`;
}

/** Digits typed bare where text is expected: YAML read a number, and a leading 0 or + is gone. */
export function digitsAsNumber(where: Where, typedDigits: string, value: number): string {
  const lost = /^\+/.test(typedDigits) ? ', mất dấu + ở đầu' : /^-?0\d/.test(typedDigits) ? ', mất số 0 ở đầu' : '';
  return `Dòng ${where.line}: YAML đọc ${clip(typedDigits, 30)} thành số ${clip(String(value), 30)}${lost}, mà trường này cần chữ. Viết trong ngoặc kép${forExample({ ...where, value: typedDigits })}`;
}
