// Which view a URL path shows, for pages served at Jekyll's URLs (`init`
// writes index.html and 404.html; GitHub Pages answers every unknown path
// with 404.html, so "/publications/" boots the shell there). The only place
// in JS that knows the site's routes: a path under the site root is the
// view's name as the core's router reads it ("news/ID/", "publications/"),
// and the root itself is the about page.

// The route a path shows: "/site/news/x/" under root "/site/" -> "news/x/";
// null for a path outside the site or one that names a file ("/site/a.pdf").
export function routeOfPath(pathname, rootPath) {
  if (!pathname.startsWith(rootPath)) return pathname === rootPath.replace(/\/$/, '') ? 'about' : null;
  let route = pathname.slice(rootPath.length);
  try {
    route = decodeURIComponent(route);
  } catch {
    // a malformed escape: route the text as it is, which shows "not found"
  }
  if (route === '' || route === 'index.html' || route === '404.html') return 'about';
  if (/\.[a-z0-9]+$/i.test(route)) return null;
  return route;
}

// The path of a route under the root: "about" -> "/site/", "news/" -> "/site/news/".
export const pathOfRoute = (route, rootPath) => `${rootPath}${route === 'about' ? '' : route}`;
