/**
 * The file formats the web editor reads and writes through our own code (entry-file.ts),
 * registered with Sveltia under these names by src/scripts/admin.ts: Sveltia's built-in
 * YAML writer would re-quote values, unfold `[a, b]` lists, write defaults and drop the
 * blank lines, so an editor's one-word change would show as a rewrite of the whole file.
 * Sveltia takes a custom format's file extension from its registration, hence one
 * format per extension; a Markdown extension needs a name ending in "-frontmatter"
 * (Sveltia's configuration check).
 */
import type { EntryFileKind } from './entry-file.ts';

export const CMS_FORMATS = {
  yaml: { name: 'cds-yaml', extension: 'yaml', kind: 'yaml' },
  /** A year: its theme and day blocks written even while blank (year-blocks.ts). */
  year: { name: 'cds-year-yaml', extension: 'yaml', kind: 'yaml' },
  md: { name: 'cds-md-frontmatter', extension: 'md', kind: 'front-matter' },
  mdx: { name: 'cds-mdx-frontmatter', extension: 'mdx', kind: 'front-matter' },
} as const satisfies Record<string, { name: string; extension: string; kind: EntryFileKind }>;
