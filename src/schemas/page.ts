import { z } from 'zod';
import { sources, text } from './common.ts';

/** Front matter of content/pages/<slug>.md: short institutional pages (about). */
export const pageSchema = z.strictObject({
  title: text,
  description: text,
  sources,
});

export type Page = z.output<typeof pageSchema>;
