// Reads a site's news: al-folio's collection (_news/*.md, *.markdown, *.html:
// YAML front matter with title, date, inline, and a Markdown body) and folio's
// single-file alternative, _data/news.yml:
//
//   - title: TorchGT accepted at SC 2024   # HTML allowed, as in al-folio titles
//     date: 2024-06-29
//     inline: false                         # default
//     content: |                            # Markdown: the row (inline) or the page
//       ...
//     id: torchgt-sc24                      # optional, the page's route news/ID
//
// Both may be used at once. An entry's id defaults to its title as a slug
// ("torchgt-accepted-at-sc-2024"), or news-N (its position in the list) when it
// has no title; generated ids are made unique with a -2, -3... suffix.
//
// Problems never drop other items: each is a diagnostic naming the file and
// line, and the item is kept where it can be (see news/news_order.h for where
// undated items go). A _news file without front matter is not an item, as in
// Jekyll, which copies such a file as it is.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/time/time_zone.h"
#include "model/news_item.h"
#include "model/source_files.h"

namespace folio {

namespace content_paths {
inline constexpr const char* news_folder = "_news/";
inline constexpr const char* news_data = "_data/news.yml";
}  // namespace content_paths

// One file of the _news collection ("_news/announcement_1.md"). Dates are
// shown in `zone`, the site's timezone (news/news_date.h).
std::optional<NewsItem> parse_news_file(std::string_view text, const std::string& file, const TimeZone& zone,
                                        Diagnostics& diagnostics);

// _data/news.yml: a list of entries.
std::vector<NewsItem> parse_news_data_file(std::string_view text, const std::string& file, const TimeZone& zone,
                                           Diagnostics& diagnostics);

// Every news item of a site, newest first (news/news_order.h). Two items with
// the same id are reported: the route news/ID shows the first.
std::vector<NewsItem> parse_news(const SourceFiles& files, const TimeZone& zone, Diagnostics& diagnostics);

}  // namespace folio
