// The date of a news item, as al-folio sites write it in front matter, quoted
// or not:
//
//   2024-06-29                    a day (midnight)
//   2024-06-29 16:11:00-0400      a time with a UTC offset (al-folio's own samples)
//   2024-06-29T16:11:00Z          ISO 8601 / YAML timestamp
//
// Accepted in general: YYYY-M-D (one or two digits for month and day), then
// optionally 'T', 't' or spaces and H:MM[:SS[.fraction]], then optionally
// spaces and a zone: Z, UTC, GMT, +HH, +HHMM or +HH:MM (or '-').
//
// Time zones: Jekyll keeps the offset a date was written with, so the day it
// prints is the day as written; folio shows that day too. Ordering uses the
// instant: a time without an offset, or a bare day, is read as UTC (the zone
// of the GitHub machines that build al-folio sites).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace folio {

struct NewsDate {
  int year = 1970;
  int month = 1;  // 1-12
  int day = 1;    // 1-31
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  bool has_offset = false;
  int offset_minutes = 0;  // east of UTC: -0400 is -240

  // Seconds since 1970-01-01T00:00:00Z; what news items are ordered by.
  std::int64_t instant() const;
};

struct NewsDateParse {
  std::optional<NewsDate> date;
  std::string problem;  // why it is not a date, when date is empty
};

NewsDateParse parse_news_date(std::string_view text);

// Jekyll takes a document's date from its file name when the front matter has
// none: "2024-06-29-torchgt.md". Empty when the name does not start with one.
std::optional<NewsDate> date_from_file_name(std::string_view file_name);

// "Jun 29, 2024": al-folio's news rows (Liquid's '%b %d, %Y').
std::string format_news_row_date(const NewsDate& date);
// "June 29, 2024": al-folio's post pages ('%B %d, %Y').
std::string format_news_page_date(const NewsDate& date);
// "2024-06-29", or "2024-06-29T16:11:00", "2024-06-29T16:11:00-04:00",
// "2024-06-29T16:11:00Z": for <time datetime> and the JSON model.
std::string format_iso_date(const NewsDate& date);

}  // namespace folio
