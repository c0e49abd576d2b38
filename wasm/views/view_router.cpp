#include "views/view_router.h"

#include "core/html_escape.h"
#include "views/about_view.h"
#include "views/footer_view.h"
#include "views/news_view.h"
#include "views/publications_view.h"

namespace folio {
namespace {

std::string_view trim_slashes(std::string_view route) {
  while (!route.empty() && route.front() == '/') route.remove_prefix(1);
  while (!route.empty() && route.back() == '/') route.remove_suffix(1);
  return route;
}

RenderedView render_not_found(const RenderContext& context, std::string_view route) {
  RenderedView view;
  view.found = false;
  view.title = "not found | " + context.site().config.display_name();
  view.html = "<div class=\"post\"><header class=\"post-header\"><h1 class=\"post-title\">Page not found</h1></header>"
              "<p>There is no page at <code>";
  append_escaped(view.html, route);
  view.html += "</code>. <a href=\"" + escape_html(context.route("")) + "\">Go to the about page</a>.</p></div>";
  return view;
}

RenderedView render_route(const RenderContext& context, std::string_view route) {
  const std::string_view path = trim_slashes(route);
  if (path.empty() || path == "about") return render_about(context);
  if (path == "news") return render_news_archive(context);
  if (path.substr(0, 5) == "news/") return render_news_item(context, path.substr(5));
  if (path == "publications") return render_publications(context);
  return render_not_found(context, path);
}

}  // namespace

bool is_view_route(std::string_view route) {
  const std::string_view path = trim_slashes(route);
  return path.empty() || path == "about" || path == "news" || path.substr(0, 5) == "news/" || path == "publications";
}

std::string view_route_url(std::string_view route) {
  const std::string_view path = trim_slashes(route);
  if (path.empty() || path == "about") return "/";
  return "/" + std::string(path) + "/";
}

RenderedView render_view(const Site& site, std::string_view route, const RenderOptions& options) {
  const RenderContext context(site, options);
  RenderedView view = render_route(context, route);
  if (!options.widget) view.footer_html = render_footer_html(context);
  return view;
}

}  // namespace folio
