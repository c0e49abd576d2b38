// The publications view's filter: a search box (title, authors, venue), a year
// and a venue menu, applied to the rendered list at once, without rendering
// again. Each entry's <li> carries data-year, data-venue (the badge's abbr) and
// data-search (title, every author, venue; lowercased) from the core
// (wasm/views/publications_view.cpp). The state lives in the URL, which the
// shell owns: the filter reports changes through onChange and takes a state
// back through apply().
//
//   const filter = attachPublicationFilter(main, { state: { q: 'llm', year: '2024', venue: '' }, onChange });
//   filter.apply({ q: '', year: '', venue: 'NSDI' });
//
// State: { q, year, venue }, '' meaning "any"; papers without a year have the
// year "undated".

const UNDATED = 'undated';

// Case- and accent-blind: "Schrödinger" matches "schrodinger".
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export const emptyFilterState = () => ({ q: '', year: '', venue: '' });

export function filterStateFrom(params) {
  return { q: params.get('q') ?? '', year: params.get('year') ?? '', venue: params.get('venue') ?? '' };
}

// "q=llm&year=2024": only what is set, in a fixed order.
export function filterQuery(state) {
  const params = new URLSearchParams();
  for (const key of ['q', 'year', 'venue']) if (state[key]) params.set(key, state[key]);
  return params.toString();
}

function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function field(id, label, control) {
  return element('div', { class: `publication-filter-field publication-filter-${id}` }, [
    element('label', { for: `folio-filter-${id}` }, [label]),
    control,
  ]);
}

function select(id, anyLabel, values) {
  return element('select', { id: `folio-filter-${id}`, name: id }, [
    element('option', { value: '' }, [anyLabel]),
    ...values.map(([value, label]) => element('option', { value }, [label])),
  ]);
}

// Sets a menu to the option matching `value` without regard to case; a value
// the list does not have gets its own option, so the URL's state shows.
function choose(menu, value) {
  const wanted = value.toLowerCase();
  let option = [...menu.options].find((o) => o.value.toLowerCase() === wanted);
  if (!option) {
    option = element('option', { value }, [value]);
    menu.append(option);
  }
  menu.value = option.value;
}

export function attachPublicationFilter(container, { state = emptyFilterState(), onChange = () => {} } = {}) {
  const list = container.querySelector('.publications');
  const entries = list ? [...list.querySelectorAll('ol.bibliography > li[data-search]')] : [];
  if (entries.length === 0) return null;
  // Folded at the first search: a list of a thousand papers opens without it.
  let searchable = null;
  const yearOf = (li) => li.dataset.year || UNDATED;

  const years = [...new Set(entries.map(yearOf))];
  const venues = [...new Set(entries.map((li) => li.dataset.venue).filter(Boolean))]
    .sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
  const text = element('input', {
    id: 'folio-filter-q', name: 'q', type: 'search', autocomplete: 'off', spellcheck: 'false',
    placeholder: 'title, author or venue',
  });
  const year = select('year', 'All years', years.map((y) => [y, y === UNDATED ? 'Undated' : y]));
  const venue = select('venue', 'All venues', venues.map((v) => [v, v]));
  const count = element('p', { class: 'publication-filter-count', role: 'status' });
  const form = element('form', { class: 'publication-filter', role: 'search', 'aria-label': 'Filter publications' }, [
    field('q', 'Search', text),
    field('year', 'Year', year),
    field('venue', 'Venue', venue),
    count,
  ]);
  const none = element('p', { class: 'publications-empty', hidden: '' }, ['No publications match the filter.']);
  list.before(form);
  list.append(none);

  const current = () => ({ q: text.value.trim(), year: year.value, venue: venue.value });

  function show(filter) {
    const words = fold(filter.q).split(/\s+/).filter(Boolean);
    const wantedVenue = filter.venue.toLowerCase();
    if (words.length > 0) searchable ??= new Map(entries.map((li) => [li, fold(li.dataset.search)]));
    let shown = 0;
    const listsShown = new Set();
    // Only what changes is written: the DOM restyles for every write, and
    // opening the page (nothing filtered) then writes nothing.
    for (const li of entries) {
      const match = (!filter.year || yearOf(li) === filter.year)
        && (!wantedVenue || (li.dataset.venue ?? '').toLowerCase() === wantedVenue)
        && words.every((word) => searchable.get(li).includes(word));
      if (li.hidden === match) li.hidden = !match;
      if (match) {
        shown += 1;
        listsShown.add(li.parentElement);
      }
    }
    // A year's heading goes with its list when nothing in it is shown.
    for (const ol of list.querySelectorAll('ol.bibliography')) {
      const empty = !listsShown.has(ol) && !ol.querySelector(':scope > li:not([hidden])');
      if (ol.hidden !== empty) ol.hidden = empty;
      const heading = ol.previousElementSibling;
      if (heading?.matches('h2.bibliography') && heading.hidden !== empty) heading.hidden = empty;
    }
    none.hidden = shown > 0;
    const filtered = words.length > 0 || filter.year || filter.venue;
    count.textContent = filtered
      ? `${shown} of ${entries.length} publications`
      : `${entries.length} publications`;
  }

  function apply(next = emptyFilterState()) {
    text.value = next.q ?? '';
    choose(year, next.year ?? '');
    choose(venue, next.venue ?? '');
    show(current());
  }

  const changed = () => {
    const filter = current();
    show(filter);
    onChange(filter);
  };
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply(state);
  return { apply, form, state: current };
}
