/** The components guides can use without importing them (passed to <Content />). */
import type { GuideComponentName } from '../../lib/guide-components.ts';
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import LinkCard from './LinkCard.astro';
import Prepare from './Prepare.astro';
import Steps from './Steps.astro';

/** Exactly the blocks the content check lets a guide use (src/lib/guide-components.ts). */
export const guideComponents = { Callout, Figure, LinkCard, Prepare, Steps } satisfies Record<GuideComponentName, unknown>;
