import { describe, expect, it } from 'vitest';
import { planQuery, synonymLookup } from '../../src/lib/search/query.ts';

const synonyms = synonymLookup([
  ['căn cước công dân', 'căn cước', 'cccd'],
  ['đường dây nóng', 'hotline'],
  ['trực tuyến', 'online'],
]);

const shape = (query: string) =>
  planQuery(query, synonyms).concepts.map(({ typed, alternatives, optional, prefix }) => ({ typed, alternatives, optional, prefix }));

describe('reading a query', () => {
  it('searches each word in its search form, and lets the last one, still being typed, begin a longer word', () => {
    expect(shape('Dịch vụ C')).toEqual([
      { typed: 'Dịch', alternatives: [['dịch']], optional: false, prefix: false },
      { typed: 'vụ', alternatives: [['vụ']], optional: false, prefix: false },
      { typed: 'C', alternatives: [['c']], optional: false, prefix: true },
    ]);
    expect(planQuery('dich vu c', synonyms).concepts[2]?.unfinished).toBe(true);
    expect(shape('dich vu ').at(-1)?.prefix).toBe(false);
  });

  it('searches Telex left raw as typed and as converted', () => {
    const plan = planQuery('ddieenj tuwr', synonyms);
    expect(plan.converted).toBe('điện tử');
    expect(plan.concepts.map((concept) => concept.alternatives)).toEqual([[['diện'], ['ddieenj']], [['tử'], ['tuwr']]]);
    expect(plan.concepts.map((concept) => concept.meant)).toEqual(['điện', 'tử']);
  });

  it('searches VNI left raw as converted', () => {
    expect(planQuery('d9ie65n tu73', synonyms).converted).toBe('điện tử');
  });

  it('leaves unaccented Vietnamese and English words as they are', () => {
    expect(planQuery('thanh toan qr', synonyms).converted).toBeNull();
    expect(planQuery('zalo shopee', synonyms).converted).toBeNull();
  });

  it('takes a phrase of the synonyms file whole, standing for every phrase of its group', () => {
    expect(shape('cccd het han')[0]).toEqual({
      typed: 'cccd',
      alternatives: [['căn', 'cước', 'công', 'dân'], ['căn', 'cước'], ['cccd']],
      optional: false,
      prefix: false,
    });
    expect(shape('so Hotline')[1]?.alternatives).toEqual([['dường', 'dây', 'nóng'], ['hotline']]);
    // The longest phrase wins: "căn cước công dân" whole, not "căn cước" and two words.
    expect(shape('can cuoc cong dan')).toHaveLength(1);
  });

  it('does not require question words and fillers', () => {
    const concepts = shape('o dau dang ky tai khoan duoc khong');
    expect(concepts.filter((concept) => concept.optional).map((concept) => concept.typed)).toEqual(['o dau', 'duoc khong']);
    expect(concepts.filter((concept) => !concept.optional).map((concept) => concept.typed)).toEqual(['dang', 'ky', 'tai', 'khoan']);
  });

  it('requires the fillers when the query is nothing else', () => {
    expect(shape('cach').map((concept) => concept.optional)).toEqual([false]);
  });

  it('knows a how-to question', () => {
    expect(planQuery('cach thanh toan qr', synonyms).howTo).toBe(true);
    expect(planQuery('lam sao de mua hang', synonyms).howTo).toBe(true);
    expect(planQuery('duc tho', synonyms).howTo).toBe(false);
  });
});
