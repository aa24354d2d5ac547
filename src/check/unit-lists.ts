/**
 * A plan's units written as a [a, b] list, where a unit's own name holds a comma: YAML
 * splits at every comma, so `lead: [Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh]` gives
 * three units, "Sở Văn hóa", "Thể thao và Du lịch" and "Công an tỉnh", without a word.
 *
 * Only unquoted items of one-line [ ] lists under `lead:` and `partners:` are looked at:
 * a quoted item, or a list written one "- " item a line, is what the editor chose. An item
 * (not the first) is taken for the tail of the name before it when:
 * 1. joined to the one to three items before it with ", ", it gives a unit name written
 *    whole somewhere in the content ("UBND các huyện, thị xã, thành phố");
 * 2. it starts with a small letter, other than "các …" or "những …" (which do start units:
 *    "các thôn"): the names of units start with a capital ("Sở", "UBND", "Công an"), while
 *    what follows a comma inside a name does not ("các xã, phường, thị trấn"; "Các cơ quan,
 *    đơn vị"; "Đảng viên, cán bộ, …");
 * 3. it has no word saying what kind of body it is, holds " và ", and follows (maybe after
 *    other such items) a "Sở …", "Phòng …", "Trung tâm …" item without " và ": the end of a
 *    list of fields inside a department's name ("Sở Lao động, Thương binh và Xã hội",
 *    "Trung tâm Văn hóa, Truyền thông và Thể thao huyện").
 * Every [ ] list of units in the shipped plans passes these rules, and every unit name with
 * a comma they hold, written unquoted in a [ ] list, is caught: by its shape (2, 3), or for
 * "các trường Đại học, Cao đẳng" only because it is written whole elsewhere (1)
 * (tests/unit/unit-lists.test.ts). Both fixes pass: the name in quotes, or one unit a line.
 */
import { clip } from '../lib/clip.ts';
import type { FieldProblem } from '../schemas/errors.ts';
import type { RawYaml } from './read.ts';
import type { FlowItem, YamlLine } from './yaml-lines.ts';

const UNIT_FIELDS = new Set(['lead', 'partners']);

/** Bodies whose names go on with the fields they deal with ("Sở Giáo dục và Đào tạo"). */
const FIELD_HEADS = ['Sở', 'Bộ', 'Phòng', 'Ban', 'Trung tâm', 'Cục', 'Chi cục', 'Tổng cục', 'Vụ', 'Viện', 'Học viện', 'Ủy ban', 'Uỷ ban', 'Hội', 'Liên đoàn', 'Hiệp hội', 'Đài', 'Trường'];

/** Words a unit's name starts with: what kind of body it is. */
const UNIT_HEADS = [
  ...FIELD_HEADS,
  'UBND', 'HĐND', 'Hội đồng', 'Văn phòng', 'Công an', 'Đoàn', 'Huyện đoàn', 'Tỉnh đoàn', 'Thành đoàn', 'Bưu điện', 'Viễn thông',
  'Điện lực', 'Báo', 'Tổ', 'Trạm', 'Đảng ủy', 'Đảng uỷ', 'Mặt trận', 'Các', 'Những', 'Công ty', 'Tập đoàn', 'Ngân hàng',
  'Kho bạc', 'Chi nhánh', 'Bảo hiểm', 'Đội', 'Bệnh viện', 'Thư viện', 'Bảo tàng', 'Nhà', 'Quỹ', 'Thanh tra', 'Tòa án',
  'Toà án', 'Chi hội', 'Bộ Chỉ huy', 'Ban Chỉ huy', 'Cơ quan', 'Doanh nghiệp', 'Hợp tác xã', 'Nhân dân', 'Người', 'Cán bộ',
];

const startsWithWord = (text: string, words: readonly string[]) => words.some((word) => text === word || text.startsWith(`${word} `));
const plainItem = (item: FlowItem | undefined): item is FlowItem => item !== undefined && !item.quoted;

