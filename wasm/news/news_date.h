// The date of a news item, read as Jekyll reads front matter `date:` and
// shown as al-folio's templates print it.
//
// Jekyll (Utils.parse_date) runs Ruby's Time.parse on the value and converts
// the result to the site's `timezone` (UTC when unset): a news item dated
// 2026-03-05 22:00:00-0400 is on Mar 06 in UTC. How the value is written
// matters the way YAML makes it matter:
//
//   date: 2024-06-29                 a day: midnight in the site's zone
//   date: 2024-06-29 16:11:00-0400   a YAML timestamp: that instant
//   date: 2024-06-29 16:11:00        a YAML timestamp without a zone: UTC
//   date: "2024-06-29 16:11:00"      a string: Time.parse, in the site's zone
//   date: June 29, 2024              a string too: every form Time.parse reads
//                                    (core/time/timestamp.h)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/time/time_zone.h"
#include "core/time/timestamp.h"

namespace folio {

struct NewsDateParse {
  std::optional<Timestamp> date;
  // Why it is not a date (date empty), or what Jekyll makes of a day the
  // month does not have (date set: 2024-02-30 is March 01).
  std::string problem;
};

// `quoted`: the YAML value was quoted, so it is a string and not a timestamp.
NewsDateParse parse_news_date(std::string_view text, bool quoted, const TimeZone& zone);

// Jekyll takes a document's date from its file name when the front matter has
// none: "2024-06-29-torchgt.md" is midnight of that day in the site's zone.
// Empty when the name does not start with a date.
std::optional<Timestamp> date_from_file_name(std::string_view file_name, const TimeZone& zone);

// "Jun 29, 2024": al-folio's news rows ('%b %d, %Y').
std::string format_news_row_date(const Timestamp& date);
// "June 29, 2024": al-folio's post pages ('%B %d, %Y').
std::string format_news_page_date(const Timestamp& date);
// "2024-06-29", or "2024-06-29T16:11:00-04:00" ("...Z" in UTC) for a date
// with a time: for <time datetime> and the JSON model.
std::string format_iso_date(const Timestamp& date);

}  // namespace folio
