/**
 * Fits a banner's text into its box: picks the richest text variant that fits, wraps it
 * into lines and sizes it so that nothing is clipped and nothing is smaller than a
 * readable minimum. Measuring is passed in (the real font's advance widths) so the rule
 * is testable and the renderer draws exactly the lines decided here.
 */
export type Weight = 'bold' | 'medium';

export type Role = 'greeting' | 'theme' | 'slogan' | 'locality';

export interface TextBlock {
  role: Role;
  text: string;
  weight: Weight;
  /** Size relative to the greeting's. */
  scale: number;
  /** Most lines this block may take. */
  maxLines: number;
}

export type Measure = (text: string, fontSize: number, weight: Weight) => number;

export interface Box {
  width: number;
  height: number;
}

export interface Line {
  role: Role;
  text: string;
  weight: Weight;
  fontSize: number;
  /** Top of the line box, and its measured width. */
  y: number;
  width: number;
  lineHeight: number;
}

export interface Layout {
  variant: number;
  padding: number;
  minFontSize: number;
  lines: Line[];
  /** Top of the space kept above the text (the logo's), the text and it centred together. */
  aboveY: number;
}

/** Vietnamese stacks marks above capitals (Ể, Ố) and below (Ọ): lines need air. */
export const LINE_HEIGHT = 1.34;
/** Space between blocks, in greeting font sizes. */
export const BLOCK_GAP = 0.45;

export function paddingOf(box: Box): number {
  return Math.max(4, Math.round(Math.min(box.width, box.height) * 0.09));
}

/** The smallest text allowed on a banner: 11 px on web units, more on large formats. */
export function minFontSizeOf(box: Box): number {
  return Math.max(11, Math.round(Math.min(box.width, box.height) * 0.045));
}

/** Greedy word wrap; undefined when a word alone is wider than the box. */
export function wrap(text: string, fontSize: number, weight: Weight, width: number, measure: Measure): string[] | undefined {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (measure(word, fontSize, weight) > width) return undefined;
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate, fontSize, weight) <= width) {
      current = candidate;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * Word wrap with lines of even length: the narrowest width that still gives as few lines
 * as the greedy wrap, so a theme never ends on one lonely word.
 */
export function balancedWrap(text: string, fontSize: number, weight: Weight, width: number, measure: Measure): string[] | undefined {
  const greedy = wrap(text, fontSize, weight, width, measure);
  if (!greedy || greedy.length < 2) return greedy;
  let low = 0;
  let high = width;
  let best = greedy;
  for (let step = 0; step < 12; step += 1) {
    const middle = (low + high) / 2;
    const lines = wrap(text, fontSize, weight, middle, measure);
    if (lines && lines.length === greedy.length) {
      best = lines;
      high = middle;
    } else {
      low = middle;
    }
  }
  return best;
}

function attempt(blocks: readonly TextBlock[], base: number, inner: Box, measure: Measure): Array<{ block: TextBlock; lines: string[]; fontSize: number }> | undefined {
  const laid: Array<{ block: TextBlock; lines: string[]; fontSize: number }> = [];
  let height = 0;
  for (const [index, block] of blocks.entries()) {
    const fontSize = Math.floor(base * block.scale);
    const lines = wrap(block.text, fontSize, block.weight, inner.width, measure);
    if (!lines || lines.length > block.maxLines) return undefined;
    height += lines.length * fontSize * LINE_HEIGHT + (index > 0 ? base * BLOCK_GAP : 0);
    if (height > inner.height) return undefined;
    laid.push({ block, lines, fontSize });
  }
  return laid;
}

/**
 * Tries each variant in order (richest first) and, for each, the largest greeting size
 * that fits; takes the first variant whose every line is at least the minimum size.
 * `above` keeps that much height free above the text, for a logo.
 */
export function layoutBanner(box: Box, variants: readonly (readonly TextBlock[])[], measure: Measure, above = 0): Layout {
  const padding = paddingOf(box);
  const minFontSize = minFontSizeOf(box);
  const inner = { width: box.width - 2 * padding, height: box.height - 2 * padding - above };
  for (const [variant, blocks] of variants.entries()) {
    const smallestScale = Math.min(...blocks.map((block) => block.scale));
    const floor = Math.ceil(minFontSize / smallestScale);
    const fits = (base: number) => attempt(blocks, base, inner, measure) !== undefined;
    // Larger text fits less, so search the largest size that fits by halving, then step
    // down from just above it in case wrapping made the rule uneven there.
    let low = floor;
    let high = Math.floor(inner.height / LINE_HEIGHT);
    if (high < low || !fits(low)) continue;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits(middle)) low = middle;
      else high = middle - 1;
    }
    for (let base = Math.min(Math.floor(inner.height / LINE_HEIGHT), low + 3); base >= floor; base -= 1) {
      const found = attempt(blocks, base, inner, measure);
      if (!found) continue;
      // Even out each block's lines now that the size is known; the count stays the same.
      const laid = found.map((entry) => ({ ...entry, lines: balancedWrap(entry.block.text, entry.fontSize, entry.block.weight, inner.width, measure) ?? entry.lines }));
      const total = laid.reduce((sum, entry, index) => sum + entry.lines.length * entry.fontSize * LINE_HEIGHT + (index > 0 ? base * BLOCK_GAP : 0), 0);
      const aboveY = padding + (inner.height - total) / 2;
      let y = aboveY + above;
      const lines: Line[] = [];
      for (const [index, entry] of laid.entries()) {
        if (index > 0) y += base * BLOCK_GAP;
        for (const text of entry.lines) {
          const lineHeight = entry.fontSize * LINE_HEIGHT;
          lines.push({ role: entry.block.role, text, weight: entry.block.weight, fontSize: entry.fontSize, y, width: measure(text, entry.fontSize, entry.block.weight), lineHeight });
          y += lineHeight;
        }
      }
      return { variant, padding, minFontSize, lines, aboveY };
    }
  }
  throw new Error(`No text variant fits a ${box.width}×${box.height} banner at ${minFontSize} px or more`);
}
