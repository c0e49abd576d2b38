// Instants as Jekyll and Liquid show them: a date from front matter or from a
// template, read in every form Ruby reads (Time.parse, YAML timestamps,
// Liquid's "now" and Unix seconds), shown in a time zone, and printed with
// Ruby's Time#strftime.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/time/time_zone.h"

namespace folio {

struct Timestamp {
  int64_t unix_seconds = 0;
  int utc_offset = 0;             // seconds east of UTC of the wall clock shown
  std::string zone_abbreviation;  // what %Z prints: "EST", "UTC", "" for a bare offset
  bool has_time = false;          // false for a day without a time of day ("2026-03-05")
  int nanos = 0;                  // 0 - 999,999,999
};

// The wall clock a Timestamp shows.
struct LocalTime {
  int64_t year = 1970;
  int month = 1, day = 1;            // 1-12, 1-31
  int hour = 0, minute = 0, second = 0;
  int weekday = 4;                   // 0 (Sunday) - 6
  int day_of_year = 1;               // 1-366
};
LocalTime local_time_of(const Timestamp& time);

// Ruby's Time.parse(text, now) run with TZ=zone: the offset written in the
// text is kept ("2026-03-05 22:00:00 -0400" stays 22:00 at -04:00), a time
// without one is wall-clock time in `zone`, missing parts come from `now`
// (no year: this year). This is what Liquid's `date` filter does with a
// string. Accepted: ISO 8601 and YAML timestamps, "2026/03/05", "20260305",
// "March 5, 2026", "5 Mar 2026", "Thu, 05 Mar 2026 22:00:00 -0400",
// "Thu Mar  5 22:00:00 UTC 2026", times with am/pm, zones Z, UTC, GMT, UT,
// EST..PDT, military letters, +HH, +HHMM, +HH:MM. Empty when Ruby would
// raise (no date or time in it, a month or hour out of range).
std::optional<Timestamp> parse_time_as_written(std::string_view text, const TimeZone& zone, int64_t now_unix_seconds);

// Every form Jekyll and Liquid accept for a date: what parse_time_as_written
// reads, plus "now" and "today" (the clock value passed in) and Unix seconds
// written as digits. The result is shown in `zone`, as Jekyll converts every
// front matter date to the site's `timezone` (Utils.parse_date's localtime).
std::optional<Timestamp> parse_timestamp(std::string_view text, const TimeZone& zone, int64_t now_unix_seconds);

// The instant as a clock in `zone` shows it.
Timestamp in_zone(int64_t unix_seconds, const TimeZone& zone);

// The instant of wall-clock time `local_seconds` (seconds since 1970-01-01
// 00:00 of the calendar) in `zone`. A time skipped by a daylight-saving change
// moves forward by the change (02:30 becomes 03:30 daylight time); a time
// that happens twice is the second (standard time), as Ruby's Time.local reads it.
int64_t unix_seconds_of_local(int64_t local_seconds, const TimeZone& zone);

// Ruby's Time#strftime: every conversion (%a %A %b %B %c %C %d %D %e %F %g %G
// %h %H %I %j %k %l %L %m %M %n %N %p %P %r %R %s %S %t %T %u %U %v %V %w %W
// %x %X %y %Y %z %:z %::z %:::z %Z %%), the flags - _ 0 ^ #, widths and the
// E and O modifiers. An unknown conversion is printed as written, as Ruby does.
std::string format_strftime(std::string_view format, const Timestamp& time);

}  // namespace folio
