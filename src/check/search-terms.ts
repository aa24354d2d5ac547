/**
 * content/tim-kiem.yaml, the search's synonyms: optional; when present, checked against
 * its schema, with problems placed the way editors count ("nhóm 3 › cụm từ 2").
 */
import type { ContentProblem } from '../schemas/errors.ts';
import { searchTermsPath, searchTermsSchema, type SearchTerms } from '../schemas/search-terms.ts';
import type { Read } from './read.ts';

export interface SearchTermsCheck {
  /** The groups, when the file is valid. */
  groups?: SearchTerms;
  problems: ContentProblem[];
}

/** Problems in file order: group by group, phrase by phrase, the file as a whole first. */
function position(path: readonly PropertyKey[]): number[] {
  return [0, 1].map((index) => {
    const part = path[index];
    return typeof part === 'number' ? part + 1 : 0;
  });
}

export function checkSearchTerms(file: string, read: Read<unknown>): SearchTermsCheck {
  if (!read.ok) return { problems: [{ file, ...read.problem }] };
  const result = searchTermsSchema.safeParse(read.value);
  if (result.success) return { groups: result.data, problems: [] };
  const issues = result.error.issues
    .map((issue, order) => ({ issue, order, at: position(issue.path) }))
    .sort((a, b) => (a.at[0] ?? 0) - (b.at[0] ?? 0) || (a.at[1] ?? 0) - (b.at[1] ?? 0) || a.order - b.order);
  return { problems: issues.map(({ issue }) => ({ file, field: searchTermsPath(issue.path), message: issue.message })) };
}
