/**
 * The blocks of a guide read from its MDX text with patterns, for the pages that need
 * them: the link ids of <LinkCard> (the guide page leaves those platforms out of its
 * "related" list), the text inside <Steps> and <Callout> (which the one-sheet handout
 * prints) and where the first <Steps> opens. The content check reads the blocks from the
 * tree of the parser Astro uses (body.ts), and refuses a value written {…} where these
 * patterns expect one in quotes.
 */

export interface ComponentUse {
  /** 1-based line of the tag in the file. */
  line: number;
  attributes: Record<string, string | true>;
}

export interface BlockUse extends ComponentUse {
  /** The text between the opening and the closing tag; undefined when the tag is never closed. */
  content: string | undefined;
  /** Where the opening tag starts in the body, to find what comes before the block. */
  offset: number;
}

const ATTRIBUTE = /([A-Za-z]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

function parseAttributes(source: string): Record<string, string | true> {
  const attributes: Record<string, string | true> = {};
  for (const attribute of source.matchAll(ATTRIBUTE)) {
    const [, key, double, single, expression] = attribute;
    if (key) attributes[key] = double ?? single ?? (expression !== undefined ? `{${expression}}` : true);
  }
  return attributes;
}

function lineAt(body: string, offset: number, firstLine: number): number {
  return firstLine + body.slice(0, offset).split('\n').length - 1;
}

export function findComponent(body: string, name: string, firstLine: number): ComponentUse[] {
  const tag = new RegExp(`<${name}(\\s[^>]*?)?/?>`, 'g');
  return [...body.matchAll(tag)].map((match) => ({ line: lineAt(body, match.index, firstLine), attributes: parseAttributes(match[1] ?? '') }));
}

/**
 * Every <Name …>…</Name> of the body, with the text it wraps. Blocks of one kind do not
 * nest in the guides (a <Steps> inside a <Steps> makes no sense), so each opening tag
 * closes at the next closing tag.
 */
export function findBlocks(body: string, name: string, firstLine: number): BlockUse[] {
  const open = new RegExp(`<${name}(\\s[^>]*?)?(/?)>`, 'g');
  const close = `</${name}>`;
  const blocks: BlockUse[] = [];
  for (const match of body.matchAll(open)) {
    // A self-closing tag wraps nothing.
    if (match[2] === '/') continue;
    const start = match.index + match[0].length;
    const end = body.indexOf(close, start);
    blocks.push({
      line: lineAt(body, match.index, firstLine),
      attributes: parseAttributes(match[1] ?? ''),
      content: end === -1 ? undefined : body.slice(start, end),
      offset: match.index,
    });
  }
  return blocks;
}
