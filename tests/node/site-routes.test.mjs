// Which view a path shows on pages `init` writes (web/site-routes.mjs).
import test from 'node:test';
import assert from 'node:assert/strict';
import { pathOfRoute, routeOfPath } from '../../web/site-routes.mjs';

test('a path under the site root is the view it names; the root is about', () => {
  const cases = [
    ['/', '/', 'about'],
    ['/index.html', '/', 'about'],
    ['/publications/', '/', 'publications/'],
    ['/news/', '/', 'news/'],
    ['/news/announcement_1/', '/', 'news/announcement_1/'],
    ['/publications/PhysRev-47-777/', '/', 'publications/PhysRev-47-777/'],
    ['/al-folio/', '/al-folio/', 'about'],
    ['/al-folio', '/al-folio/', 'about'],
    ['/al-folio/publications/', '/al-folio/', 'publications/'],
    ['/al-folio/news/%E6%96%B0/', '/al-folio/', 'news/新/'],
    ['/other/publications/', '/al-folio/', null], // outside the site
    ['/assets/pdf/Re.pdf', '/', null], // a file, not a view
    ['/news/%E0%A4%A/', '/', 'news/%E0%A4%A/'], // a malformed escape stays as it is
  ];
  for (const [pathname, root, route] of cases) assert.equal(routeOfPath(pathname, root), route, `${pathname} under ${root}`);
});

test('a route has one path, and the path leads back to it', () => {
  for (const [route, root] of [['about', '/'], ['news/', '/'], ['news/x/', '/al-folio/'], ['publications/', '/al-folio/']]) {
    assert.equal(routeOfPath(pathOfRoute(route, root), root), route);
  }
  assert.equal(pathOfRoute('about', '/al-folio/'), '/al-folio/');
});
