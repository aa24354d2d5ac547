/**
 * The shape a guide needs for a reader on a phone: numbered steps, reached quickly. The
 * limit is measured: at 200 words before <Steps>, the first step of the shipped guides
 * starts within two screens of a 360×800 phone (1,600 px) at the default text size.
 */
import { findBlocks } from '../check/mdx-body.ts';
import { countWords } from './reading-time.ts';

export const MAX_WORDS_BEFORE_STEPS = 200;

export interface StepsStart {
  /** The words a reader passes before the first <Steps> block. */
  words: number;
  /** Line of the file on which that block opens. */
  line: number;
}

/** Where a guide's first <Steps> block opens; undefined when there is none. */
export function stepsStart(body: string, firstLine = 1): StepsStart | undefined {
  const block = findBlocks(body, 'Steps', firstLine)[0];
  return block && { words: countWords(body.slice(0, block.offset)), line: block.line };
}
