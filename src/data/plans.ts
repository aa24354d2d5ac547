import { getCollection, type CollectionEntry } from 'astro:content';
import type { Activity } from '../schemas/plan.ts';

export type PlanEntry = CollectionEntry<'plans'>;

const LEVEL_ORDER = { tinh: 0, huyen: 1, xa: 2 } as const;

/** Newest year first, then province before district before commune, then by name. */
export async function getPlans(): Promise<PlanEntry[]> {
  const plans = await getCollection('plans');
  return plans.sort(
    (a, b) =>
      b.data.year - a.data.year ||
      LEVEL_ORDER[a.data.locality.level] - LEVEL_ORDER[b.data.locality.level] ||
      a.data.locality.name.localeCompare(b.data.locality.name, 'vi'),
  );
}

export interface PlannedActivity extends Activity {
  plan: PlanEntry;
  /** 1-based row number inside its plan: stable across builds. */
  row: number;
}

export async function getActivities(): Promise<PlannedActivity[]> {
  const plans = await getPlans();
  return plans.flatMap((plan) => plan.data.activities.map((activity, index) => ({ ...activity, plan, row: index + 1 })));
}
