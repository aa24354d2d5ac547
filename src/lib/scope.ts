/**
 * Whose activities a portal's home page shows. A commune's portal shows its own plan's;
 * a portal of many localities (no locality of its own) shows the province-level plans',
 * and its calendar holds everyone's. Either way the home page does not grow with the
 * number of plans published.
 */
import type { Level } from '../schemas/common.ts';
import { provinceOf } from './labels.ts';
import { slugify } from './vietnamese.ts';

interface Locality {
  name: string;
  level: Level;
  province?: string | undefined;
}

export function isPortalOwn(locality: Locality, portal: Locality | undefined): boolean {
  if (!portal) return locality.level === 'tinh';
  return (
    locality.level === portal.level &&
    slugify(locality.name) === slugify(portal.name) &&
    slugify(provinceOf(locality)) === slugify(provinceOf(portal))
  );
}