/** Why item `index` looks like the tail of a name: the items from `from` to it, joined, are that name. */
function splitAt(items: readonly FlowItem[], index: number, known: ReadonlySet<string>): number | undefined {
  const item = items[index];
  if (!plainItem(item) || index === 0) return undefined;
  // 1. A name written whole elsewhere.
  for (let from = index - 1; from >= Math.max(0, index - 3); from -= 1) {
    const part = items.slice(from, index + 1);
    if (!part.every(plainItem)) break;
    if (known.has(part.map((each) => each.text).join(', '))) return from;
  }
  // 2. A small letter: the tail of the name before it.
  const text = item.text;
  if (/^\p{Ll}/u.test(text) && !/^(các|những) /u.test(text)) {
    let from = index - 1;
    while (from > 0 && plainItem(items[from]) && /^\p{Ll}/u.test(items[from]?.text ?? '') && !/^(các|những) /u.test(items[from]?.text ?? '')) from -= 1;
    return plainItem(items[from]) ? from : undefined;
  }
  // 3. "Thể thao và Du lịch" after "Sở Văn hóa".
  if (/^\p{Lu}/u.test(text) && text.includes(' và ') && !startsWithWord(text, UNIT_HEADS)) {
    for (let from = index - 1; from >= 0; from -= 1) {
      const before = items[from];
      if (!plainItem(before) || before.text.includes(' và ')) return undefined;
      if (startsWithWord(before.text, FIELD_HEADS)) return from;
      if (startsWithWord(before.text, UNIT_HEADS)) return undefined;
    }
  }
  return undefined;
}

/** "activities › mục 3 › lead": which activity the line belongs to. */
function fieldOf(lines: readonly YamlLine[], line: YamlLine, key: string): string {
  const list = lines.find((each) => each.key === 'activities' && each.keyColumn === 0 && each.number < line.number);
  if (!list) return key;
  const first = lines.find((each) => each.number > list.number && each.dash);
  if (!first) return key;
  const count = lines.filter((each) => each.number > list.number && each.number <= line.number && each.dash && each.keyColumn === first.keyColumn).length;
  return count > 0 ? `activities › mục ${count} › ${key}` : key;
}

/**
 * Unit names split by a [ ] list in a plan's front matter. `known` holds the unit names
 * written whole (quoted, or one a line) in any plan.
 */
export function splitUnitNames(raw: RawYaml, known: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { lines } = raw.scan;
  for (const flow of raw.scan.flows) {
    if (flow.char !== '[' || flow.key === undefined || !UNIT_FIELDS.has(flow.key) || flow.end?.line !== flow.line) continue;
    const items = flow.items;
    for (let index = 1; index < items.length; index += 1) {
      const from = splitAt(items, index, known);
      if (from === undefined) continue;
      // The name goes on over the following small-letter items too ("xã, phường, thị trấn").
      let to = index;
      while (to + 1 < items.length && splitAt(items, to + 1, known) === from) to += 1;
      const pieces = items.slice(from, to + 1).map((item) => item.text);
      const name = pieces.join(', ');
      const line = lines[flow.line - 1];
      if (!line) break;
      const fixedItems = [...items.slice(0, from).map((item) => item.text), `"${name}"`, ...items.slice(to + 1).map((item) => item.text)];
      let fixed = `${flow.key}: [${fixedItems.join(', ')}]`;
      if ([...fixed].length > 80) fixed = `${flow.key}: [${from > 0 ? '…, ' : ''}"${clip(name, 60)}"${to + 1 < items.length ? ', …' : ''}]`;
      problems.push({
        field: fieldOf(lines, line, flow.key),
        message: `Dòng ${flow.line + raw.lineOffset}: trong danh sách [ … ], mỗi dấu phẩy tách một đơn vị, nên "${clip(name, 60)}" thành ${pieces.length} đơn vị: ${pieces.map((piece) => `"${clip(piece, 40)}"`).join(', ')}. Nếu đó là tên một đơn vị, đặt tên trong ngoặc kép, ví dụ: ${fixed}; nếu là nhiều đơn vị, viết mỗi đơn vị một dòng, bắt đầu bằng "- ".`,
      });
      break;
    }
  }
  return problems;
}
