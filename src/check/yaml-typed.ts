/**
 * Text that YAML read as something else, where a field holds text. Found from the line
 * itself, the message shows what was typed and the fix (the value in double quotes):
 * - digits typed bare: `phone: 0912345678` is the number 912345678 (the leading 0 is
 *   gone, as is the "+" of +84…), and the schema's "not text" would show the editor a
 *   number they never typed;
 * - an item with ": " inside: `- Chuyển đổi số: nhanh hơn` is a field "Chuyển đổi số"
 *   holding "nhanh hơn", not a line of text.
 */
import yaml from 'js-yaml';
import type { z } from 'zod';
import { colonInValue, digitsAsNumber } from './yaml-messages.ts';
import type { RawYaml } from './read.ts';

/** As CORE_SCHEMA reads a plain value: a number, or undefined. */
function asNumber(text: string): number | undefined {
  if (!/^[-+]?(\.?\d|0[xo])/i.test(text)) return undefined;
  try {
    const value: unknown = yaml.load(text, { schema: yaml.CORE_SCHEMA });
    return typeof value === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The message for a text field given a number or a one-field group, when the line it came from is found. */
export function typedAsText(issue: z.core.$ZodIssue, raw: RawYaml): string | undefined {
  if (issue.code !== 'invalid_type' || issue.expected !== 'string') return undefined;
  if (typeof issue.input === 'number') return digitsTyped(issue, issue.input, raw);
  const input = issue.input;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const entries = Object.entries(input);
  const [key, value] = entries[0] ?? [];
  if (entries.length !== 1 || key === undefined || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
  // "- Chuyển đổi số: nhanh hơn": a list item whose text has ": ".
  const line = raw.scan.lines.find((each) => each.context === 'block' && each.dash && each.key === key && each.valueColumn !== undefined);
  if (!line || line.valueColumn === undefined) return undefined;
  return colonInValue({ line: line.number + raw.lineOffset, dash: true, value: line.text.slice(line.keyColumn).trim() });
}

function digitsTyped(issue: z.core.$ZodIssue, input: number, raw: RawYaml): string | undefined {
  const last = issue.path.at(-1);
  const lines = raw.scan.lines;
  const found = raw.scan.plains.find((value) => {
    const line = lines[value.line - 1];
    if (asNumber(value.text) !== input) return false;
    if (typeof last === 'string') return !value.inFlow && value.key === last;
    // An item of a list: "- 0912…" or "[0912…, …]".
    return value.inFlow || (line?.dash === true && value.key === undefined);
  });
  if (!found) return undefined;
  const line = lines[found.line - 1];
  return digitsAsNumber(
    { line: found.line + raw.lineOffset, key: found.inFlow ? undefined : found.key, dash: !found.inFlow && (line?.dash ?? false) },
    found.text,
    input,
  );
}
