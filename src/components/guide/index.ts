/** The components guides can use without importing them (passed to <Content />). */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import LinkCard from './LinkCard.astro';
import Prepare from './Prepare.astro';
import Steps from './Steps.astro';

export const guideComponents = { Callout, Figure, LinkCard, Prepare, Steps };
