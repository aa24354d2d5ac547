/**
 * A content file's bytes as text: strictly UTF-8 (a BOM and CRLF are fine), in NFC. A file
 * in another encoding or with nothing in it is refused with one message that says what it
 * is and what to do, rather than published with U+FFFD or reported as a dozen missing fields.
 */
import { detectEncoding, type Encoding } from '../lib/encoding.ts';
import type { FieldProblem } from '../schemas/errors.ts';
import type { Read } from './read.ts';

/** What a file holds, for the message about an empty one. */
export type FileKind = 'site' | 'year' | 'plan' | 'links' | 'page' | 'guide' | 'search-terms';

const EMPTY: Record<FileKind, string> = {
  site: 'site.yaml cần thông tin của cổng: name, description, url, base, defaultYear, contact (xem mục 2 trong content/README.md).',
  year: 'tệp năm cần year, theme, day, slogans, mỗi mục kèm nguồn (xem mục 3 trong content/README.md). Chép một tệp năm có sẵn rồi sửa, hoặc xóa tệp này.',
  plan: 'tệp kế hoạch bắt đầu bằng phần thông tin đặt giữa hai dòng "---" (title, issuer, number, date, activities…), sau đó là phần tóm tắt (xem mục 4 trong content/README.md). Chép một kế hoạch có sẵn rồi sửa, hoặc xóa tệp này.',
  links: 'links.yaml cần danh sách các nền tảng số, mỗi mục bắt đầu bằng "- id: …" (xem mục 5 trong content/README.md).',
  page: 'tệp trang bắt đầu bằng phần thông tin đặt giữa hai dòng "---" (title, description, sources), sau đó là nội dung trang. Lấy lại nội dung tệp từ Git, hoặc xóa tệp này.',
  guide: 'tệp hướng dẫn bắt đầu bằng phần thông tin đặt giữa hai dòng "---" (skill, order, title, summary, audience, updated, links, sources), sau đó là các bước trong khối <Steps> (xem mục 6 trong content/README.md). Chép một hướng dẫn có sẵn rồi sửa, hoặc xóa tệp này.',
  'search-terms': 'tim-kiem.yaml cần các nhóm từ cùng nghĩa, mỗi dòng một nhóm, ví dụ - [căn cước công dân, cccd] (xem mục 7 trong content/README.md). Tệp không bắt buộc: không dùng thì xóa tệp.',
};

interface EncodingAdvice {
  name: string;
  /** What to do before saving again, when saving alone would keep the wrong letters. */
  first?: string;
  /** VS Code's own name for the encoding, to reopen the file with before saving. */
  reopen?: string;
}

const ADVICE: Record<Exclude<Encoding, 'utf-8'>, EncodingAdvice> = {
  'utf-16le': { name: 'bảng mã UTF-16 LE' },
  'utf-16be': { name: 'bảng mã UTF-16 BE' },
  'windows-1258': { name: 'bảng mã Windows-1258 (bảng mã tiếng Việt cũ của Windows)', reopen: 'Vietnamese (Windows 1258)' },
  tcvn3: {
    name: 'bảng mã TCVN3 (ABC) của các phông .VnTime, .VnArial',
    first: 'Trước hết chuyển chữ sang Unicode, ví dụ bằng công cụ chuyển mã của Unikey (bảng mã nguồn TCVN3 (ABC), bảng mã đích Unicode), rồi ',
  },
  vni: {
    name: 'bảng mã VNI-Windows của các phông VNI-Times, VNI-Helve',
    first: 'Trước hết chuyển chữ sang Unicode, ví dụ bằng công cụ chuyển mã của Unikey (bảng mã nguồn VNI Windows, bảng mã đích Unicode), rồi ',
  },
  unknown: { name: 'một bảng mã khác UTF-8' },
};

export function encodingMessage(encoding: Exclude<Encoding, 'utf-8'>): string {
  const { name, first, reopen } = ADVICE[encoding];
  const vscode = reopen
    ? `bấm tên bảng mã ở thanh trạng thái dưới cùng › Reopen with Encoding › ${reopen} cho chữ hiện đúng, rồi bấm lại › Save with Encoding › UTF-8`
    : 'bấm tên bảng mã ở thanh trạng thái dưới cùng › Save with Encoding › UTF-8';
  const save = `lưu lại tệp bằng UTF-8: Notepad: Tệp › Lưu thành… (File › Save As…), ô Mã hóa (Encoding) chọn UTF-8; Word: Lưu thành… › Văn bản thuần (Plain Text) › Unicode (UTF-8); VS Code: ${vscode}.`;
  const fix = first ? `${first}${save}` : save.charAt(0).toUpperCase() + save.slice(1);
  const what = encoding === 'unknown' ? name : `${name}, không phải UTF-8`;
  return `Tệp được lưu bằng ${what}: chữ có dấu sẽ hiện sai trên cổng. ${fix}`;
}

export function emptyMessage(kind: FileKind): string {
  return `Tệp trống: ${EMPTY[kind]}`;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The file's text (no BOM, in NFC), or the one problem that stops it being read. */
export function decodeContent(bytes: Uint8Array, kind: FileKind): Read<string> {
  const encoding = detectEncoding(bytes);
  const problem = (message: string): Read<string> => ({ ok: false, problem: { field: '', message } satisfies FieldProblem });
  if (encoding !== 'utf-8') return problem(encodingMessage(encoding));
  const text = UTF8.decode(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') return problem(emptyMessage(kind));
  return { ok: true, value: text.normalize('NFC') };
}
