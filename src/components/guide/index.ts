/** The components guides can use without importing them (passed to <Content />). */
import type { GuideComponentName } from '../../lib/guide-components.ts';
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import HelpLine from './HelpLine.astro';
import LinkCard from './LinkCard.astro';
import Prepare from './Prepare.astro';
import Question from './Question.astro';
import Quiz from './Quiz.astro';
import Steps from './Steps.astro';

/** Exactly the blocks the content check lets a guide use (src/lib/guide-components.ts). */
export const guideComponents = { Callout, Figure, HelpLine, LinkCard, Prepare, Question, Quiz, Steps } satisfies Record<GuideComponentName, unknown>;
