import { describe, expect, it } from 'vitest';
import { absoluteUrl, joinBase, paths } from '../../src/lib/url.ts';
import { localityName, portalOwner } from '../../src/lib/labels.ts';

describe('urls', () => {
  it('puts every path under the base, at the root or a sub-path', () => {
    expect(joinBase('/', paths.plan('thach-ha-2025'))).toBe('/ke-hoach/thach-ha-2025/');
    expect(joinBase('/cds/', paths.calendar)).toBe('/cds/lich/');
    expect(joinBase('/cds', paths.home)).toBe('/cds/');
  });

  it('puts a guide’s handout under the guide', () => {
    expect(joinBase('/cds/', paths.guideHandout('dich-vu-cong-truc-tuyen'))).toBe('/cds/ky-nang-so/dich-vu-cong-truc-tuyen/to-roi/');
  });

  it('makes absolute URLs for canonical links', () => {
    expect(absoluteUrl('https://cds.hatinh.gov.vn', '/cds/lich/')).toBe('https://cds.hatinh.gov.vn/cds/lich/');
  });
});

describe('locality names', () => {
  it('names the level and, below a province, the province', () => {
    expect(localityName({ name: 'Thạch Hà', level: 'xa', province: 'Hà Tĩnh' })).toBe('xã Thạch Hà (Hà Tĩnh)');
    expect(localityName({ name: 'Nghệ An', level: 'tinh' })).toBe('tỉnh Nghệ An');
  });
});

describe('whose portal it is', () => {
  const locality = { name: 'Thạch Hà', level: 'xa', province: 'Hà Tĩnh' } as const;

  it('is the agency where site.yaml names one, else the locality, else no one', () => {
    expect(portalOwner({ locality, contact: { agency: 'Ủy ban nhân dân xã Thạch Hà' } })).toEqual({ name: 'Ủy ban nhân dân xã Thạch Hà', isAgency: true });
    expect(portalOwner({ locality, contact: { agency: null } })).toEqual({ name: 'xã Thạch Hà (Hà Tĩnh)', isAgency: false });
    expect(portalOwner({ contact: {} })).toBeUndefined();
  });
});
