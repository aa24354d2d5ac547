/**
 * What looks like a YAML mistake but is not one must still build: spaces after a "---"
 * (invisible in an editor), a comment after a value as the editors' guide writes them,
 * digits in quotes, a unit name with a comma in quotes. Astro accepts the same files: a
 * build of a copy with "--- " and "---\t" was checked by hand (see CHANGELOG.md).
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { parseYaml } from '../../src/check/read.ts';
import { contentWith, ROOT, type Edit } from '../fixtures/content-copy.ts';

async function checked(edits: Edit[]) {
  const dir = await contentWith(edits);
  try {
    return await checkContent(ROOT, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('accepted', () => {
  it('spaces or tabs after the opening or closing "---" of a front matter', async () => {
    const { problems, content } = await checked([
      { file: 'plans/thach-ha-2025.md', find: /^---\n/, replace: '---\t\n' },
      { file: 'plans/thach-ha-2025.md', find: '\n---\n\n## Mục đích', replace: '\n---  \n\n## Mục đích' },
      { file: 'guides/mua-sam-truc-tuyen.mdx', find: /\n---\n/, replace: '\n--- \n' },
    ]);
    expect(problems).toEqual([]);
    const plan = content.plans.find((entry) => entry.id === 'thach-ha-2025');
    expect(plan?.data.issuer).toBe('UBND xã Thạch Hà');
    expect(plan?.body?.trimStart().startsWith('## Mục đích')).toBe(true);
    expect(content.guides.find((entry) => entry.id === 'mua-sam-truc-tuyen')?.data.order).toBe(2);
  });

  it('a comment after a value, with a space after "#", as the editors\' guide writes them', async () => {
    const { problems, content } = await checked([
      { file: 'plans/thach-ha-2025.md', find: 'issuer: UBND xã Thạch Hà\n', replace: 'issuer: UBND xã Thạch Hà          # (*) cơ quan ban hành\n' },
      { file: 'plans/thach-ha-2025.md', find: '  level: xa\n', replace: '  level: xa          # tinh | huyen | xa\n' },
      { file: 'guides/dich-vu-cong-truc-tuyen.mdx', find: 'order: 1\n', replace: 'order: 1                            # thứ tự hiện trên trang\n' },
    ]);
    expect(problems).toEqual([]);
    expect(content.plans.find((entry) => entry.id === 'thach-ha-2025')?.data.issuer).toBe('UBND xã Thạch Hà');
  });

  it('a phone number in double quotes, and a unit name with a comma in double quotes', async () => {
    const { problems, content } = await checked([
      { file: 'site.yaml', find: 'contact: {}', replace: 'contact:\n  phone: "0912345678"' },
      { file: 'plans/thach-ha-2025.md', find: 'lead: [Sở Khoa học và Công nghệ, UBND xã]', replace: 'lead: ["Sở Văn hóa, Thể thao và Du lịch", UBND xã]' },
    ]);
    expect(problems).toEqual([]);
    expect(content.site?.data.contact.phone).toBe('0912345678');
  });
});

describe("the editors' guide", () => {
  it('every YAML example in content/README.md reads without a problem, copied as it is', () => {
    const guide = readFileSync(join(ROOT, 'content', 'README.md'), 'utf8');
    const examples = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => (match[1] ?? '').replace(/^---\n/, '').replace(/\n---\n?$/, '\n'));
    expect(examples.length).toBeGreaterThan(5);
    for (const example of examples) {
      const read = parseYaml(example);
      expect(read.ok ? 'ok' : read.problem.message, example.split('\n')[0]).toBe('ok');
    }
  });
});
