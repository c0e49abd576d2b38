// What al-folio does with jQuery on bibliography entries, without jQuery and
// without inline script or style, so it works under a strict
// Content-Security-Policy, in the shell's <main> and in widgets' shadow roots:
//
// - The buttons of an entry (Abs, Bib, the award, "N more authors") are real
//   <button type="button" aria-expanded aria-controls="ID"> elements, so they
//   are keyboard operable. One delegated click handler on the root toggles the
//   class "open" on the block the button controls (the block keeps its class
//   "hidden", as al-folio's own script does, so al-folio CSS still applies) and
//   keeps aria-expanded in step. Opening one block of an entry's button row
//   closes the others, as in al-folio.
// - Venue badges carry their colour from _data/venues.yml in data-venue-color;
//   it is set as the CSS custom property --folio-venue-color through the CSSOM
//   (element.style.setProperty), which CSP permits where style attributes and
//   <style> elements are forbidden, and the class venue-colored switches the
//   badge's text to white (or dark, with badge-dark-text). The core has
//   already checked the value is a colour. Views rendered later into the same
//   root are painted too.
// - Every `div.bibtex` block, folio's own views' and templates' alike, gets
//   a "Copy BibTeX" button inside it where the Clipboard API is available
//   (so a page without script shows no dead button): it shows when the block
//   is opened, and copies the block's text.
//
// - The same for al-folio's own markup, which templates (folio's built-in
//   theme or a site's _layouts/bib.liquid) produce: `.links a.abstract`,
//   `a.bibtex` and `a.award` open the entry's `div.abstract.hidden` (and so
//   on) by the class "open", as al-folio's common.js does; they get
//   tabindex and aria-expanded here so the keyboard reaches them (Enter and
//   Space work as on a button). `span.more-authors` shows its sibling
//   `span.more-authors-names` instead of al-folio's onclick script.
//
//   import { attachBibToggles } from './bib-toggles.mjs';
//   attachBibToggles(document.getElementById('folio-main'));   // or a ShadowRoot

const attachedRoots = new WeakSet();

function controlledBlock(root, button) {
  const id = button.getAttribute('aria-controls');
  return id ? root.querySelector(`#${CSS.escape(id)}`) : null;
}

function setExpanded(root, button, expanded) {
  const block = controlledBlock(root, button);
  if (!block) return;
  button.setAttribute('aria-expanded', String(expanded));
  block.classList.toggle('open', expanded);
  // The "click to view N more authors" hint is wrong once the names show.
  if (button.classList.contains('more-authors')) button.removeAttribute('title');
}

const COPY_LABEL = 'Copy BibTeX';
const canCopy = () => typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function';

async function copyBibtex(root, button) {
  const source = root.querySelector(`#${CSS.escape(button.dataset.copyFrom)}`);
  if (!source) return;
  let outcome;
  try {
    await navigator.clipboard.writeText((source.querySelector('code') ?? source).textContent);
    outcome = 'Copied';
  } catch {
    outcome = 'Copy failed';
  }
  button.textContent = outcome;
  clearTimeout(button.folioResetTimer);
  button.folioResetTimer = setTimeout(() => { button.textContent = COPY_LABEL; }, 2000);
}

// ---- al-folio's markup --------------------------------------------------------

const TOGGLE_KINDS = ['abstract', 'bibtex', 'award'];
const TOGGLE_SELECTOR = TOGGLE_KINDS.map((kind) => `.links a.${kind}:not([href])`).join(', ');

// The hidden block an al-folio toggle opens: the entry's div.KIND.hidden.
function templateBlock(toggle) {
  const kind = TOGGLE_KINDS.find((k) => toggle.classList.contains(k));
  const entry = toggle.closest('.links')?.parentElement;
  return kind && entry ? entry.querySelector(`:scope > div.${kind}.hidden`) : null;
}

function setTemplateOpen(toggle, open) {
  const block = templateBlock(toggle);
  if (!block) return;
  block.classList.toggle('open', open);
  toggle.setAttribute('aria-expanded', String(open));
}

