import { getEntry } from 'astro:content';
import { SEARCH_TERMS_ID } from '../loaders/search-terms.ts';
import { synonymGroups } from '../schemas/search-terms.ts';

/**
 * The search's synonyms from content/tim-kiem.yaml: each group a list of equivalent
 * phrases, NFC, trimmed and lower case, in the file's order. Empty when there is no file.
 * Read from the collection, so the dev server sees every save.
 */
export async function getSynonymGroups(): Promise<string[][]> {
  const entry = await getEntry('searchTerms', SEARCH_TERMS_ID);
  return synonymGroups(entry?.data.groups ?? []);
}
