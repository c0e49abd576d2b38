// A time zone as Jekyll uses one: the site's `timezone:` (an IANA name such
// as "America/New_York"), which decides the day and hour every date shows.
//
// Zones come from a table generated from tzdata (time_zone_table.h): each is
// a POSIX TZ rule ("EST5EDT,M3.2.0,M11.1.0": standard and daylight names and
// offsets, and when daylight time starts and ends), evaluated here. The core
// reads no tz files, so the same answers come in wasm and natively.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace folio {

class TimeZone {
 public:
  static TimeZone utc();
  // An IANA name ("America/New_York", "Asia/Shanghai", "UTC", "Etc/GMT+8");
  // empty when folio's table has no such zone.
  static std::optional<TimeZone> named(std::string_view iana_name);
  // A POSIX TZ rule itself ("CST-8", "<+0530>-5:30", "EST5EDT,M3.2.0,M11.1.0");
  // empty when it does not parse.
  static std::optional<TimeZone> from_posix_rule(std::string_view rule);

  // Seconds east of UTC at that instant, daylight-saving time included.
  int offset_at(int64_t unix_seconds) const;
  // The abbreviation Ruby's %Z prints at that instant: "EST", "EDT", "+08".
  std::string abbreviation_at(int64_t unix_seconds) const;

  const std::string& name() const { return name_; }

  // A day of the year on which daylight time starts or ends, and the local
  // wall-clock time of the change (seconds; may be negative or past 24h).
  struct ChangeRule {
    enum class Kind { julian_no_leap, zero_based_day, month_week_day } kind = Kind::month_week_day;
    int day = 0;           // Jn: 1-365; n: 0-365; Mm.w.d: d, 0 (Sunday) - 6
    int month = 0, week = 0;  // Mm.w.d: 1-12, 1-5 (5: the last)
    int time = 2 * 3600;
  };

 private:
  bool is_daylight_at(int64_t unix_seconds) const;

  std::string name_;
  std::string standard_abbreviation_ = "UTC", daylight_abbreviation_;
  int standard_offset_ = 0, daylight_offset_ = 0;  // seconds east of UTC
  bool has_daylight_ = false;
  ChangeRule daylight_start_, daylight_end_;
};

}  // namespace folio
