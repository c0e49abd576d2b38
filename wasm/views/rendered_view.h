#pragma once

#include <string>

namespace folio {

// One view's output: the HTML fragment and what the document around it needs.
struct RenderedView {
  std::string html;
  std::string title;        // the document <title>
  std::string description;  // the meta description
  bool found = true;        // false: the route names nothing (a 404 page)
  std::string footer_html;  // the page footer (views/footer_view.h); "" in widgets
  bool more = false;        // a `limit` left items out
};

}  // namespace folio
