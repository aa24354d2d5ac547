import { getCollection, type CollectionEntry } from 'astro:content';
import type { Activity } from '../schemas/plan.ts';
import { compareVi } from '../lib/vietnamese.ts';

export type PlanEntry = CollectionEntry<'plans'>;

const LEVEL_ORDER = { tinh: 0, huyen: 1, xa: 2 } as const;

/** Province before district before commune, newest year first, then by name. */
export function comparePlans(a: PlanEntry, b: PlanEntry): number {
  return (
    LEVEL_ORDER[a.data.locality.level] - LEVEL_ORDER[b.data.locality.level] ||
    b.data.year - a.data.year ||
    compareVi(a.data.locality.name, b.data.locality.name) ||
    a.id.localeCompare(b.id)
  );
}

// Every page of a build asks for the plans; with thousands of plans, sorting them once
// per page would make the build quadratic. One sorted list per build.
let plansOnce: Promise<PlanEntry[]> | undefined;
let activitiesOnce: Promise<PlannedActivity[]> | undefined;

/** Newest year first, then province before district before commune, then by name. */
export function getPlans(): Promise<PlanEntry[]> {
  plansOnce ??= getCollection('plans').then((plans) =>
    plans.sort((a, b) => b.data.year - a.data.year || comparePlans(a, b)),
  );
  return plansOnce;
}

export interface PlannedActivity extends Activity {
  plan: PlanEntry;
  /** 1-based row number inside its plan: stable across builds. */
  row: number;
}

export function getActivities(): Promise<PlannedActivity[]> {
  activitiesOnce ??= getPlans().then((plans) =>
    plans.flatMap((plan) => plan.data.activities.map((activity, index) => ({ ...activity, plan, row: index + 1 }))),
  );
  return activitiesOnce;
}
