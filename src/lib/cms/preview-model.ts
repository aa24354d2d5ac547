/**
 * What the web editor's preview shows of a plan or a guide being edited, in the words the
 * portal's own pages use (src/pages/ke-hoach/[slug]/index.astro, ActivityTable.astro,
 * src/pages/ky-nang-so/[skill].astro). Pure and forgiving: a draft is often half filled,
 * so a missing or mistyped field shows as a gap or as typed, never as an error.
 */
import { formatRange, parseDate, type IsoDate } from '../dates.ts';
import { LEVEL_LABELS, localityName, SKILL_LABELS } from '../labels.ts';
import type { Level } from '../../schemas/common.ts';
import type { Skill } from '../../schemas/skills.ts';

type Draft = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(text).filter(Boolean) : []);
const record = (value: unknown): Draft => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Draft) : {});
const isLevel = (value: unknown): value is Level => typeof value === 'string' && Object.hasOwn(LEVEL_LABELS, value);

function iso(value: unknown): IsoDate | undefined {
  const parsed = parseDate(text(value));
  return parsed.ok ? parsed.iso : undefined;
}

export interface Fact {
  term: string;
  detail: string;
  note?: string;
}

export interface ActivityRow {
  /** The dates as the portal shows them, or "Thường xuyên", or the period alone when the dates are not readable yet. */
  when: string;
  period?: string;
  task: string;
  lead: string[];
  partners: string[];
}

export interface PlanPreview {
  heading: string;
  title: string;
  facts: Fact[];
  slogans: string[];
  summary: string;
  activities: ActivityRow[];
}

function activityRow(draft: Draft): ActivityRow {
  const start = iso(draft.start);
  const end = iso(draft.end);
  const period = text(draft.period);
  const ongoing = draft.ongoing === true;
  const when = start && end ? formatRange(start, end) : ongoing ? 'Thường xuyên' : period || 'Chưa ghi thời gian';
  return {
    when,
    ...(period && !(ongoing && period === 'Thường xuyên') && when !== period ? { period } : {}),
    task: text(draft.task),
    lead: texts(draft.lead),
    partners: texts(draft.partners),
  };
}

export function planPreview(draft: Draft): PlanPreview {
  const locality = record(draft.locality);
  const year = text(draft.year);
  const issuer = text(draft.issuer);
  const facts: Fact[] = [{ term: 'Cơ quan ban hành', detail: issuer }];
  if (text(locality.name) && isLevel(locality.level)) {
    const place = { name: text(locality.name), level: locality.level, province: text(locality.province) || undefined };
    facts.push({ term: 'Địa phương', detail: `${localityName(place)} · ${LEVEL_LABELS[locality.level]}` });
  }
  facts.push({ term: 'Năm', detail: year ? `Ngày Chuyển đổi số quốc gia năm ${year}` : '' });
  const number = text(draft.number);
  const asWritten = text(draft.asWritten);
  const date = iso(draft.date);
  facts.push({
    term: 'Số, ngày văn bản',
    detail: `${number || (asWritten ? 'Văn bản để trống số' : 'Không rõ')}${date ? `, ngày ${text(draft.date)}` : ''}`,
    ...(asWritten ? { note: `(văn bản ghi: ${asWritten})` } : {}),
  });
  const signer = record(draft.signer);
  if (text(signer.name)) facts.push({ term: 'Người ký', detail: [text(signer.name), text(signer.title)].filter(Boolean).join(', ') });
  const implemented = (Array.isArray(draft.implements) ? draft.implements : []).map(record).map((doc) => {
    const head = [text(doc.number) && `Số ${text(doc.number)}`, text(doc.date) && `ngày ${text(doc.date)}`, text(doc.issuer)].filter(Boolean).join(', ');
    return head ? `${head}: ${text(doc.title)}` : text(doc.title);
  });
  if (implemented.length > 0) facts.push({ term: 'Căn cứ, thực hiện', detail: implemented.join('; ') });
  const activities = (Array.isArray(draft.activities) ? draft.activities : []).map(record);
  return {
    heading: `Kế hoạch ${year} của ${issuer}`,
    title: text(draft.title),
    facts,
    slogans: texts(draft.slogans),
    // The plan page's own sentence (src/pages/ke-hoach/[slug]/index.astro).
    summary: `${activities.length} hoạt động, trong đó ${activities.filter((activity) => activity.ongoing !== true).length} hoạt động có thời gian cụ thể.`,
    activities: activities.map(activityRow),
  };
}

export interface GuidePreview {
  title: string;
  meta: string;
  audience: string;
}

export function guidePreview(draft: Draft): GuidePreview {
  const skill = text(draft.skill);
  const order = text(draft.order);
  const updated = text(draft.updated);
  return {
    title: text(draft.title) || (Object.hasOwn(SKILL_LABELS, skill) ? SKILL_LABELS[skill as Skill] : ''),
    meta: [order && `Kỹ năng ${order}/5`, updated && `Cập nhật ${updated}`].filter(Boolean).join(' · '),
    audience: text(draft.audience),
  };
}
