/**
 * The search page in the browser. Pagefind starts loading as soon as the page is shown (a
 * citizen who opened the search page is about to search); the query is read as concepts
 * (src/lib/search/query.ts), each word asked of the index, the pages ranked
 * (src/lib/search/rank.ts), and only the results on screen read back, ten at a time.
 * Results are plain text with the words marked: nothing typed is parsed as HTML.
 */
import { PAGE_TYPES } from '../lib/labels.ts';
import { foldWord } from '../lib/search/fold.ts';
import { markWords, type Marking } from '../lib/search/highlight.ts';
import { planQuery, synonymLookup, type Concept, type QueryPlan, type Synonyms } from '../lib/search/query.ts';
import { rankPages, type Hits, type RankedPage, type Ranking } from '../lib/search/rank.ts';
import { describeResults, markingOf, orderRead, quoted } from '../lib/search/results.ts';
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
  let showing: { plan: QueryPlan; ranking: Ranking; marking: Marking; index: SearchIndex; shown: number } | undefined;

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
      return found ? [{ page, data: found, title: found.meta.ten ?? '', content: found.content }] : [];
    });
    const items = orderRead(loaded, showing.plan, ranking.missing).map(({ page, data: found }) => renderResult(found, page, marking));
    list.append(...items);
    showing.shown = shown + next.length;
    more.hidden = showing.shown >= ranking.pages.length;
    list.hidden = list.children.length === 0;
    if (shown > 0) items[0]?.querySelector('a')?.focus();
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
    const filters = chosenFilters();
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
    showing = { plan, ranking, marking: markingOf(plan), index, shown: 0 };
    await showMore(ticket);
    if (ticket !== latest) return;
    tips.hidden = ranking.pages.length > 0;
    status.textContent = describeResults(query, plan, ranking);
    status.setAttribute('data-xong', '');
  }

  function chosenFilters(): Filters {
    const filters: Filters = {};
    if (type.value) filters.loai = type.value;
    if (year.value) filters.nam = year.value;
    // Only plans carry a province: choosing one searches that province's plans.
    if (province.value) filters.tinh = province.value;
    return filters;
  }

  /**
   * While the citizen types, the words already finished are asked of the index (its answers
   * are kept), so the chunks holding them are fetched during the typing, not after it.
   */
  function askFinishedWords(): void {
    const plan = planQuery(input.value, synonyms);
    const finished = plan.concepts.filter((concept) => !concept.prefix && !concept.optional);
    if (finished.length === 0) return;
    const filters = chosenFilters();
    void ready.then((index) => Promise.all(finished.map((concept) => index.concept(concept, filters))));
  }

  function soon(): void {
    clearTimeout(timer);
    askFinishedWords();
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
