/**
 * The blocks a guide's MDX body may use (src/components/guide/), with the props each takes:
 * one list for the components themselves, the content check (src/check/mdx-components.ts)
 * and the editors' guide. Astro passes them to every guide (guideComponents), so a guide
 * never imports them.
 */

/** The kinds of <Callout>, with the label each shows (it must not rely on colour). */
export const CALLOUT_LABELS = { note: 'Lưu ý', warning: 'Cảnh báo', danger: 'Nguy hiểm' } as const;
export type CalloutType = keyof typeof CALLOUT_LABELS;
export const CALLOUT_TYPES = Object.keys(CALLOUT_LABELS) as CalloutType[];

/**
 * What a prop takes: words ("text"), one of a list ("choice"), an image declared with
 * `import name from './hinh/….svg'` and given as {name} ("image"), a links.yaml id ("link"),
 * a phone number of digits, spaces allowed for reading ("phone").
 */
export type PropKind =
  | { kind: 'text' }
  | { kind: 'choice'; values: readonly string[]; labels?: Record<string, string> }
  | { kind: 'image' }
  | { kind: 'link' }
  | { kind: 'phone' };

/** A phone number as editors write it: digits, single spaces between groups ("1900 1234"). */
export const PHONE_NUMBER = /^\d+(?: \d+)*$/;

/** The number a tel: link dials: the digits alone. */
export function dialled(number: string): string {
  return number.replace(/\D/g, '');
}

export interface PropSpec {
  take: PropKind;
  required?: boolean;
}

export interface ComponentSpec {
  /** Wraps Markdown (<Steps> … </Steps>) rather than standing alone (<LinkCard … />). */
  wraps: boolean;
  props: Record<string, PropSpec>;
  /** How it is written, for messages. */
  example: string;
}

export const GUIDE_COMPONENTS = {
  Callout: {
    wraps: true,
    props: { type: { take: { kind: 'choice', values: CALLOUT_TYPES, labels: CALLOUT_LABELS } }, title: { take: { kind: 'text' } } },
    example: '<Callout type="warning" title="…">',
  },
  Figure: {
    wraps: false,
    props: { src: { take: { kind: 'image' }, required: true }, alt: { take: { kind: 'text' }, required: true }, caption: { take: { kind: 'text' } } },
    example: '<Figure src={anh} alt="…" caption="…" />',
  },
  HelpLine: {
    wraps: true,
    props: { number: { take: { kind: 'phone' }, required: true }, name: { take: { kind: 'text' }, required: true } },
    example: '<HelpLine number="113" name="Công an (gọi khi khẩn cấp)" />',
  },
  LinkCard: { wraps: false, props: { id: { take: { kind: 'link' }, required: true } }, example: '<LinkCard id="dich-vu-cong-quoc-gia" />' },
  Prepare: { wraps: true, props: {}, example: '<Prepare>' },
  Question: { wraps: true, props: { text: { take: { kind: 'text' }, required: true } }, example: '<Question text="Câu hỏi?">Đáp án.</Question>' },
  /** Wraps <Question>s only (src/check/mdx-quiz.ts). */
  Quiz: { wraps: true, props: {}, example: '<Quiz>' },
  Steps: { wraps: true, props: {}, example: '<Steps>' },
} as const satisfies Record<string, ComponentSpec>;

export type GuideComponentName = keyof typeof GUIDE_COMPONENTS;
export const GUIDE_COMPONENT_NAMES = Object.keys(GUIDE_COMPONENTS) as GuideComponentName[];

export function isGuideComponent(name: string): name is GuideComponentName {
  return Object.hasOwn(GUIDE_COMPONENTS, name);
}

export function componentSpec(name: GuideComponentName): ComponentSpec {
  return GUIDE_COMPONENTS[name];
}
