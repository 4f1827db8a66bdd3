/**
 * The /search/ page's behaviour: a small accessible UI over the Pagefind JS
 * API (`/pagefind/pagefind.js`, loaded from this origin on first use).
 *
 * - The query and filters live in the URL: typing replaces the current
 *   history entry, submitting or changing a filter adds one, and the back
 *   button (popstate) restores the controls and the results. Filter values
 *   are identifiers (technology slugs, section keys: see filters.ts); a link
 *   with display names is read as identifiers and its URL rewritten in place.
 *   The technologies' names come from the page (`data-pp-technologies`).
 * - A query longer than MAX_QUERY_LENGTH (possible in a URL) is cut, and the
 *   page says so beside the box and in the announced status.
 * - The result count is announced through a polite live region; on submit
 *   focus moves to the results heading; "Show more" moves focus to the
 *   first added result.
 * - Pure parts (URL state, excerpts, links, messages) are in src/lib/search/.
 * - The first search of a visit: Pagefind runs in the page, not in its web
 *   worker (no second script to fetch and start before the index loads), and
 *   uses the build's cache tag from the page's preload hints (written by
 *   `npm run index`) so its entry file is the one already preloaded. The
 *   filter values are asked for only once the first results are shown. The
 *   runtime's files are inflated by the browser, not by Pagefind's gunzip in
 *   JavaScript (src/lib/search/inflate.ts). No worker warms the platform's
 *   text segmentation any more: without Chromium's hidden WebUI renderer its
 *   start-up cost the 2-core bench machine more than it saved (2026-12-04).
 *   Counts under 1,000 are written with the digits the page embeds
 *   (`data-pp-digits`), and the runtime skips `Intl.Segmenter` for a
 *   Latin-script query, so a first search makes neither Intl.NumberFormat nor
 *   Intl.Segmenter before its results are shown (a page's first one of
 *   either costs 25 to 45 ms).
 *   Figures: BENCHMARKS.md, "Search".
 * - Words are in the page's language: the page embeds its messages
 *   (`data-pp-messages`, from src/i18n/messages/site-search.ts; English when
 *   missing). Pagefind picks the index of the page's `<html lang>`, so
 *   results are the pages (and policy section records) of that language;
 *   the addresses this code writes (the search URL, result links) are
 *   localized with `localizePath` for the language of the page's path.
 * - The policy text is indexed once, in English. The English index holds it;
 *   the page of any other language also loads the policy text bundle
 *   (src/lib/search/bundles.ts: its own copy of Pagefind's runtime, so that
 *   the English text is searched with the English stemmer) and asks both
 *   indexes every question, merging the answers.
 */
import {
  FILTER_NAMES,
  type FilterName,
  type TechnologyNames,
  anyFilterLabel,
  filterValueLabel,
  sortFilterValues,
} from '../lib/search/filters.ts';
import { localizePath, splitLocale } from '../i18n/locales.ts';
import {
  type FilterCounts,
  PAGEFIND_BASE,
  POLICY_TEXT_BASE,
  type SearchIndex,
  combineIndexes,
  usesPolicyTextBundle,
} from '../lib/search/bundles.ts';
import { formatNumber, useSmallNumberDigits } from '../i18n/format.ts';
import { inflatingFetch } from '../lib/search/inflate.ts';
import { fillText } from '../lib/text-template.ts';
import { type SearchText, readSearchMessages } from '../lib/search/messages.ts';
import {
  type PagefindResultData,
  type ResultView,
  resultCountMessage,
  resultView,
} from '../lib/search/results.ts';
import {
  type SearchState,
  cutQueryLength,
  hasFilters,
  normalizeQuery,
  pagefindFilters,
  parseSearchParams,
  queryCutMessage,
  SEARCH_PATH,
  sameState,
  searchUrl,
  withFilter,
} from '../lib/search/url-state.ts';

