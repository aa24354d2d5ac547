import { getCollection, render } from 'astro:content';

/** The blocks a guide's handout prints, in the guide's order, each ready to render. */
export async function getHandoutBlocks(guideId: string) {
  const entries = await getCollection('handoutBlocks', (entry) => entry.data.guide === guideId);
  entries.sort((a, b) => a.data.order - b.data.order);
  return Promise.all(entries.map(async (entry) => ({ ...entry.data, markdown: entry.body ?? '', Content: (await render(entry)).Content })));
}
