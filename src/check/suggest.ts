/** What a message offers instead of a wrong name: the names there are, the nearest one. */

/** "Dùng một mã có sẵn: a, b." — or, where there is none yet, what to do instead: never an empty list. */
export function existing(ids: Iterable<string>, lead: string, none: string): string {
  const list = [...ids];
  return list.length > 0 ? `${lead}: ${list.join(', ')}.` : none;
}

/** Edits (insert, delete, replace, swap two neighbours) from one word to the other. */
export function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, (rows[i - 2]?.[j - 2] as number) + 1);
    }
  }
  return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}

/**
 * The candidate the editor most likely meant, letter case aside: within one edit for a
 * short word, a third of its letters for a longer one; undefined when none is that close.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const folded = word.toLowerCase();
  let best: { name: string; edits: number } | undefined;
  for (const name of candidates) {
    const edits = distance(folded, name.toLowerCase());
    if (edits <= Math.max(1, Math.floor(folded.length / 3)) && (!best || edits < best.edits)) best = { name, edits };
  }
  return best?.name;
}