/** Results rendered per page of results. */
const PAGE_SIZE = 10;
/** Results shown (and the count announced) before the rest of the first page arrives. */
const FIRST_PAINT = 3;
/** Delay after the last keystroke before searching. */
const TYPING_DELAY_MS = 200;

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

/** Pagefind's module (`pagefind.js`), as far as this page uses it. */
interface Pagefind extends SearchIndex<PagefindResult> {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
}

/**
 * Loads and starts the Pagefind runtime of the bundle at `base`, with the
 * cache tag of its index from the page's preload hints (written by
 * `npm run index` in the attribute `tagAttribute`).
 */
async function openBundle(base: string, tagAttribute: string): Promise<Pagefind> {
  const url = `${base}pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  const tag = document
    .querySelector<HTMLElement>(`link[${tagAttribute}]`)
    ?.getAttribute(tagAttribute);
  await pagefind.options({
    excerptLength: 24,
    noWorker: true,
    ...(tag ? { metaCacheTag: tag } : {}),
  });
  await pagefind.init();
  return pagefind;
}

const app = document.querySelector<HTMLElement>('[data-pp-search-app]');
if (app) {
  // Pagefind's runtime fetches its files with the page's fetch: they arrive inflated.
  window.fetch = inflatingFetch(
    window.fetch.bind(window),
    new URL(PAGEFIND_BASE, location.href).href,
  );
  void start(app);
}

function req<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`search page: ${selector} is missing`);
  return el;
}

async function start(root: HTMLElement): Promise<void> {
  const browse = document.querySelector<HTMLElement>('[data-pp-search-browse]');
  const form = req<HTMLFormElement>(root, 'form');
  const input = req<HTMLInputElement>(root, 'input[name="q"]');
  const status = req<HTMLElement>(root, '[data-pp-search-status]');
  const heading = req<HTMLElement>(root, '[data-pp-search-heading]');
  const list = req<HTMLOListElement>(root, '[data-pp-search-results]');
  const more = req<HTMLButtonElement>(root, '[data-pp-search-more]');
  const clear = req<HTMLButtonElement>(root, '[data-pp-search-clear]');
  const cutNotice = root.querySelector<HTMLElement>('[data-pp-search-cut]');
  let technologies: TechnologyNames = {};
  try {
    const parsed: unknown = JSON.parse(root.dataset['ppTechnologies'] ?? '{}');
    if (parsed && typeof parsed === 'object') technologies = parsed as TechnologyNames;
  } catch {
    // Without names the filter shows slugs; the search itself still works.
  }
  const { locale } = splitLocale(location.pathname);
  const text: SearchText = { locale, m: readSearchMessages(root.dataset['ppMessages']) };
  // Counts under 1,000 are written with the page's digits, without Intl (src/i18n/format.ts).
  const digits = root.dataset['ppDigits'];
  if (digits)
    try {
      useSmallNumberDigits(locale, digits);
    } catch {
      // Not ten digits (a fault of the build): Intl writes every number, the search still works.
    }
  const { m } = text;
  const searchPath = localizePath(locale, SEARCH_PATH);
  const selects = new Map<FilterName, HTMLSelectElement>();
  for (const name of FILTER_NAMES)
    selects.set(name, req<HTMLSelectElement>(root, `select[name="${name}"]`));

  /** Length of the query as typed or linked when it was cut, else null. */
  let cutLength: number | null = null;
  const showCut = () => {
    if (!cutNotice) return;
    cutNotice.textContent = cutLength === null ? '' : queryCutMessage(cutLength, text);
    cutNotice.hidden = cutLength === null;
  };
  /**
   * Reads the search from the address bar. A link that is not in canonical
   * form (display names, an overlong query) is rewritten in place to the URL
   * of what is searched, without a new history entry.
   */
  const readLocation = (): SearchState => {
    const next = parseSearchParams(location.search, technologies);
    cutLength = cutQueryLength(new URLSearchParams(location.search).get('q') ?? '');
    const url = searchUrl(next, searchPath);
    if (url !== location.pathname + location.search) history.replaceState(history.state, '', url);
    showCut();
    return next;
  };
  let state = readLocation();
  // Shows the state's filter values at once, before their counts are known.
  const syncSelects = () => {
    for (const [name, select] of selects) {
      const value = state.filters[name]?.[0] ?? '';
      if (value && ![...select.options].some((o) => o.value === value))
        select.add(new Option(filterValueLabel(name, value, technologies, m), value));
      select.value = value;
    }
  };
  input.value = state.q;
  syncSelects();
  root.hidden = false;

  const unavailable = () => {
    status.setAttribute('role', 'alert');
    status.textContent = m.unavailable;
    // Shown, the notice gets its list of every policy section (src/client/search-browse.ts).
    if (browse) browse.hidden = false;
  };
  let pagefind: SearchIndex<PagefindResult>;
  try {
    const [own, policyText] = await Promise.all([
      openBundle(PAGEFIND_BASE, 'data-pp-pagefind-tag'),
      usesPolicyTextBundle(locale)
        ? openBundle(POLICY_TEXT_BASE, 'data-pp-pagefind-text-tag')
        : null,
    ]);
    pagefind = policyText ? combineIndexes(own, policyText) : own;
  } catch {
    unavailable();
    return;
  }

  // Every filter value and its count: loads all filter chunks, so it is asked for once
  // the first results of a search are shown, not on the way to them.
  let totals: FilterCounts = {};
  let totalsReady = false;
  let totalsPromise: Promise<void> | null = null;
  const totalsLoaded = (): Promise<void> =>
    (totalsPromise ??= pagefind.filters().then(
      (t) => {
        totals = t;
        totalsReady = true;
      },
      (err: unknown) => {
        console.error('search: the filter values could not be loaded', err);
      },
    ));

  let seq = 0;
  let shown: PagefindResult[] = [];
  let rendered = 0;

  const fillSelects = (counts: FilterCounts) => {
    for (const [name, select] of selects) {
      const selected = state.filters[name] ?? [];
      const values = sortFilterValues(
        name,
        [...Object.keys(totals[name] ?? {}), ...selected],
        technologies,
      );
      const options = [new Option(anyFilterLabel(name, m), '')];
      for (const v of values) {
        const n = counts[name]?.[v] ?? 0;
        const label = filterValueLabel(name, v, technologies, m);
        options.push(new Option(fillText(m.optionCount, { label, n: formatNumber(locale, n) }), v));
      }
      select.replaceChildren(...options);
      select.value = selected[0] ?? '';
    }
  };

  const renderResult = (view: ResultView): HTMLLIElement => {
    const li = document.createElement('li');
    li.className = 'pp-search-result';
    const h = document.createElement('h3');
    h.className = 'pp-search-result__title';
    const a = document.createElement('a');
    a.href = localizePath(locale, view.url);
    a.textContent = view.title;
    h.append(a);
    li.append(h);
    if (view.description) {
      const d = document.createElement('p');
      d.className = 'pp-search-result__meta';
      d.textContent = view.description;
      li.append(d);
    }
    const ex = document.createElement('p');
    ex.className = 'pp-search-result__excerpt';
    ex.innerHTML = view.excerpt; // safeExcerpt(): escaped text with <mark> only
    li.append(ex);
    if (view.subResults.length) {
      const ul = document.createElement('ul');
      ul.className = 'pp-search-result__subs';
      ul.setAttribute('aria-label', fillText(m.matchingIn, { title: view.title }));
      for (const s of view.subResults) {
        const sli = document.createElement('li');
        const sa = document.createElement('a');
        sa.href = localizePath(locale, s.url);
        sa.textContent = s.title;
        const sp = document.createElement('p');
        sp.className = 'pp-search-result__excerpt';
        sp.innerHTML = s.excerpt; // safeExcerpt(): escaped text with <mark> only
        sli.append(sa, sp);
        ul.append(sli);
      }
      li.append(ul);
    }
    return li;
  };

  const updateMore = () => {
    more.hidden = rendered >= shown.length;
    more.textContent = fillText(m.showMoreCount, {
      n: formatNumber(locale, shown.length - rendered),
    });
  };

  const renderMore = async (token: number) => {
    const batch = shown.slice(rendered, rendered + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (token !== seq) return;
    const items = data.map((d) => renderResult(resultView(d, technologies, text)));
    list.append(...items);
    rendered += batch.length;
    updateMore();
    items[0]?.querySelector('a')?.focus();
  };

  const runSearch = async (focusResults: boolean) => {
    const token = ++seq;
    if (!state.q && !hasFilters(state)) {
      shown = [];
      rendered = 0;
      list.replaceChildren();
      updateMore();
      heading.hidden = true;
      status.textContent = m.prompt;
      await totalsLoaded();
      if (token === seq) fillSelects(totals);
      return;
    }
    const countsKnown = totalsReady;
    const search = await pagefind.search(state.q || null, { filters: pagefindFilters(state) });
    if (token !== seq) return;
    shown = search.results;
    // The first few results are fetched, shown and announced before the rest of the page
    // is asked for: the rest's fragments would compete with theirs for the network and
    // the main thread.
    const head = await Promise.all(shown.slice(0, FIRST_PAINT).map((r) => r.data()));
    if (token !== seq) return;
    list.replaceChildren(...head.map((d) => renderResult(resultView(d, technologies, text))));
    rendered = head.length;
    updateMore();
    heading.hidden = false;
    const message = resultCountMessage(shown.length, state, technologies, text);
    status.textContent =
      cutLength === null
        ? message
        : fillText(m.withCut, { message, cut: queryCutMessage(cutLength, text) });
    if (focusResults) heading.focus();
    void totalsLoaded();
    const tail = await Promise.all(shown.slice(FIRST_PAINT, PAGE_SIZE).map((r) => r.data()));
    if (token !== seq) return;
    list.append(...tail.map((d) => renderResult(resultView(d, technologies, text))));
    rendered += tail.length;
    updateMore();
    // Filter counts follow the results, off the path to the first paint. A search run
    // before the filter chunks arrived has no counts: ask again (the index is loaded).
    let counts = search.filters;
    if (!countsKnown) {
      await totalsLoaded();
      if (token !== seq) return;
      counts = (await pagefind.search(state.q || null, { filters: pagefindFilters(state) }))
        .filters;
      if (token !== seq) return;
    }
    fillSelects(counts);
  };

  /** Searches for the state; a failure (an index file that cannot be fetched) is said as unavailability. */
  const run = (focusResults: boolean): Promise<void> =>
    runSearch(focusResults).catch((err: unknown) => {
      console.error('search: the search failed', err);
      unavailable();
    });

  const navigate = (next: SearchState, mode: 'push' | 'replace', focusResults: boolean) => {
    const changed = !sameState(next, state);
    state = next;
    const url = searchUrl(state, searchPath);
    if (changed && mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run(focusResults);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    // Fetch the index chunks for the words typed so far while the user is still typing.
    const typed = normalizeQuery(input.value);
    if (typed) void pagefind.preload(typed, { filters: pagefindFilters(state) });
    typing = setTimeout(() => {
      const next = { ...state, q: normalizeQuery(input.value) };
      if (!sameState(next, state)) {
        cutLength = cutQueryLength(input.value);
        showCut();
        navigate(next, 'replace', false);
      }
    }, TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    cutLength = cutQueryLength(input.value);
    showCut();
    navigate({ ...state, q: normalizeQuery(input.value) }, 'push', true);
  });
  for (const [name, select] of selects)
    select.addEventListener('change', () => {
      navigate(withFilter(state, name, select.value ? [select.value] : []), 'push', false);
    });
  clear.addEventListener('click', () => {
    navigate({ q: state.q, filters: {} }, 'push', false);
  });
  more.addEventListener('click', () => {
    void renderMore(seq);
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typing);
    state = readLocation();
    input.value = state.q;
    syncSelects();
    void run(false);
  });

  await run(false);
}
