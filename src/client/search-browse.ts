/**
 * The search page's notice and its list of every section of every policy,
 * for when search cannot run in a browser that runs scripts (/search/,
 * src/pages/[...lang]/search/index.astro; without JavaScript a `<noscript>`
 * style shows them).
 *
 * The notice is hidden in the page as served, so that it does not show
 * while the search script loads. The list is a `<noscript>`: a browser that
 * runs scripts reads it as one text node and never lays it out (at 200
 * policies it is 2,200 elements). This script parses the list into the page
 * and shows the notice:
 *
 * - when the search script never started (its file, or a file it imports,
 *   did not load, or it failed before its first await): src/client/search.ts
 *   shows its search form as it starts, so a form still hidden when this
 *   script runs means it did not start;
 * - when the search script started but the index cannot load: it shows the
 *   notice (its `hidden` attribute removed), which this script observes, and
 *   the list follows.
 *
 * It imports nothing, so that Astro writes it into the page itself (a small
 * script with no imports is inlined) and it cannot fail to load the way the
 * search script can. It runs after the search script: the page's module
 * scripts run in the order of the page.
 */
const app = document.querySelector<HTMLElement>('[data-pp-search-app]');
const browse = document.querySelector<HTMLElement>('[data-pp-search-browse]');
if (browse) {
  const showList = () => {
    for (const list of browse.querySelectorAll('noscript[data-pp-search-browse-list]')) {
      const parsed = document.createElement('template');
      parsed.innerHTML = list.textContent ?? '';
      list.replaceWith(parsed.content);
    }
  };
  if (!app || app.hidden) {
    showList();
    browse.hidden = false;
  } else if (!browse.hidden) {
    // The index failed before this script ran.
    showList();
  } else {
    const shown = new MutationObserver(() => {
      if (browse.hidden) return;
      shown.disconnect();
      showList();
    });
    shown.observe(browse, { attributes: true, attributeFilter: ['hidden'] });
  }
}
