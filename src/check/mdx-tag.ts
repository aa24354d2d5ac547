/**
 * What is wrong in a tag the MDX parser refused. Sätteri says only "Unexpected character
 * after `<`, expected a valid JSX tag", at the "<", whether the "<" was never meant as a
 * tag ("ít hơn <5 người") or an attribute is badly written (type=warning, a quote inside
 * a title). Reading the tag again the way MDX reads it finds which, and where.
 */

export type TagFault =
  /** The "<" starts no tag: it is a "less than" sign, or text in angle brackets. */
  | { kind: 'stray' }
  /** <https://…>: an address in angle brackets, which MDX does not read as a link. */
  | { kind: 'address'; url: string }
  /** type=warning */
  | { kind: 'bare-value'; attribute: string; value: string; offset: number }
  /** title="… with no closing quote */
  | { kind: 'open-quote'; attribute: string; quote: string; offset: number }
  /** title="Mã "OTP"": a straight quote inside the value ends it early. */
  | { kind: 'quote-inside'; attribute: string; offset: number }
  /** src={anh with no closing brace */
  | { kind: 'open-brace'; attribute: string; offset: number }
  /** type= with nothing after */
  | { kind: 'no-value'; attribute: string; offset: number }
  /** A character that cannot stand between attributes ({…}, a comma, a digit first). */
  | { kind: 'bad-character'; character: string; offset: number }
  /** The tag never ends with ">". */
  | { kind: 'unclosed-tag' };

export interface TagReading {
  name: string;
  closing: boolean;
  fault: TagFault | undefined;
}

const NAME = /[\p{L}_$][\p{L}\p{N}_$-]*(?:[.:][\p{L}_$][\p{L}\p{N}_$-]*)*/uy;
const ATTRIBUTE_NAME = /[\p{L}_$][\p{L}\p{N}_$-]*(?::[\p{L}_$][\p{L}\p{N}_$-]*)?/uy;
const SPACE = /[ \t]*(?:\r?\n[ \t]*)?/y;
const ASCII_NAME = /^[A-Za-z][\w.:-]*$/;

function sticky(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/** The end of a {…} from its "{", or -1: braces inside strings do not count. */
function braceEnd(text: string, at: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = at; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Reads the tag that starts at `at` (its "<") and says what is wrong, or undefined when
 * the tag reads well (the parser's complaint is elsewhere). A blank line ends a tag: an
 * editor never writes one inside a tag, but often leaves a tag unfinished before one.
 */
export function readTag(text: string, at: number): TagReading {
  let i = at + 1;
  const closing = text[i] === '/';
  if (closing) i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const name = sticky(NAME, text, i);
  if (!name) return { name: '', closing, fault: { kind: 'stray' } };
  i += name.length;
  const address = /^:\/\/[^\s>]*/.exec(text.slice(i));
  if (address) return { name, closing, fault: { kind: 'address', url: `${name}${address[0]}` } };

  let sawValue = false;
  /** The attribute whose quoted value ended right before a letter: a quote inside it. */
  let glued: { attribute: string; offset: number } | undefined;
  const result = (fault: TagFault | undefined): TagReading => {
    // Text that happens to follow a "<" ("ít hơn <5", "<và>") is not a tag at all.
    const looksLikeTag = ASCII_NAME.test(name) && (sawValue || /^[A-Z]/.test(name));
    return { name, closing, fault: fault && !looksLikeTag ? { kind: 'stray' } : fault };
  };
  for (;;) {
    const space = sticky(SPACE, text, i) ?? '';
    i += space.length;
    if (text[i] === '\n' || text[i] === '\r') return result({ kind: 'unclosed-tag' });
    if (i >= text.length) return result({ kind: 'unclosed-tag' });
    const char = text[i] as string;
    if (char === '>') return result(undefined);
    if (char === '/') {
      const after = i + 1 + (sticky(SPACE, text, i + 1) ?? '').length;
      if (text[after] === '>') return result(undefined);
      return result({ kind: 'bad-character', character: '/', offset: i });
    }
    const attribute = sticky(ATTRIBUTE_NAME, text, i);
    if (!attribute) {
      if (glued && (char === '"' || char === "'")) return result({ kind: 'quote-inside', ...glued });
      return result({ kind: 'bad-character', character: char, offset: i });
    }
    const start = i;
    i += attribute.length;
    const before = sticky(SPACE, text, i) ?? '';
    if (text[i + before.length] !== '=') continue;
    sawValue = true;
    i += before.length + 1;
    i += (sticky(SPACE, text, i) ?? '').length;
    const value = text[i];
    if (value === '"' || value === "'") {
      const end = text.indexOf(value, i + 1);
      const blank = text.slice(i + 1, end === -1 ? undefined : end).search(/\n[ \t]*\n/);
      if (end === -1 || blank !== -1) return result({ kind: 'open-quote', attribute, quote: value, offset: start });
      i = end + 1;
      glued = /[\p{L}\p{N}]/u.test(text[i] ?? '') ? { attribute, offset: start } : undefined;
    } else if (value === '{') {
      const end = braceEnd(text, i);
      if (end === -1) return result({ kind: 'open-brace', attribute, offset: start });
      i = end;
    } else if (value === undefined || value === '>' || value === '/' || value === '\n') {
      return result({ kind: 'no-value', attribute, offset: start });
    } else {
      const bare = /[^\s>]+/.exec(text.slice(i))?.[0] ?? '';
      return result({ kind: 'bare-value', attribute, value: bare.replace(/\/$/, ''), offset: start });
    }
  }
}
