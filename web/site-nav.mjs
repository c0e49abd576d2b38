// The site's navigation in the shell's <nav>: the core writes the items
// (views/nav_view.h: al-folio's header rules, the shown page's item with
// aria-current); these put them in place of the template's, before the theme
// toggle, in a live page and in the pages init and build write.

// In a page's HTML text (index.html, 404.html, prerendered pages).
export function withNavItems(pageHtml, navHtml) {
  if (!navHtml) return pageHtml;
  return pageHtml.replace(
    /(<nav class="folio-nav"[\s\S]*?<ul>)[\s\S]*?(?=\s*<li><button type="button" class="folio-theme-toggle")/,
    (_, open) => `${open}\n        ${navHtml}`,
  );
}

// In the live page, after each render.
export function showNavItems(doc, navHtml) {
  const list = doc.querySelector('.folio-nav ul');
  if (!list || !navHtml) return;
  const toggle = list.querySelector('.folio-theme-toggle')?.closest('li');
  list.innerHTML = navHtml;
  if (toggle) list.append(toggle);
}

