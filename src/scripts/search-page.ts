/**
 * The search page in the browser. Pagefind starts loading as soon as the page is shown (a
 * citizen who opened the search page is about to search); the query is read as concepts
 * (src/lib/search/query.ts), each word asked of the index, the pages ranked
 * (src/lib/search/rank.ts), and only the results on screen read back, ten at a time.
 * Results are plain text with the words marked: nothing typed is parsed as HTML.
 */
import { PAGE_TYPES } from '../lib/labels.ts';
import { foldedWords, foldWord, searchForm } from '../lib/search/fold.ts';
import { markWords, type Marking } from '../lib/search/highlight.ts';
import { planQuery, synonymLookup, type Concept, type QueryPlan, type Synonyms } from '../lib/search/query.ts';
import { rankPages, type Hits, type RankedPage, type Ranking } from '../lib/search/rank.ts';
import { correctWord, MIN_TYPO_LENGTH } from '../lib/search/typo.ts';
import { loadPagefind, SearchIndex, type Filters, type ResultData } from './search-engine.ts';

const PAGE_SIZE = 10;
/** Wait for a pause in typing: every search asks the index several questions. */
const PAUSE_MS = 250;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} missing`);
  return found as T;
}

function readSynonyms(): Synonyms {
  try {
    const groups = JSON.parse(document.getElementById('tu-dong-nghia')?.dataset.nhom ?? '[]') as string[][];
    return synonymLookup(groups);
  } catch {
    return new Map();
  }
}

function marked(text: string, marking: Marking): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of markWords(text, marking)) {
    if (segment.marked) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(segment.text));
    }
  }
  return fragment;
}

const quoted = (concepts: readonly Concept[]) => concepts.map((concept) => `“${concept.typed}”`).join(', ');

function renderResult(data: ResultData, page: RankedPage, marking: Marking): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.append(marked(data.meta.ten ?? data.url, marking));
  heading.append(link);
  const kind = document.createElement('p');
  kind.className = 'search-kind';
  kind.textContent = [data.meta.loai ?? PAGE_TYPES.page, data.meta.nam, data.meta['dia-phuong']].filter(Boolean).join(' · ');
  item.append(heading, kind);
  if (data.meta['mo-ta']) {
    const description = document.createElement('p');
    description.append(marked(data.meta['mo-ta'], marking));
    item.append(description);
  }
  if (page.lacks.length > 0) {
    const lacks = document.createElement('p');
    lacks.className = 'search-lacks';
    lacks.textContent = `Không có: ${quoted(page.lacks)}`;
    item.append(lacks);
  }
  return item;
}

/** The words to mark in results: every form searched for, and the start being typed. */
function markingOf(plan: QueryPlan): Marking {
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const concept of plan.concepts) {
    for (const alternative of concept.alternatives) for (const word of alternative) words.add(foldWord(word));
    if (concept.prefix && concept.alternatives[0]?.[0]) prefixes.push(foldWord(concept.alternatives[0][0]));
  }
  return { words, prefixes: prefixes.filter((prefix) => prefix.length >= 3) };
}

/** The required words typed with tone marks, in search form, each concept's alternatives. */
function typedWithMarks(plan: QueryPlan): string[][] {
  return plan.concepts
    .filter((concept) => !concept.optional && concept.typed === concept.meant && foldWord(concept.typed) !== searchForm(concept.typed))
    .map((concept) => concept.typed.split(/\s+/).map(searchForm));
}

/** Whether a title holds every concept, in any of its forms. */
function titleHolds(title: string, concepts: readonly Concept[]): boolean {
  if (concepts.length === 0) return false;
  const words = new Set(foldedWords(title));
  return concepts.every((concept) => concept.alternatives.some((alternative) => alternative.every((word) => words.has(foldWord(word)))));
}

function holdsAsTyped(content: string, typed: readonly string[][]): boolean {
  if (typed.length === 0) return false;
  const words = new Set(content.split(' '));
  return typed.every((phrase) => phrase.every((word) => words.has(word)));
}

/**
 * Words no page holds, of four letters or more, replaced in the plan by the site's word one
 * slip away, if there is one that leads to pages.
 */
async function correctTypos(plan: QueryPlan, hits: Map<Concept, Hits>, index: SearchIndex, filters: Filters): Promise<void> {
  const lost = plan.concepts.filter(
    (concept) => !concept.optional && (hits.get(concept)?.size ?? 0) === 0 && concept.alternatives.every((words) => words.length === 1),
  );
  if (!lost.some((concept) => concept.alternatives.some(([word]) => (word ?? '').length >= MIN_TYPO_LENGTH))) return;
  const vocabulary = await index.words();
  for (const concept of lost) {
    for (const [word] of concept.alternatives) {
      const correction = correctWord(foldWord(word ?? ''), vocabulary);
      if (!correction) continue;
      const corrected: Concept = { ...concept, alternatives: [[correction]], prefix: false };
      const found = await index.concept(corrected, filters);
      if (found.size === 0) continue;
      concept.alternatives = corrected.alternatives;
      concept.meant = correction;
      concept.prefix = false;
      hits.set(concept, found);
      break;
    }
  }
}

export function startSearchPage(): void {
  const form = element<HTMLFormElement>('tim-kiem');
  const input = element<HTMLInputElement>('tu-khoa');
  const type = element<HTMLSelectElement>('loai');
  const year = element<HTMLSelectElement>('nam');
  const province = element<HTMLSelectElement>('tinh');
  const status = element<HTMLParagraphElement>('trang-thai');
  const list = element<HTMLOListElement>('ket-qua');
  const more = element<HTMLButtonElement>('xem-them');
  const tips = element<HTMLElement>('goi-y');
  const synonyms = readSynonyms();
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let showing:
    | { ranking: Ranking; marking: Marking; index: SearchIndex; shown: number; concepts: Concept[]; typedWithMarks: string[][] }
    | undefined;

  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  type.value = params.get('loai') ?? '';
  year.value = params.get('nam') ?? '';
  province.value = params.get('tinh') ?? '';
  status.textContent = '';
  // Whoever opens the search page is about to search: fetch Pagefind now, not on the first key.
  const ready = loadPagefind().then((pagefind) => new SearchIndex(pagefind));

  async function showMore(ticket: number): Promise<void> {
    if (!showing) return;
    const { ranking, marking, index, shown } = showing;
    const next = ranking.pages.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(next.map((page) => index.data(page.id)));
    if (ticket !== latest) return;
    const loaded = next.flatMap((page, at) => {
      const found = data[at];
      return found ? [{ page, data: found }] : [];
    });
    // Among the results read: first a page whose title holds every word (the page the citizen
    // means: the guide named "dịch vụ công", not the plan that repeats it), then, for words
    // typed with their marks ("đồng"), the pages holding them exactly (the index ranks "động"
    // alike), each group in the index's order.
    const { concepts, typedWithMarks } = showing;
    const rank = ({ data: found }: { data: ResultData }) =>
      (titleHolds(found.meta.ten ?? '', concepts) ? 0 : 2) + (holdsAsTyped(found.content, typedWithMarks) ? 0 : 1);
    const ordered = loaded.map((entry, at) => ({ ...entry, key: rank(entry) * PAGE_SIZE + at })).sort((a, b) => a.key - b.key);
    const items = ordered.map(({ page, data: found }) => renderResult(found, page, marking));
    list.append(...items);
    showing.shown = shown + next.length;
    more.hidden = showing.shown >= ranking.pages.length;
    list.hidden = list.children.length === 0;
    if (shown > 0) items[0]?.querySelector('a')?.focus();
  }

  function describe(query: string, plan: QueryPlan, ranking: Ranking): string {
    const count = ranking.pages.length;
    if (count === 0) return `Không tìm thấy trang nào có “${query}”.`;
    const typed = plan.concepts.map((concept) => concept.typed).join(' ');
    const meant = plan.concepts.map((concept) => concept.meant).join(' ');
    const instead = meant === typed ? '' : `Đang hiện kết quả cho “${meant}”`;
    if (ranking.complete) return instead ? `${instead}: ${count} trang.` : `Tìm thấy ${count} trang có “${query}”.`;
    const missing = ranking.missing.length > 0 ? ` Không tìm thấy ${quoted(ranking.missing)}.` : '';
    return `${instead ? `${instead}. ` : ''}Không trang nào có đủ các từ: đang hiện ${count} trang có nhiều từ nhất.${missing}`;
  }

  async function run(): Promise<void> {
    const query = input.value.trim();
    const ticket = ++latest;
    const url = new URL(window.location.href);
    for (const [key, value] of [['q', query], ['loai', type.value], ['nam', year.value], ['tinh', province.value]] as const) {
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    window.history.replaceState(null, '', url);
    status.removeAttribute('data-xong');
    if (query === '') {
      list.hidden = true;
      more.hidden = true;
      tips.hidden = true;
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Đang tìm…';
    const index = await ready;
    const filters: Filters = {};
    if (type.value) filters.loai = type.value;
    if (year.value) filters.nam = year.value;
    // Only plans carry a province: choosing one searches that province's plans.
    if (province.value) filters.tinh = province.value;
    const plan = planQuery(input.value, synonyms);
    const [types, ...found] = await Promise.all([index.typeOf(), ...plan.concepts.map((concept) => index.concept(concept, filters))]);
    if (ticket !== latest) return;
    const hits = new Map<Concept, Hits>(plan.concepts.map((concept, at) => [concept, found[at] ?? new Map()]));
    await correctTypos(plan, hits, index, filters);
    if (ticket !== latest) return;
    const ranking = rankPages(
      plan,
      plan.concepts.map((concept) => hits.get(concept) ?? new Map()),
      (id) => types.get(id),
    );
    list.replaceChildren();
    const required = plan.concepts.filter((concept) => !concept.optional && !concept.unfinished);
    showing = { ranking, marking: markingOf(plan), index, shown: 0, concepts: required, typedWithMarks: typedWithMarks(plan) };
    await showMore(ticket);
    if (ticket !== latest) return;
    tips.hidden = ranking.pages.length > 0;
    status.textContent = describe(query, plan, ranking);
    status.setAttribute('data-xong', '');
  }

  function soon(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), PAUSE_MS);
  }

  input.addEventListener('input', soon);
  type.addEventListener('change', () => void run());
  year.addEventListener('change', () => void run());
  province.addEventListener('change', () => void run());
  more.addEventListener('click', () => void showMore(latest));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  if (input.value) void run();
}
