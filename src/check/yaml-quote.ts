/**
 * The example at the end of a YAML message: the editor's own line, written the way YAML
 * reads it as intended (the value in straight double quotes), cut to about 80 characters.
 */
import { clipMiddle } from '../lib/clip.ts';

/**
 * `value` inside straight double quotes. A quotation inside it written with straight
 * quotes ("Bình dân học vụ số") becomes curly (“…”), as the editors' guide asks, so the
 * outer quotes stay the only straight ones; a backslash is doubled.
 */
export function doubleQuoted(value: string): string {
  const inner = value
    .replace(/\\/g, '\\\\')
    .replace(/"([^"]*)"/g, '“$1”')
    .replace(/"/g, '\\"');
  return `"${inner}"`;
}

/** How the line starts before its value: "title: ", "- ", "  - name: " (without indentation). */
export function lineStart(key: string | undefined, dash: boolean): string {
  return `${dash ? '- ' : ''}${key !== undefined ? `${key}: ` : ''}`;
}

/** The line as it should be typed, at most about 80 characters (the middle cut with "…"). */
export function example(key: string | undefined, dash: boolean, value: string): string {
  const start = lineStart(key, dash);
  const quoted = doubleQuoted(value.trim());
  const room = Math.max(30, 80 - start.length);
  if ([...quoted].length <= room) return `${start}${quoted}`;
  // Keep both quotes visible: cut inside them.
  return `${start}"${clipMiddle(quoted.slice(1, -1), room - 2)}"`;
}
