// One news item: a file in _news/ (al-folio's news collection) or an entry of
// folio's single-file alternative, _data/news.yml.
#pragma once

#include <optional>
#include <string>

#include "core/time/timestamp.h"

namespace folio {

struct NewsItem {
  // The URL slug: the file name without its extension ("announcement_1"), as
  // al-folio's /news/:path/ permalinks use it; for _data/news.yml entries, the
  // entry's id (see parse/news_parser.h).
  std::string id;
  std::string file;  // "_news/announcement_1.md" or "_data/news.yml"
  int line = 1;      // where the item starts in `file`
  std::string title_html;  // may hold HTML (<b>...</b>); sanitized when rendered
  // Empty when the item has no usable date: such items are listed last.
  // Shown in the site's timezone (news/news_date.h).
  std::optional<Timestamp> date;
  // al-folio's `inline: true`: the row shows the content instead of a link.
  bool is_inline = false;
  std::string body_markdown;  // as written: Markdown, or HTML in a .html file
  std::string body_html;    // the page's content: md4c output, sanitized when rendered
  std::string inline_html;  // body_html without its wrapping <p>, for inline rows
};

}  // namespace folio
