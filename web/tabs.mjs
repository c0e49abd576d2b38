// jekyll-tabs' tab groups, as the core writes them (wasm/plugins/tabs_tags.cpp):
// `ul.tab` holds the labels, the `ul.tab-content` after it the bodies, the
// one with the class "active" shown (web/folio.css). A click on a label
// makes it and its body active, as the plugin's tabs.js does; one delegated
// handler per root, so it works in the shell's <main>, in widgets' shadow
// roots and for views rendered later. The labels are links (href="#"): the
// keyboard reaches them, and aria-selected says which one is shown.
//
//   import { attachTabs } from './tabs.mjs';
//   attachTabs(document.getElementById('folio-main'));   // or a ShadowRoot

const attachedRoots = new WeakSet();

// The group's bodies: the next `ul.tab-content` after its labels.
function contentOf(labels) {
  let next = labels.nextElementSibling;
  while (next && !next.matches('ul.tab-content')) next = next.nextElementSibling;
  return next;
}

function activate(item) {
  const labels = item.parentElement;
  const index = [...labels.children].indexOf(item);
  const bodies = contentOf(labels);
  for (const [i, label] of [...labels.children].entries()) {
    label.classList.toggle('active', i === index);
    label.querySelector(':scope > a')?.setAttribute('aria-selected', String(i === index));
  }
  if (!bodies) return;
  for (const [i, body] of [...bodies.children].entries()) body.classList.toggle('active', i === index);
}

export function attachTabs(root) {
  if (attachedRoots.has(root)) return;
  attachedRoots.add(root);
  root.addEventListener('click', (event) => {
    const link = event.target.closest?.('ul.tab > li > a');
    if (!link || !root.contains(link)) return;
    event.preventDefault();  // href="#" would scroll to the top
    activate(link.parentElement);
  });
}
