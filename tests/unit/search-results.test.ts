import { describe, expect, it } from 'vitest';
import { planQuery } from '../../src/lib/search/query.ts';
import { rankPages, type Hit } from '../../src/lib/search/rank.ts';
import { describeResults, markingOf, orderRead } from '../../src/lib/search/results.ts';

const hit = (score: number, ...positions: number[]): Hit => ({ score, first: positions, last: positions });
const none = () => undefined;

describe('the status line', () => {
  it('counts the pages holding every word', () => {
    const plan = planQuery('duc tho');
    const ranking = rankPages(plan, [new Map([['a', hit(1, 1)]]), new Map([['a', hit(1, 2)]])], none);
    expect(describeResults('duc tho', plan, ranking)).toBe('Tìm thấy 1 trang có “duc tho”.');
  });

  it('says what was searched for instead, when Telex was converted', () => {
    const plan = planQuery('ddieenj tuwr');
    const ranking = rankPages(plan, [new Map([['a', hit(1, 1)]]), new Map([['a', hit(1, 2)]])], none);
    expect(describeResults('ddieenj tuwr', plan, ranking)).toBe('Đang hiện kết quả cho “điện tử”: 1 trang.');
  });

  it('names the words no page holds, when showing the pages with the most words', () => {
    const plan = planQuery('dich vu zzzz');
    const ranking = rankPages(plan, [new Map([['a', hit(1, 1)]]), new Map([['a', hit(1, 2)]]), new Map()], none);
    expect(describeResults('dich vu zzzz', plan, ranking)).toBe('Không trang nào có đủ các từ: đang hiện 1 trang có nhiều từ nhất. Không tìm thấy “zzzz”.');
  });

  it('says nothing was found only when nothing matches', () => {
    const plan = planQuery('qwerty');
    expect(describeResults('qwerty', plan, rankPages(plan, [new Map()], none))).toBe('Không tìm thấy trang nào có “qwerty”.');
  });
});

describe('the results read', () => {
  it('marks every form searched for, folded, and the start being typed', () => {
    const marking = markingOf(planQuery('Đức tho'));
    expect([...marking.words]).toEqual(['duc', 'tho']);
    expect(marking.prefixes).toEqual(['tho']);
  });

  it('puts first a page whose title holds every word, then the index’s order', () => {
    const read = [
      { id: 'plan', title: 'Kế hoạch huyện Đức Thọ', content: 'dịch vụ công dịch vụ công' },
      { id: 'guide', title: 'Sử dụng dịch vụ công trực tuyến', content: 'dịch vụ công' },
      { id: 'links', title: 'Nền tảng số chính thức', content: 'dịch vụ công' },
    ];
    expect(orderRead(read, planQuery('dich vu cong')).map((result) => result.id)).toEqual(['guide', 'plan', 'links']);
  });

  it('judges titles on the words some page holds', () => {
    const plan = planQuery('dich vu cong zzzz');
    const read = [
      { id: 'plan', title: 'Kế hoạch huyện Đức Thọ', content: 'dịch vụ công' },
      { id: 'guide', title: 'Sử dụng dịch vụ công trực tuyến', content: 'dịch vụ công' },
    ];
    expect(orderRead(read, plan, plan.concepts.slice(3)).map((result) => result.id)).toEqual(['guide', 'plan']);
  });

  it('puts first, for a word typed with its marks, the pages holding it exactly', () => {
    const read = [
      { id: 'lich', title: 'Lịch hoạt động', content: 'lịch hoạt dộng' },
      { id: 'plan', title: 'Kế hoạch', content: 'hội dồng nhân dân' },
    ];
    expect(orderRead(read, planQuery('đồng')).map((result) => result.id)).toEqual(['plan', 'lich']);
    expect(orderRead(read, planQuery('dong')).map((result) => result.id)).toEqual(['lich', 'plan']);
  });
});
