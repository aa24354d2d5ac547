/**
 * Plans grouped by province: the unit a national portal is browsed by. Every locality
 * belongs to one province (a province to itself), so each plan is in exactly one group.
 */
import type { Level } from '../schemas/common.ts';
import { provinceOf } from '../lib/labels.ts';
import { compareVi, slugify } from '../lib/vietnamese.ts';
import { comparePlans, getActivities, getPlans, type PlanEntry, type PlannedActivity } from './plans.ts';

export interface Province {
  slug: string;
  name: string;
  /** Province, then district, then commune plans; newest first within a level. */
  plans: PlanEntry[];
  activities: PlannedActivity[];
  counts: Record<Level, number>;
}

let provincesOnce: Promise<Province[]> | undefined;

/** Provinces in Vietnamese alphabetical order. */
export function getProvinces(): Promise<Province[]> {
  provincesOnce ??= (async () => {
    const bySlug = new Map<string, Province>();
    const provinceFor = (plan: PlanEntry) => {
      // Names that differ only in marks or case ("Hà Tĩnh", "Ha Tinh") are one province.
      const name = provinceOf(plan.data.locality);
      const slug = slugify(name);
      let province = bySlug.get(slug);
      if (!province) {
        province = { slug, name, plans: [], activities: [], counts: { tinh: 0, huyen: 0, xa: 0 } };
        bySlug.set(slug, province);
      }
      return province;
    };
    for (const plan of await getPlans()) {
      const province = provinceFor(plan);
      province.plans.push(plan);
      province.counts[plan.data.locality.level] += 1;
    }
    for (const activity of await getActivities()) provinceFor(activity.plan).activities.push(activity);
    for (const province of bySlug.values()) province.plans.sort(comparePlans);
    return [...bySlug.values()].sort((a, b) => compareVi(a.name, b.name));
  })();
  return provincesOnce;
}

export async function provinceOfPlan(plan: PlanEntry): Promise<Province> {
  const slug = slugify(provinceOf(plan.data.locality));
  const province = (await getProvinces()).find((entry) => entry.slug === slug);
  if (!province) throw new Error(`No province for plan ${plan.id}`);
  return province;
}
