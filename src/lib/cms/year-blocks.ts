/**
 * A year saved from the web editor before its theme or day is announced. The editor leaves
 * out every blank field, and with them the `theme` and `day` blocks; the year schema wants
 * both blocks written, blank ("chưa công bố"), as `npm run nam-moi` writes them. So they
 * are put back, blank, in the schema's order, before the file is written.
 */

/** The year schema's fields in order (pinned to src/schemas/year.ts by tests/unit/house-yaml.test.ts). */
export const YEAR_FIELD_ORDER = ['year', 'theme', 'slogans', 'day', 'campaigns', 'movements', 'notes'] as const;

const BLANK_BLOCKS: Record<string, Record<string, unknown>> = {
  theme: { text: null, sources: [] },
  day: { date: null, sources: [] },
};

export function withYearBlocks(content: unknown): unknown {
  if (typeof content !== 'object' || content === null || Array.isArray(content)) return content;
  const given = content as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const keys = [...YEAR_FIELD_ORDER, ...Object.keys(given).filter((key) => !(YEAR_FIELD_ORDER as readonly string[]).includes(key))];
  for (const key of keys) {
    const blank = BLANK_BLOCKS[key];
    if (blank) {
      const block = given[key];
      const filled = typeof block === 'object' && block !== null && !Array.isArray(block) ? (block as Record<string, unknown>) : {};
      out[key] = { ...blank, ...filled };
    } else if (key in given) out[key] = given[key];
  }
  return out;
}