function toggleTemplateBlock(toggle) {
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  if (open) {
    for (const other of toggle.closest('.links').querySelectorAll(TOGGLE_SELECTOR)) {
      if (other !== toggle) setTemplateOpen(other, false);
    }
  }
  setTemplateOpen(toggle, open);
}

function showMoreAuthors(span) {
  const names = span.nextElementSibling;
  if (!names?.classList.contains('more-authors-names')) return;
  const open = !names.classList.contains('open');
  names.classList.toggle('open', open);
  span.classList.toggle('open', open);
  span.setAttribute('aria-expanded', String(open));
  span.removeAttribute('title');
}

function onTemplateActivate(root, target) {
  const toggle = target.closest(TOGGLE_SELECTOR);
  if (toggle && root.contains(toggle)) {
    toggleTemplateBlock(toggle);
    return true;
  }
  const more = target.closest('span.more-authors');
  if (more && root.contains(more)) {
    showMoreAuthors(more);
    return true;
  }
  return false;
}

function onKeyDown(root, event) {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  if (!(event.target instanceof Element) || !event.target.matches(`${TOGGLE_SELECTOR}, span.more-authors`)) return;
  event.preventDefault();
  onTemplateActivate(root, event.target);
}

function prepareTemplateToggles(root) {
  for (const toggle of root.querySelectorAll(`${TOGGLE_SELECTOR}, span.more-authors`)) {
    if (toggle.hasAttribute('tabindex') && toggle.hasAttribute('aria-expanded')) continue;
    toggle.setAttribute('tabindex', '0');
    toggle.setAttribute('role', 'button');
    toggle.setAttribute('aria-expanded', 'false');
  }
}

// "Copy BibTeX" inside each BibTeX block, once the clipboard is there.
function addCopyButtons(root) {
  if (!canCopy()) return;
  let counter = 0;
  for (const block of root.querySelectorAll('div.bibtex.hidden')) {
    if (block.querySelector(':scope > button.copy-bibtex')) continue;
    if (!block.id) block.id = `folio-bibtex-${Date.now().toString(36)}-${(counter += 1)}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-bibtex btn btn-sm z-depth-0';
    button.dataset.copyFrom = block.id;
    button.textContent = COPY_LABEL;
    button.setAttribute('aria-live', 'polite');
    block.prepend(button);
  }
}

function onClick(root, event) {
  if (event.target instanceof Element && onTemplateActivate(root, event.target)) return;
  const copy = event.target instanceof Element ? event.target.closest('button.copy-bibtex[data-copy-from]') : null;
  if (copy && root.contains(copy)) {
    copyBibtex(root, copy);
    return;
  }
  const button = event.target instanceof Element ? event.target.closest('button[aria-controls]') : null;
  if (!button || !root.contains(button) || !button.closest('.bibliography')) return;
  const expand = button.getAttribute('aria-expanded') !== 'true';
  if (expand && button.parentElement?.classList.contains('links')) {
    for (const other of button.parentElement.querySelectorAll('button[aria-expanded="true"]')) {
      if (other !== button) setExpanded(root, other, false);
    }
  }
  setExpanded(root, button, expand);
}

function paintVenueBadges(root) {
  for (const badge of root.querySelectorAll('abbr.badge[data-venue-color]')) {
    // A template's value is whatever _data/venues.yml says: only a colour is set.
    if (typeof CSS !== 'undefined' && !CSS.supports('color', badge.dataset.venueColor)) continue;
    badge.style.setProperty('--folio-venue-color', badge.dataset.venueColor);
    badge.classList.add('venue-colored');
  }
}

function paint(root) {
  paintVenueBadges(root);
  prepareTemplateToggles(root);
  addCopyButtons(root);
}

// Idempotent: attaching the same root twice adds nothing.
export function attachBibToggles(root) {
  if (!root || attachedRoots.has(root)) return;
  attachedRoots.add(root);
  root.addEventListener('click', (event) => onClick(root, event));
  root.addEventListener('keydown', (event) => onKeyDown(root, event));
  paint(root);
  new MutationObserver(() => paint(root)).observe(root, { childList: true, subtree: true });
}
