/**
 * Opens a Word file for the import: refuses, in Vietnamese and with the fix, what is not a
 * .docx (an old .doc, a password-protected file, a renamed PDF or spreadsheet, a broken
 * download), then has mammoth turn it into HTML, read back by lib/word-html.ts.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { readWordHtml, type WordBlock } from '../../src/lib/word-html.ts';

const SAVE_AS = 'Mở tệp trong Word, chọn Tệp › Lưu thành… › Tài liệu Word (.docx), rồi chạy lại lệnh với tệp .docx mới.';

export class WordFileError extends Error {}

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
const asText = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(0, 64)).trimStart();

/** Why these bytes are not a .docx, or undefined when they are a zip holding word/document.xml. */
export function refuseWordBytes(bytes: Uint8Array, name: string): string | undefined {
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return `Tệp ${name} là tệp Word cũ (.doc, Word 97–2003) hoặc tệp Word có đặt mật khẩu: lệnh chỉ đọc được tệp .docx. ${SAVE_AS} Nếu tệp có mật khẩu, bỏ mật khẩu trước khi lưu (Tệp › Thông tin › Bảo vệ tài liệu).`;
  }
  if (!startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    const head = asText(bytes);
    const kind = head.startsWith('%PDF')
      ? ' Đây là tệp PDF được đổi đuôi: cần tệp Word gốc của văn bản.'
      : head.startsWith('{\\rtf')
        ? ' Đây là tệp RTF được đổi đuôi.'
        : /^<(?:!doctype|html|\?xml)|^mime-version/i.test(head)
          ? ' Đây là trang web (HTML) hoặc tệp XML được đổi đuôi.'
          : bytes.length === 0
            ? ' Tệp trống (0 byte): có thể tải về hoặc chép chưa xong.'
            : ' Có thể tệp bị hỏng, tải về chưa hết, hoặc là loại tệp khác được đổi đuôi thành .docx.';
    return `Tệp ${name} không phải tệp .docx thật: tệp .docx là một tệp nén (zip), tệp này thì không.${kind} ${SAVE_AS}`;
  }
  let names: string[];
  try {
    names = Object.keys(unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' || file.name === '[Content_Types].xml' }));
  } catch {
    return `Tệp ${name} là tệp nén (zip) nhưng bị hỏng, không mở được: có thể tải về hoặc chép chưa xong. Lấy lại tệp, hoặc ${SAVE_AS.charAt(0).toLowerCase()}${SAVE_AS.slice(1)}`;
  }
  if (!names.includes('word/document.xml')) {
    return `Tệp ${name} là tệp nén (zip) nhưng không phải tài liệu Word (không có word/document.xml): có thể là bảng tính Excel (.xlsx) hoặc tệp LibreOffice (.odt) đổi đuôi. Với bảng tính, lưu dạng CSV UTF-8 và chạy lệnh với tệp .csv; với tệp khác, ${SAVE_AS.charAt(0).toLowerCase()}${SAVE_AS.slice(1)}`;
  }
  return undefined;
}

export interface WordDocument {
  blocks: WordBlock[];
  /** mammoth lost the merges of a table (an element it did not expect between rows or cells). */
  mergesUncertain: boolean;
}

export async function readWordFile(path: string): Promise<WordDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new WordFileError(`Không mở được tệp ${path}: kiểm tra tên và đường dẫn của tệp.`);
  }
  const refused = refuseWordBytes(bytes, basename(path));
  if (refused) throw new WordFileError(refused);
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: false });
    return {
      blocks: readWordHtml(result.value),
      mergesUncertain: result.messages.some((message) => /cell merging may be incorrect/.test(message.message)),
    };
  } catch (error) {
    throw new WordFileError(`Không đọc được tệp ${basename(path)} (${(error as Error).message}). ${SAVE_AS}`);
  }
}
