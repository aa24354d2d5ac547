/**
 * What the guide bodies ask of other content, read from the MDX text itself: the link ids
 * of <LinkCard> and the alt text of <Figure>. Reading the text (rather than rendering)
 * lets the content check name the line an editor has to fix.
 */

export interface ComponentUse {
  /** 1-based line of the tag in the file. */
  line: number;
  attributes: Record<string, string | true>;
}

const ATTRIBUTE = /([A-Za-z]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

export function findComponent(body: string, name: string, firstLine: number): ComponentUse[] {
  const uses: ComponentUse[] = [];
  const tag = new RegExp(`<${name}(\\s[^>]*?)?/?>`, 'g');
  for (const match of body.matchAll(tag)) {
    const attributes: Record<string, string | true> = {};
    for (const attribute of (match[1] ?? '').matchAll(ATTRIBUTE)) {
      const [, key, double, single, expression] = attribute;
      if (key) attributes[key] = double ?? single ?? (expression !== undefined ? `{${expression}}` : true);
    }
    const line = firstLine + body.slice(0, match.index).split('\n').length - 1;
    uses.push({ line, attributes });
  }
  return uses;
}
