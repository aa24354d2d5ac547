import { describe, expect, it } from 'vitest';
import { planQuery } from '../../src/lib/search/query.ts';
import { allOf, anyOf, kindBoost, rankPages, standTogether, type Hit } from '../../src/lib/search/rank.ts';

const hit = (score: number, ...positions: number[]): Hit => ({ score, first: positions, last: positions });
const hits = (entries: Record<string, Hit>) => new Map(Object.entries(entries));

describe('putting the words back together', () => {
  it('finds the pages holding every word of a phrase, doubling those where it stands as written', () => {
    const chu = hits({ a: hit(1, 10), b: hit(1, 3) });
    const ky = hits({ a: hit(1, 11), b: hit(1, 40) });
    const found = allOf([chu, ky]);
    expect(found.get('a')?.score).toBe(4);
    expect(found.get('b')?.score).toBe(2);
    expect(standTogether(hit(1, 10), hit(1, 11))).toBe(true);
    expect(standTogether(hit(1, 10), hit(1, 12))).toBe(false);
  });

  it('finds the pages holding any alternative, each with its best score', () => {
    const found = anyOf([hits({ a: hit(1, 1) }), hits({ a: hit(3, 5), b: hit(2, 7) })]);
    expect([...found].map(([id, { score }]) => [id, score])).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
  });
});

describe('ranking', () => {
  const none = () => undefined;

  it('shows only the pages that hold every word when some do, best first', () => {
    const plan = planQuery('thanh toan');
    const ranking = rankPages(plan, [hits({ a: hit(1.5, 1), b: hit(2, 5), c: hit(5, 9) }), hits({ a: hit(1.5, 2), b: hit(2, 50) })], none);
    expect(ranking.complete).toBe(true);
    // a holds the phrase as written (3, doubled); b holds the words apart (4); c lacks "toan".
    expect(ranking.pages.map((page) => page.id)).toEqual(['a', 'b']);
    expect(ranking.missing).toEqual([]);
  });

  it('shows the pages holding the most words when none holds all, and names the words found nowhere', () => {
    const plan = planQuery('dich vu zzzz');
    const ranking = rankPages(plan, [hits({ a: hit(1, 1), b: hit(1, 8) }), hits({ a: hit(1, 2) }), new Map()], none);
    expect(ranking.complete).toBe(false);
    expect(ranking.pages.map((page) => [page.id, page.lacks.map((concept) => concept.typed)])).toEqual([
      ['a', ['zzzz']],
      ['b', ['vu', 'zzzz']],
    ]);
    expect(ranking.missing.map((concept) => concept.typed)).toEqual(['zzzz']);
  });

  it('finds nothing only when no word matches', () => {
    const ranking = rankPages(planQuery('qwerty zzzz'), [new Map(), new Map()], none);
    expect(ranking.pages).toEqual([]);
    expect(ranking.missing.map((concept) => concept.typed)).toEqual(['qwerty', 'zzzz']);
  });

  it('counts question words a little and never reports them missing', () => {
    const plan = planQuery('lua dao la gi');
    const lua = hits({ a: hit(1, 1), b: hit(1, 1) });
    const dao = hits({ a: hit(1, 2), b: hit(1, 2) });
    const la = hits({ b: hit(1, 3) });
    const ranking = rankPages(plan, [lua, dao, la, new Map()], none);
    expect(ranking.complete).toBe(true);
    expect(ranking.pages.map((page) => page.id)).toEqual(['b', 'a']);
    expect(ranking.missing).toEqual([]);
  });

  it('does not count a last letter still being typed as missing', () => {
    const ranking = rankPages(planQuery('dich vu c'), [hits({ a: hit(1, 1) }), hits({ a: hit(1, 2) }), new Map()], none);
    expect(ranking.complete).toBe(true);
    expect(ranking.missing).toEqual([]);
  });

  it('puts guides first for how-to questions, and a little ahead otherwise', () => {
    expect(kindBoost('guide', true)).toBeGreaterThan(kindBoost('guide', false));
    expect(kindBoost('guide', false)).toBeGreaterThan(kindBoost('plan', false));
    const plan = planQuery('cach thanh toan');
    const types = new Map([['guide', 'guide' as const]]);
    const thanh = hits({ plan: hit(2, 1), guide: hit(1, 1) });
    const toan = hits({ plan: hit(2, 2), guide: hit(1, 2) });
    const ranking = rankPages(plan, [new Map(), thanh, toan], (id) => types.get(id));
    expect(ranking.pages.map((page) => page.id)).toEqual(['guide', 'plan']);
  });
});
