#include "views/news_view.h"

#include <algorithm>
#include <cstdio>

#include "core/html_escape.h"
#include "core/html_text.h"
#include "news/announcements.h"
#include "news/news_date.h"
#include "core/emoji.h"

namespace folio {
namespace {

// An id as one path segment of a route: everything but unreserved characters
// percent-encoded (the shell decodes the hash before routing).
std::string encode_route_segment(std::string_view id) {
  std::string encoded;
  for (char c : id) {
    const unsigned char byte = static_cast<unsigned char>(c);
    if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      encoded += c;
    } else {
      char escape[4];
      std::snprintf(escape, sizeof escape, "%%%02X", byte);
      encoded += escape;
    }
  }
  return encoded;
}

std::string item_route(const RenderContext& context, const NewsItem& item) {
  return context.route("news/" + encode_route_segment(item.id) + "/");
}

// Content HTML as it reaches the page: sanitized, then shortcodes as emoji.
std::string content_html(const RenderContext& context, std::string_view html) {
  return emojify_html(context.safe_html(html));
}

void append_row(std::string& out, const NewsItem& item, const RenderContext& context) {
  out += "<tr><th scope=\"row\">";
  // A row header says something even without a date (for screen readers).
  out += item.date ? escape_html(format_news_row_date(*item.date)) : "<span class=\"sr-only\">undated</span>";
  out += "</th><td>";
  if (item.is_inline) {
    context.note_body_read(item.file);
    out += content_html(context, item.inline_html);
  } else {
    out += "<a class=\"news-title\" href=\"";
    append_escaped(out, item_route(context, item));
    out += "\">";
    out += content_html(context, item.title_html);
    out += "</a>";
  }
  out += "</td></tr>";
}

// div.news with the first `count` items (all when count is 0 or less).
void append_news_list(std::string& out, const RenderContext& context, int count, bool scrollable) {
  const std::vector<NewsItem>& news = context.site().news;
  out += "<div class=\"news\">";
  if (news.empty()) {
    out += "<p>No news so far...</p></div>";
    return;
  }
  const size_t shown = count > 0 ? std::min(news.size(), static_cast<size_t>(count)) : news.size();
  out += scrollable ? "<div class=\"table-responsive news-scrollable\">" : "<div class=\"table-responsive\">";
  out += "<table class=\"table table-sm table-borderless\">";
  for (size_t i = 0; i < shown; ++i) append_row(out, news[i], context);
  out += "</table></div></div>";
}

std::string document_title(const RenderContext& context, std::string_view page_title) {
  std::string title(page_title);
  const std::string site_name = context.site().config.display_name();
  if (!site_name.empty()) title += (title.empty() ? "" : " | ") + site_name;
  return title;
}

RenderedView render_item_not_found(const RenderContext& context, std::string_view id) {
  RenderedView view;
  view.found = false;
  view.title = document_title(context, "news item not found");
  view.html = "<div class=\"post\"><header class=\"post-header\"><h1 class=\"post-title\">News item not found</h1>"
              "</header><p>There is no news item <code>";
  append_escaped(view.html, id);
  view.html += "</code>. <a href=\"";
  append_escaped(view.html, context.route("news/"));
  view.html += "\">See all news</a>.</p></div>";
  return view;
}

}  // namespace

void append_about_news(std::string& out, const RenderContext& context) {
  const NewsExcerpt excerpt = about_news_excerpt(context.site());
  if (!excerpt.shown) return;
  out += "<h2><a href=\"";
  append_escaped(out, context.route("news/"));
  out += "\">news</a></h2>";
  append_news_list(out, context, excerpt.limit, excerpt.scrollable);
}

RenderedView render_news_archive(const RenderContext& context) {
  RenderedView view;
  view.title = document_title(context, "news");
  view.description = context.site().config.description;
  // A widget shows only the rows, as many as it asks for; the page shows all.
  if (context.options().widget) {
    append_news_list(view.html, context, context.options().limit, false);
    return view;
  }
  view.html = "<div class=\"post\"><header class=\"post-header\"><h1 class=\"post-title\">news</h1></header><article>";
  append_news_list(view.html, context, 0, false);
  view.html += "</article></div>";
  return view;
}

RenderedView render_news_item(const RenderContext& context, std::string_view id) {
  const std::vector<NewsItem>& news = context.site().news;
  const auto found = std::find_if(news.begin(), news.end(), [id](const NewsItem& item) { return item.id == id; });
  if (found == news.end()) return render_item_not_found(context, id);
  const NewsItem& item = *found;
  context.note_body_read(item.file);

  RenderedView view;
  view.title = document_title(context, html_to_text(item.title_html));
  view.description = context.site().config.description;
  std::string& out = view.html;
  out += "<div class=\"post\"><header class=\"post-header\"><h1 class=\"post-title\">";
  out += content_html(context, item.title_html);
  out += "</h1>";
  if (item.date) {
    out += "<p class=\"post-meta\"><time datetime=\"";
    append_escaped(out, format_iso_date(*item.date));
    out += "\">";
    append_escaped(out, format_news_page_date(*item.date));
    out += "</time></p>";
  }
  out += "</header><article class=\"post-content\"><div id=\"markdown-content\">";
  out += content_html(context, item.body_html);
  out += "</div></article><p class=\"news-back\"><a href=\"";
  append_escaped(out, context.route("news/"));
  out += "\">All news</a></p></div>";
  return view;
}

}  // namespace folio
