/**
 * The web editor's previews of a plan and a guide, drawn with the portal's own markup and
 * stylesheet so an editor sees the page as citizens will (Sveltia runs preview templates
 * as React components; it brings its own React DOM, we only build elements: no hooks).
 * The words come from src/lib/cms/preview-model.ts.
 */
import { createElement as h, type ReactElement, type ReactNode } from 'react';
import { guidePreview, planPreview, type ActivityRow } from '../lib/cms/preview-model.ts';

interface TemplateProps {
  entry: { get(key: 'data'): { toJS(): Record<string, unknown> } | undefined };
  widgetFor(keyPath: string): ReactElement;
}

const data = (props: TemplateProps) => props.entry.get('data')?.toJS() ?? {};
const list = (items: string[]) => h('ul', null, ...items.map((item, key) => h('li', { key }, item)));

function activityRow(row: ActivityRow, key: number): ReactElement {
  return h(
    'tr',
    { key },
    h('td', { className: 'when', 'data-label': 'Thời gian' }, h('strong', null, row.when), ...(row.period ? [h('br'), h('span', { className: 'muted' }, `Văn bản ghi: ${row.period}`)] : [])),
    h('td', { 'data-label': 'Nhiệm vụ' }, row.task),
    h('td', { 'data-label': 'Chủ trì' }, list(row.lead)),
    h('td', { 'data-label': 'Phối hợp' }, row.partners.length > 0 ? list(row.partners) : h('span', { className: 'muted' }, 'Văn bản không ghi')),
  );
}

function page(...children: ReactNode[]): ReactElement {
  return h('main', { id: 'noi-dung' }, h('div', { className: 'wrap' }, ...children));
}

export function PlanPreview(props: TemplateProps): ReactElement {
  const plan = planPreview(data(props));
  return page(
    h('h1', null, plan.title),
    h('dl', { className: 'facts' }, ...plan.facts.flatMap((fact, key) => [h('dt', { key: `t${key}` }, fact.term), h('dd', { key: `d${key}` }, fact.detail, fact.note ? h('span', { className: 'muted' }, ` ${fact.note}`) : null)])),
    h('div', { className: 'prose' }, props.widgetFor('body')),
    ...(plan.slogans.length > 0 ? [h('h2', null, 'Chủ đề, khẩu hiệu trong kế hoạch'), list(plan.slogans)] : []),
    h('h2', null, 'Các hoạt động'),
    h('p', null, plan.summary),
    h(
      'table',
      { className: 'activities' },
      h('caption', { className: 'muted' }, `Các hoạt động trong kế hoạch, theo thứ tự của văn bản`),
      h('thead', null, h('tr', null, ...['Thời gian', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp'].map((label) => h('th', { scope: 'col', key: label }, label)))),
      h('tbody', null, ...plan.activities.map(activityRow)),
    ),
  );
}

export function GuidePreview(props: TemplateProps): ReactElement {
  const guide = guidePreview(data(props));
  return page(
    h('h1', null, guide.title),
    h('p', { className: 'guide-meta' }, guide.meta),
    h('div', { className: 'prose guide' }, props.widgetFor('body')),
    h('section', { className: 'guide-audience' }, h('h2', null, 'Hướng dẫn này dành cho ai'), h('p', null, guide.audience)),
  );
}
