/**
 * The search page's list of every section of every policy, for when search
 * cannot run (/search/, src/pages/[...lang]/search/index.astro).
 *
 * The list is a `<noscript>`: a browser that runs scripts reads it as one
 * text node and never lays it out (at 200 policies it is 2,200 elements).
 * The page's notice, which says the list is below, is shown whenever search
 * is not running; this script parses the list into the page whenever the
 * notice is shown in a browser that runs scripts:
 *
 * - the search script never ran (its file, or a file it imports, did not
 *   load): src/client/search.ts hides the notice as it starts, so a notice
 *   still shown when this script runs means it did not start;
 * - the search script ran, but the index cannot load: it shows the notice
 *   again (its `hidden` attribute removed), which this script observes.
 *
 * It imports nothing, so that Astro writes it into the page itself (a small
 * script with no imports is inlined) and it cannot fail to load the way the
 * search script can. It runs after the search script: the page's module
 * scripts run in the order of the page.
 */
const browse = document.querySelector<HTMLElement>('[data-pp-search-browse]');
if (browse) {
  const showList = () => {
    for (const list of browse.querySelectorAll('noscript[data-pp-search-browse-list]')) {
      const parsed = document.createElement('template');
      parsed.innerHTML = list.textContent ?? '';
      list.replaceWith(parsed.content);
    }
  };
  if (browse.hidden) {
    const shown = new MutationObserver(() => {
      if (browse.hidden) return;
      shown.disconnect();
      showList();
    });
    shown.observe(browse, { attributes: true, attributeFilter: ['hidden'] });
  } else showList();
}
