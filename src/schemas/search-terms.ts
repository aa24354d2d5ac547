/**
 * content/tim-kiem.yaml: the words citizens type for the same thing ("cccd" for "căn cước
 * công dân", "online" for "trực tuyến", "shopee" for a sàn thương mại điện tử). A list of
 * groups, each a plain list of equivalent phrases; the site search treats every phrase of
 * a group as the same. Plain zod, so the content check, the build and the tests share it.
 */
import { z } from 'zod';

/** The file, inside the content folder. Optional: without it the search has no synonyms. */
export const SEARCH_TERMS_FILE = 'tim-kiem.yaml';

/** The longest phrase a group may hold, in words: short forms and names, not sentences. */
export const MAX_PHRASE_WORDS = 4;

const EXAMPLE = '- [căn cước công dân, cccd]';

/** Letters (with their marks), digits, spaces, hyphens and dots. */
const ALLOWED = /^[\p{L}\p{M}\p{N} .-]+$/u;
const NOT_ALLOWED = /[^\p{L}\p{M}\p{N} .,-]/gu;

/** How a phrase is stored: NFC, trimmed, one space between words, the editor's case kept. */
export function tidyPhrase(phrase: string): string {
  return phrase.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * How phrases are compared, and what the search gets: tidy and lower case. Only case is
 * folded: "ca" and "cá" are different words, so tone marks stay.
 */
export function phraseKey(phrase: string): string {
  return tidyPhrase(phrase).toLowerCase();
}

function notText(input: unknown): string {
  if (input === null || input === undefined) {
    return 'Cụm từ để trống. Viết cụm từ vào, hoặc xóa dấu phẩy thừa.';
  }
  if (typeof input === 'number' || typeof input === 'boolean') {
    return `YAML đọc cụm từ này thành ${typeof input === 'number' ? 'số' : 'giá trị'} ${String(input)}, không phải chữ. Đặt cụm từ trong ngoặc kép, ví dụ "${String(input)}", để giữ đúng như khi gõ.`;
  }
  if (Array.isArray(input)) {
    return 'Cụm từ này lại là một danh sách. Mỗi nhóm chỉ có một cặp ngoặc vuông: bỏ ngoặc vuông bên trong, ví dụ - [căn cước công dân, cccd].';
  }
  return 'Cụm từ có dấu hai chấm ": " nên YAML đọc thành một trường. Bỏ dấu hai chấm khỏi cụm từ.';
}

/** One phrase of a group: 1 to 4 words of letters, digits, spaces, hyphens and dots. */
export const searchPhrase = z
  .string({ error: (issue) => notText(issue.input) })
  .overwrite(tidyPhrase)
  .superRefine((value, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message, input: value });
    if (value === '') {
      fail('Cụm từ để trống. Viết cụm từ vào, hoặc xóa nó khỏi nhóm.');
      return;
    }
    if (value.includes(',')) {
      fail(
        `Cụm từ "${value}" có dấu phẩy. Trong nhóm [ … ], dấu phẩy ngăn cách các cụm từ, nên một cụm từ không được chứa dấu phẩy: nếu đây là hai cụm từ, bỏ ngoặc kép bao quanh để dấu phẩy tách chúng ra; nếu là một cụm từ, bỏ dấu phẩy.`,
      );
      return;
    }
    if (!ALLOWED.test(value)) {
      const found = [...new Set(value.match(NOT_ALLOWED) ?? [])].map((char) => `"${char}"`).join(', ');
      fail(
        `Cụm từ "${value}" có ký tự ${found}. Cụm từ chỉ gồm chữ, chữ số, dấu cách, dấu gạch ngang (-) và dấu chấm (.): bỏ ký tự đó hoặc thay bằng dấu cách.`,
      );
      return;
    }
    if (!/[\p{L}\p{N}]/u.test(value)) {
      fail(`Cụm từ "${value}" không có chữ hay chữ số nào. Viết một từ người dân hay gõ, hoặc xóa cụm từ này.`);
      return;
    }
    const words = value.split(' ').length;
    if (words > MAX_PHRASE_WORDS) {
      fail(
        `Cụm từ "${value}" có ${words} từ (tính mỗi tiếng cách nhau bằng dấu cách); mỗi cụm từ tối đa ${MAX_PHRASE_WORDS} từ. Rút gọn thành cách gọi ngắn mà người dân hay gõ, ví dụ "tổ công nghệ số" thay cho "tổ công nghệ số cộng đồng".`,
      );
    }
  });

