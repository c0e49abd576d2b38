// Times as Jekyll holds them: an instant and the UTC offset it is shown in.
// Jekyll parses dates with Ruby's Time.parse and shows them in the build
// machine's zone (`.localtime`); folio's zone is UTC, as on GitHub's builders
// (README: a `timezone:` other than UTC is reported and not applied).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace folio::site {

struct JekyllTime {
  int64_t unix_seconds = 0;
  int offset_seconds = 0;       // the offset the time is shown in
  bool utc_designator = false;  // written with Z: Ruby shows "UTC" instead of "+0000"
};

// The calendar fields of a time in its own offset.
struct CivilTime {
  int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  int weekday = 4;  // 0 = Sunday
  int year_day = 1;  // 1..366
};

// What Ruby's Time.parse reads in Jekyll sites: "2015-03-15",
// "2015-10-22 15:59:00-0400", "2015-10-22T15:59Z", "2022-02-01 17:39".
// A day past the month's end rolls over as Ruby's does (02-30 is 03-02);
// a month, day, hour or minute out of range is nullopt. A time without an
// offset is in folio's zone, UTC.
std::optional<JekyllTime> parse_jekyll_time(std::string_view text);

// The same instant shown in UTC, as Jekyll's `.localtime` on a UTC machine.
JekyllTime in_utc(JekyllTime time);

CivilTime civil_time(const JekyllTime& time);

// Ruby's Time#to_s: "2015-10-22 15:59:00 -0400" (or "... UTC" for a Z time).
std::string ruby_time_string(const JekyllTime& time);

// strftime for the conversions Jekyll's permalinks use: %Y %m %d %H %M %S
// %-d %-m %b %B %y %G %V %u %a %A %j %%.
std::string format_time(const JekyllTime& time, std::string_view pattern);

JekyllTime time_from_unix(int64_t unix_seconds);

}  // namespace folio::site
