/**
 * The shipped content/tim-kiem.yaml: valid, stored in NFC, generous, and every group leads
 * somewhere: at least one of its phrases is written in the shipped guides, plans, years,
 * links or pages, so a citizen typing any phrase of the group finds a page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { synonymGroups } from '../../src/schemas/search-terms.ts';
import { ROOT } from '../fixtures/content-copy.ts';

const { content, problems } = await checkContent(ROOT);
const groups = content.searchTerms?.data ?? [];

/** Words as the search sees them: NFC, lower case, letters and digits (marks kept). */
function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Every text the portal shows: the data of each entry (every string in it) and its body. */
function shippedText(): string {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const entry of [...content.guides, ...content.plans, ...content.years, ...content.links, ...content.pages]) {
    collect(entry.data);
    if (entry.body) texts.push(entry.body);
  }
  // One space around every word, a bar between texts, so a phrase matches whole words within one text.
  return ` ${texts.map((text) => words(text).join(' ')).join(' | ')} `;
}

describe('shipped search synonyms (content/tim-kiem.yaml)', () => {
  it('validate, in NFC', async () => {
    expect(problems.filter((problem) => problem.file.endsWith('tim-kiem.yaml'))).toEqual([]);
    const text = await readFile(join(ROOT, 'content/tim-kiem.yaml'), 'utf8');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('are generous: at least 60 groups', () => {
    expect(groups.length).toBeGreaterThanOrEqual(60);
  });

  it('each group has a phrase written in the shipped content', () => {
    const shipped = shippedText();
    const leadsNowhere = groups
      .map((group, index) => ({ group: `nhóm ${index + 1}: ${group.join(', ')}`, found: group.some((phrase) => shipped.includes(` ${words(phrase).join(' ')} `)) }))
      .filter(({ found }) => !found)
      .map(({ group }) => group);
    expect(leadsNowhere).toEqual([]);
  });

  it('name no web address that is not an official link', () => {
    const official = content.links.map((link) => new URL(link.data.url).hostname.replace(/^www\./, ''));
    const addresses = groups.flat().filter((phrase) => /\.[a-z]{2,}$/i.test(phrase));
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(official, address).toContain(address.toLowerCase().replace(/^www\./, ''));
  });

  it.each([
    ['cccd', 'căn cước công dân'],
    ['vneid', 'định danh điện tử'],
    ['dvc', 'dịch vụ công'],
    ['online', 'trực tuyến'],
    ['app', 'ứng dụng'],
    ['shopee', 'sàn tmđt'],
    ['momo', 'ví điện tử'],
    ['mobile banking', 'ứng dụng ngân hàng'],
    ['otp', 'mã xác thực'],
    ['pass', 'mật khẩu'],
    ['sđt', 'số điện thoại'],
    ['tk', 'tài khoản'],
    ['ck', 'chuyển khoản'],
    ['stk', 'số tài khoản'],
    ['wifi', 'wi-fi'],
    ['scam', 'lừa đảo'],
    ['hack', 'chiếm tài khoản'],
    ['website', 'trang web'],
    ['đt', 'điện thoại'],
    ['smartphone', 'điện thoại thông minh'],
    ['fb', 'facebook'],
    ['email', 'thư điện tử'],
    ['tổ cnscđ', 'tổ công nghệ số'],
    ['binhdanhocvuso', 'học vụ số'],
    ['banner', 'băng rôn'],
  ])('"%s" finds what "%s" finds', (typed, written) => {
    const group = synonymGroups(groups).find((candidate) => candidate.includes(typed));
    expect(group, typed).toContain(written);
  });
});