function notGroup(input: unknown): string {
  if (input === null || input === undefined) {
    return `Nhóm để trống (dòng "-" không có gì). Viết các cụm từ cùng nghĩa trong ngoặc vuông, ví dụ ${EXAMPLE}, hoặc xóa dòng này.`;
  }
  if (typeof input === 'string' && input.includes(',')) {
    return `Nhóm thiếu ngoặc vuông nên được đọc thành một đoạn chữ. Viết - [${input.trim()}].`;
  }
  if (typeof input === 'string' || typeof input === 'number') {
    return `Nhóm "${String(input).trim()}" chỉ là một đoạn chữ, chưa phải danh sách. Viết các cụm từ cùng nghĩa trong ngoặc vuông, cách nhau bằng dấu phẩy: - [${String(input).trim()}, …].`;
  }
  return `Nhóm có dấu hai chấm ": " nên YAML đọc thành trường. Viết nhóm là một danh sách trong ngoặc vuông, ví dụ ${EXAMPLE}.`;
}

/**
 * Group rules run even when a phrase is broken (a number, a blank), so one save reports
 * every problem of the file; they look at strings only.
 */
const EVEN_WITH_BROKEN_PHRASES = { when: (payload: { value: unknown }) => Array.isArray(payload.value) };

/** One group: at least two phrases, none twice (ignoring case). */
export const searchTermGroup = z.array(searchPhrase, { error: (issue) => notGroup(issue.input) }).superRefine((group, ctx) => {
  if (group.length < 2) {
    ctx.addIssue({
      code: 'custom',
      input: group,
      message:
        group.length === 0
          ? `Nhóm trống. Viết ít nhất hai cụm từ cùng nghĩa, ví dụ ${EXAMPLE}, hoặc xóa nhóm.`
          : `Nhóm chỉ có một cụm từ "${String(group[0])}": một nhóm cần ít nhất hai cách gọi cùng nghĩa. Thêm cách gọi khác vào nhóm (cách nhau bằng dấu phẩy), hoặc xóa nhóm này.`,
    });
  }
  const seen = new Map<string, number>();
  group.forEach((phrase, index) => {
    if (typeof phrase !== 'string' || phrase.trim() === '') return;
    const key = phraseKey(phrase);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    const earlier = tidyPhrase(group[first] ?? '');
    const same = earlier === tidyPhrase(phrase) ? '' : ` ("${earlier}": chữ hoa, chữ thường được coi là một)`;
    ctx.addIssue({
      code: 'custom',
      path: [index],
      input: phrase,
      message: `Cụm từ "${tidyPhrase(phrase)}" đã có ở cụm từ ${first + 1} của nhóm này${same}. Xóa một trong hai.`,
    });
  });
}, EVEN_WITH_BROKEN_PHRASES);

/**
 * The whole file: a list of groups, and no phrase in two groups (the search could not tell
 * which group it means). An empty file is an empty list.
 */
export const searchTermsSchema = z
  .array(searchTermGroup, {
    error: `Tệp phải là một danh sách các nhóm, mỗi nhóm một dòng bắt đầu bằng "- ", ví dụ ${EXAMPLE}.`,
  })
  .superRefine((groups, ctx) => {
    const owner = new Map<string, number>();
    groups.forEach((group, groupIndex) => {
      if (!Array.isArray(group)) return;
      group.forEach((phrase, phraseIndex) => {
        if (typeof phrase !== 'string' || phrase.trim() === '') return;
        const key = phraseKey(phrase);
        const first = owner.get(key);
        if (first === undefined) {
          owner.set(key, groupIndex);
          return;
        }
        if (first === groupIndex) return;
        ctx.addIssue({
          code: 'custom',
          path: [groupIndex, phraseIndex],
          input: phrase,
          message: `Cụm từ "${tidyPhrase(phrase)}" đã có trong nhóm ${first + 1}. Một cụm từ chỉ thuộc một nhóm: gộp nhóm ${first + 1} và nhóm ${groupIndex + 1} thành một nhóm (chép các cụm từ còn thiếu sang nhóm ${first + 1}, rồi xóa nhóm ${groupIndex + 1}); nếu hai nhóm khác nghĩa, bỏ cụm từ này khỏi một nhóm.`,
        });
      });
    });
  }, EVEN_WITH_BROKEN_PHRASES)
  .nullish()
  .transform((groups) => groups ?? []);

export type SearchTerms = z.output<typeof searchTermsSchema>;

/** Where a problem is, in the editor's words: "nhóm 3 › cụm từ 2". */
export function searchTermsPath(path: readonly PropertyKey[]): string {
  const [group, phrase] = path;
  return [
    typeof group === 'number' ? `nhóm ${group + 1}` : undefined,
    typeof phrase === 'number' ? `cụm từ ${phrase + 1}` : undefined,
  ]
    .filter(Boolean)
    .join(' › ');
}

/** What the search reads: every phrase in the form it compares (NFC, trimmed, lower case). */
export function synonymGroups(groups: readonly (readonly string[])[]): string[][] {
  return groups.map((group) => group.map(phraseKey));
}
