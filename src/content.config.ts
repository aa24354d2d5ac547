/** Wiring only: where each collection lives and which schema checks it. */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { forgiving } from './loaders/forgiving.ts';
import { handoutBlocksLoader } from './loaders/handout-blocks.ts';
import { searchTermsEntrySchema, searchTermsLoader } from './loaders/search-terms.ts';
import { guideSchema } from './schemas/guide.ts';
import { linkSchema } from './schemas/link.ts';
import { pageSchema } from './schemas/page.ts';
import { planSchema } from './schemas/plan.ts';
import { SEARCH_TERMS_FILE } from './schemas/search-terms.ts';
import { siteSchema } from './schemas/site.ts';
import { yearSchema } from './schemas/year.ts';

const dir = process.env.CDS_CONTENT_DIR ?? 'content';

export const collections = {
  site: defineCollection({
    // site.yaml is one object, not a list: give it the id "site".
    loader: forgiving(file(`${dir}/site.yaml`, { parser: (text) => ({ site: yaml.load(text) as Record<string, unknown> }) }), `${dir}/site.yaml`),
    schema: siteSchema,
  }),
  years: defineCollection({
    loader: forgiving(glob({ pattern: '*.yaml', base: `${dir}/years` }), `${dir}/years`),
    schema: yearSchema,
  }),
  plans: defineCollection({
    loader: forgiving(glob({ pattern: '*.md', base: `${dir}/plans` }), `${dir}/plans`),
    schema: planSchema.extend({ links: z.array(reference('links')).default([]) }),
  }),
  links: defineCollection({
    loader: forgiving(file(`${dir}/links.yaml`), `${dir}/links.yaml`),
    schema: linkSchema,
  }),
  guides: defineCollection({
    loader: forgiving(glob({ pattern: '*.mdx', base: `${dir}/guides` }), `${dir}/guides`),
    schema: guideSchema.extend({ links: z.array(reference('links')).min(1) }),
  }),
  // Derived from the guides, not edited: what each guide's one-sheet handout prints.
  handoutBlocks: defineCollection({
    loader: handoutBlocksLoader(`${dir}/guides`),
  }),
  pages: defineCollection({
    loader: forgiving(glob({ pattern: '*.md', base: `${dir}/pages` }), `${dir}/pages`),
    schema: pageSchema,
  }),
  // tim-kiem.yaml is optional: one entry "tim-kiem" holding every group (none without the file).
  searchTerms: defineCollection({
    loader: searchTermsLoader(`${dir}/${SEARCH_TERMS_FILE}`),
    schema: searchTermsEntrySchema,
  }),
};
