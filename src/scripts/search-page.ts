/**
 * The search page in the browser. Pagefind (its script, WebAssembly and index) is fetched
 * only when someone focuses the box or arrives with a query, so no other page view pays
 * for search. Results are filtered to pages that hold every word typed, whatever the
 * tone marks or the đ, and shown as plain text with the words marked.
 */
import { PAGE_TYPES } from '../lib/labels.ts';
import { excerpt, queryTerms, refine } from '../lib/vietnamese.ts';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
  /** Elements with an id: the headings among them name the page's sections. */
  anchors?: Array<{ element: string; text: string }>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    query: string,
    options: { filters?: Record<string, string> },
    timeout?: number,
  ): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
}

/**
 * Pagefind's results are read a batch at a time, keeping those that hold every word,
 * until enough are found or `MAX_CANDIDATES` are read: on a portal of thousands of plans
 * the page sought may rank below pages that hold only part of the query.
 */
const BATCH = 20;
const MAX_CANDIDATES = 160;
const SHOWN = 20;

let loading: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  loading ??= import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`).then(async (module: PagefindApi) => {
    await module.options({ excerptLength: 0 });
    return module;
  });
  return loading;
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} missing`);
  return found as T;
}

function renderResult(data: PagefindResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const kind = document.createElement('p');
  kind.className = 'search-kind';
  kind.textContent = [data.meta.loai ?? PAGE_TYPES.page, data.meta.nam, data.meta['dia-phuong']].filter(Boolean).join(' · ');
  const passage = document.createElement('p');
  for (const segment of excerpt(data.content, queryTerms(query))) {
    if (segment.marked) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      passage.append(mark);
    } else {
      passage.append(document.createTextNode(segment.text));
    }
  }
  item.append(heading, kind, passage);
  return item;
}

export function startSearchPage(): void {
  const form = element<HTMLFormElement>('tim-kiem');
  const input = element<HTMLInputElement>('tu-khoa');
  const type = element<HTMLSelectElement>('loai');
  const year = element<HTMLSelectElement>('nam');
  const province = element<HTMLSelectElement>('tinh');
  const status = element<HTMLParagraphElement>('trang-thai');
  const list = element<HTMLOListElement>('ket-qua');
  let latest = 0;

  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  type.value = params.get('loai') ?? '';
  year.value = params.get('nam') ?? '';
  province.value = params.get('tinh') ?? '';
  status.textContent = '';

  async function run(): Promise<void> {
    const query = input.value.trim();
    const ticket = ++latest;
    const url = new URL(window.location.href);
    for (const [key, value] of [['q', query], ['loai', type.value], ['nam', year.value], ['tinh', province.value]] as const) {
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    window.history.replaceState(null, '', url);
    if (query === '') {
      list.hidden = true;
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Đang tìm…';
    const pagefind = await loadPagefind();
    const filters: Record<string, string> = {};
    if (type.value) filters.loai = type.value;
    if (year.value) filters.nam = year.value;
    // Only plans carry a province: choosing one searches that province's plans.
    if (province.value) filters.tinh = province.value;
    const search = await pagefind.debouncedSearch(query, { filters }, 200);
    if (search === null || ticket !== latest) return;
    const candidateOf = (data: PagefindResultData) => ({
      title: data.meta.title ?? '',
      text: data.content,
      headings: (data.anchors ?? []).filter((anchor) => /^h[2-6]$/.test(anchor.element)).map((anchor) => anchor.text),
    });
    const candidates: PagefindResultData[] = [];
    let kept: PagefindResultData[] = [];
    for (let start = 0; start < Math.min(search.results.length, MAX_CANDIDATES) && kept.length < SHOWN; start += BATCH) {
      candidates.push(...(await Promise.all(search.results.slice(start, start + BATCH).map((result) => result.data()))));
      if (ticket !== latest) return;
      kept = refine(candidates, query, candidateOf);
    }
    const found = kept.slice(0, SHOWN);
    list.replaceChildren(...found.map((data) => renderResult(data, query)));
    list.hidden = found.length === 0;
    status.textContent =
      found.length === 0
        ? `Không tìm thấy trang nào có “${query}”. Thử bớt từ, hoặc xem các trang chính dưới đây.`
        : `Tìm thấy ${found.length} trang có “${query}”.`;
  }

  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  input.addEventListener('input', () => void run());
  type.addEventListener('change', () => void run());
  year.addEventListener('change', () => void run());
  province.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  if (input.value) void run();
}
