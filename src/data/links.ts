import { getCollection, getEntries } from 'astro:content';
import { LINK_KINDS, type LinkKind } from '../schemas/link.ts';
import type { PlanEntry } from './plans.ts';

export async function getLinks() {
  const links = await getCollection('links');
  return links.map((entry) => entry.data);
}

/** Kinds in the order of LINK_KINDS, each with its links; empty kinds left out. */
export async function getLinksByKind() {
  const links = await getLinks();
  return LINK_KINDS.map((kind): [LinkKind, typeof links] => [kind, links.filter((link) => link.kind === kind)]).filter(
    ([, list]) => list.length > 0,
  );
}

export async function getPlanLinks(plan: PlanEntry) {
  const entries = await getEntries(plan.data.links);
  return entries.map((entry) => entry.data);
}
