import { describe, expect, it } from 'vitest';
import { isPortalOwn } from '../../src/lib/scope.ts';

const thachHa = { name: 'Thạch Hà', level: 'xa', province: 'Hà Tĩnh' } as const;

describe("the portal's own plans (home page)", () => {
  it('are the province-level plans when the portal has no locality', () => {
    expect(isPortalOwn({ name: 'Hậu Giang', level: 'tinh' }, undefined)).toBe(true);
    expect(isPortalOwn(thachHa, undefined)).toBe(false);
  });

  it("are the portal's own locality's, whatever the marks or case typed", () => {
    expect(isPortalOwn(thachHa, { name: 'Thach Ha', level: 'xa', province: 'Ha Tinh' })).toBe(true);
    expect(isPortalOwn({ name: 'Thạch Hà', level: 'huyen', province: 'Hà Tĩnh' }, thachHa)).toBe(false);
    expect(isPortalOwn({ name: 'Thạch Hà', level: 'xa', province: 'Nghệ An' }, thachHa)).toBe(false);
    expect(isPortalOwn({ name: 'Hà Tĩnh', level: 'tinh' }, thachHa)).toBe(false);
  });
});
