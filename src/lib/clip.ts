/**
 * What an error message may echo of what the editor typed: at most about 80 characters,
 * cut with "…", so a long line (or a value built to be huge) never floods the report.
 * Counted in characters (code points), never cutting a letter from its tone mark.
 */
export const ECHO_LIMIT = 80;

function characters(text: string): string[] {
  return [...text.normalize('NFC')];
}

/** The start of `text`, cut with "…" when it is longer than `max` characters. */
export function clip(text: string, max = ECHO_LIMIT): string {
  const chars = characters(text);
  if (chars.length <= max) return chars.join('');
  return `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * The start and the end of `text`, the middle cut with " … " when it is longer than `max`:
 * for an example of a fix, where both ends show where the quotes go.
 */
export function clipMiddle(text: string, max = ECHO_LIMIT): string {
  const chars = characters(text);
  if (chars.length <= max) return chars.join('');
  const keep = max - 3;
  let head = chars.slice(0, Math.ceil(keep * 0.6)).join('');
  let tail = chars.slice(chars.length - Math.floor(keep * 0.4)).join('');
  // Cut between words where there is a space to cut at.
  if (head.lastIndexOf(' ') > head.length / 2) head = head.slice(0, head.lastIndexOf(' '));
  if (tail.indexOf(' ') >= 0 && tail.indexOf(' ') < tail.length / 2) tail = tail.slice(tail.indexOf(' ') + 1);
  return `${head.trimEnd()} … ${tail.trimStart()}`;
}
