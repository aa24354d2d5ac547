/**
 * A plan's units in a [a, b] list: a unit name holding a comma is split by YAML at the
 * comma. The rule (src/check/unit-lists.ts) must catch every such name the shipped plans
 * hold and let through every list they write.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter, parseYaml, type RawYaml } from '../../src/check/read.ts';
import { splitUnitNames } from '../../src/check/unit-lists.ts';
import { clip } from '../../src/lib/clip.ts';
import { ROOT } from '../fixtures/content-copy.ts';

const PLANS = join(ROOT, 'content', 'plans');

function rawOf(source: string): RawYaml {
  const read = parseYaml(source);
  if (!read.ok || !read.raw) throw new Error(`not YAML: ${source}`);
  return read.raw;
}

/** Every lead and partner the shipped plans name. */
function shippedUnits(): string[] {
  const units = new Set<string>();
  for (const name of readdirSync(PLANS)) {
    const read = parseFrontmatter(readFileSync(join(PLANS, name), 'utf8'));
    if (!read.ok) throw new Error(name);
    const data = read.value.data as { activities: Array<{ lead?: string[]; partners?: string[] }> };
    for (const activity of data.activities) for (const unit of [...(activity.lead ?? []), ...(activity.partners ?? [])]) units.add(unit);
  }
  return [...units];
}

describe('unit names split by a [ ] list', () => {
  it('the shipped plans pass', () => {
    const known = new Set(shippedUnits());
    for (const name of readdirSync(PLANS)) {
      const read = parseFrontmatter(readFileSync(join(PLANS, name), 'utf8'));
      expect(read.ok && read.value.raw ? splitUnitNames(read.value.raw, known) : 'unread', name).toEqual([]);
    }
  });

  it('the example of the issue is caught, with the fix built from the line', () => {
    expect(splitUnitNames(rawOf('activities:\n  - task: x\n    lead: [Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh]\n'), new Set())).toEqual([
      {
        field: 'activities › mục 1 › lead',
        message:
          'Dòng 3: trong danh sách [ … ], mỗi dấu phẩy tách một đơn vị, nên "Sở Văn hóa, Thể thao và Du lịch" thành 2 đơn vị: "Sở Văn hóa", "Thể thao và Du lịch". Nếu đó là tên một đơn vị, đặt tên trong ngoặc kép, ví dụ: lead: ["Sở Văn hóa, Thể thao và Du lịch", Công an tỉnh]; nếu là nhiều đơn vị, viết mỗi đơn vị một dòng, bắt đầu bằng "- ".',
      },
    ]);
  });

  // Caught by their own shape, with no name written whole elsewhere to compare with.
  const byShape = shippedUnits().filter((unit) => unit.includes(', ') && unit !== 'các trường Đại học, Cao đẳng');
  it.each([...byShape, 'Sở Lao động, Thương binh và Xã hội', 'Sở Văn hóa, Thông tin, Thể thao và Du lịch', 'Phòng Văn hóa, Khoa học và Thông tin'])(
    '"%s" written unquoted between two units is caught',
    (unit) => {
      const problems = splitUnitNames(rawOf(`activities:\n  - task: x\n    partners: [Sở Tư pháp, ${unit}, Công an tỉnh]\n`), new Set());
      expect(problems).toHaveLength(1);
      expect(problems[0]?.message).toContain(`nên "${clip(unit, 60)}" thành ${unit.split(', ').length} đơn vị`);
    },
  );

  it('a name with no telling shape is caught when written whole elsewhere', () => {
    const unit = 'các trường Đại học, Cao đẳng';
    const raw = rawOf(`activities:\n  - task: x\n    lead: [Sở Giáo dục và Đào tạo, ${unit}]\n`);
    expect(splitUnitNames(raw, new Set())).toEqual([]);
    expect(splitUnitNames(raw, new Set([unit]))[0]?.message).toContain(`nên "${unit}" thành 2 đơn vị`);
  });

  it.each([
    '[Phòng Tư pháp, Phòng Văn hóa và Thông tin]',
    '[Văn phòng HĐND và UBND huyện, Phòng Văn hóa và Thông tin]',
    '[Sở Nội vụ, Đài Phát thanh và Truyền hình tỉnh]',
    '[Phòng Văn hóa - Xã hội, các thôn]',
    '[Công an, Viễn thông, Bưu điện, Đoàn Thanh niên]',
    '["Sở Văn hóa, Thể thao và Du lịch", Công an tỉnh]',
    '[Sở Giáo dục và Đào tạo, "các trường Đại học, Cao đẳng"]',
  ])('%s passes', (list) => {
    expect(splitUnitNames(rawOf(`activities:\n  - task: x\n    lead: ${list}\n`), new Set(shippedUnits()))).toEqual([]);
  });

  it('only lead and partners are units: other [ ] lists are not looked at', () => {
    expect(splitUnitNames(rawOf('skills: [mua-sam-truc-tuyen, thanh toán, và nữa]\nlinks: [vneid, các thứ]\n'), new Set())).toEqual([]);
  });
});
