/**
 * The shape a guide needs for a reader on a phone: numbered steps, reached quickly. The
 * limit is measured: at 200 words before <Steps>, the first step of the shipped guides
 * starts within two screens of a 360×800 phone (1,600 px) at the default text size.
 */
import { countWords } from './reading-time.ts';

export const MAX_WORDS_BEFORE_STEPS = 200;

const STEPS_TAG = /<Steps[\s>]/;

/** The words a reader passes before the first <Steps> block; undefined when there is none. */
export function wordsBeforeSteps(body: string): number | undefined {
  const at = body.search(STEPS_TAG);
  return at < 0 ? undefined : countWords(body.slice(0, at));
}

/** 1-based line of the body on which the first <Steps> block opens. */
export function stepsLine(body: string): number | undefined {
  const at = body.search(STEPS_TAG);
  return at < 0 ? undefined : body.slice(0, at).split('\n').length;
}
