// What one route's render asks for and answers (render/site_renderer.h).
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "site/route_table.h"

namespace folio::render {

struct PageRequest {
  std::string path;        // as a browser asks: "/team/", "/al-folio/blog/2015/x", "/cv/index.html"
  // Where the page's site-absolute links point: "" keeps Jekyll's URLs
  // ("/al-folio/team/"); "#/" in the shell makes them "#/team/".
  std::string route_base;
  // Where its site-absolute files point ("/al-folio/assets/img/a.jpg"):
  // "" keeps them, "content/" in the shell makes them "content/assets/img/a.jpg".
  std::string asset_base;
  bool widget = false;     // never trusted embeds
};

struct RenderedPage {
  bool found = false;
  const site::Route* route = nullptr;
  std::string html;        // sanitized: what goes inside folio's shell
  std::string title;       // text: page.title, else the site's title
  std::string document_title;  // the <title> as al-folio's head.liquid writes it: "cv | Teng Liu"
  std::string description; // text: page.description, else the site's
  std::string layout;      // the document's own layout ("" for none)
  bool is_html = true;     // false for routes Jekyll writes as other text (feed.xml, robots.txt)
  std::string text;        // such a route's output as Liquid made it (html shows it escaped)
  Diagnostics diagnostics;
  // The partial documents whose bodies this render read (model/body_reads.h):
  // when not empty, the page is complete only once they are loaded.
  std::vector<std::string> needs;
};

}  // namespace folio::render
