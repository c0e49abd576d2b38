// The news, as al-folio renders it: the rows of _includes/news.liquid (on the
// about page and on the archive) and one item's page (_layouts/post.liquid).
// Markup keeps al-folio's structure and class names:
//
//   <div class="news"><div class="table-responsive">
//     <table class="table table-sm table-borderless">
//       <tr><th scope="row">Jun 29, 2024</th>
//           <td><a class="news-title" href="#/news/ID/">Title</a></td></tr>
//       <tr><th scope="row">Apr 30, 2024</th><td>Inline content</td></tr>
//   ...
//
// or <p>No news so far...</p> inside div.news. The scroll box is the class
// news-scrollable on the div.table-responsive (al-folio writes a style
// attribute; a class keeps the page free of inline styles).
#pragma once

#include <string>
#include <string_view>

#include "views/render_context.h"
#include "views/rendered_view.h"

namespace folio {

// The about page's news section (heading and rows), when the page asks for it
// (news/announcements.h); nothing otherwise.
void append_about_news(std::string& out, const RenderContext& context);

// Route "news": every item.
RenderedView render_news_archive(const RenderContext& context);

// Route "news/ID": one item's title, date and content.
RenderedView render_news_item(const RenderContext& context, std::string_view id);

}  // namespace folio
