#include "core/time/time_zone.h"

#include <algorithm>
#include <array>

#include "core/time/civil_time.h"
#include "core/time/time_zone_table.h"

namespace folio {
namespace {

using ChangeRule = TimeZone::ChangeRule;

// Reads a POSIX TZ rule (POSIX.1-2017 section 8.3, with RFC 8536's
// extension of hours from -167 to 167 in change times).
class PosixRuleReader {
 public:
  explicit PosixRuleReader(std::string_view text) : text_(text) {}

  bool at_end() const { return pos_ == text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  bool accept(char c) {
    if (pos_ >= text_.size() || text_[pos_] != c) return false;
    ++pos_;
    return true;
  }

  // "EST", or "<+0530>" (quoted names may hold digits and signs).
  bool name(std::string& out) {
    if (accept('<')) {
      const size_t end = text_.find('>', pos_);
      if (end == std::string_view::npos || end - pos_ < 3) return false;
      out = std::string(text_.substr(pos_, end - pos_));
      pos_ = end + 1;
      return true;
    }
    const size_t start = pos_;
    while (pos_ < text_.size() && ((text_[pos_] >= 'A' && text_[pos_] <= 'Z') || (text_[pos_] >= 'a' && text_[pos_] <= 'z'))) {
      ++pos_;
    }
    if (pos_ - start < 3) return false;
    out = std::string(text_.substr(start, pos_ - start));
    return true;
  }

  // [+-]hh[:mm[:ss]] in seconds; `max_hours` bounds hh.
  bool duration(int max_hours, int& seconds) {
    const bool negative = accept('-');
    if (!negative) accept('+');
    int hours = 0, minutes = 0, secs = 0;
    if (!number(0, max_hours, hours)) return false;
    if (accept(':') && (!number(0, 59, minutes) || (accept(':') && !number(0, 59, secs)))) return false;
    seconds = (negative ? -1 : 1) * (hours * 3600 + minutes * 60 + secs);
    return true;
  }

  bool change_rule(ChangeRule& rule) {
    if (accept('J')) {
      rule.kind = ChangeRule::Kind::julian_no_leap;
      if (!number(1, 365, rule.day)) return false;
    } else if (accept('M')) {
      rule.kind = ChangeRule::Kind::month_week_day;
      if (!number(1, 12, rule.month) || !accept('.') || !number(1, 5, rule.week) || !accept('.') ||
          !number(0, 6, rule.day)) {
        return false;
      }
    } else {
      rule.kind = ChangeRule::Kind::zero_based_day;
      if (!number(0, 365, rule.day)) return false;
    }
    rule.time = 2 * 3600;
    return !accept('/') || duration(167, rule.time);
  }

 private:
  bool number(int min, int max, int& value) {
    const size_t start = pos_;
    int result = 0;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9' && pos_ - start < 3) {
      result = result * 10 + (text_[pos_] - '0');
      ++pos_;
    }
    if (pos_ == start || result < min || result > max) return false;
    value = result;
    return true;
  }

  std::string_view text_;
  size_t pos_ = 0;
};

// The local (wall-clock) second, counted from 1970-01-01 00:00 of that
// year's calendar, at which `rule` changes the clock in `year`.
int64_t local_change_time(const ChangeRule& rule, int64_t year) {
  int64_t day = 0;  // days since 1970-01-01
  switch (rule.kind) {
    case ChangeRule::Kind::julian_no_leap:
      // J60 is March 1 in every year: February 29 is never counted.
      day = days_from_civil(year, 1, 1) + rule.day - 1 + (is_leap_year(year) && rule.day >= 60 ? 1 : 0);
      break;
    case ChangeRule::Kind::zero_based_day: day = days_from_civil(year, 1, 1) + rule.day; break;
    case ChangeRule::Kind::month_week_day: {
      const int64_t first = days_from_civil(year, rule.month, 1);
      int64_t candidate = first + (rule.day - weekday_of(first) + 7) % 7 + (rule.week - 1) * 7;
      const int64_t next_month_first = first + days_in_month(year, rule.month);
      while (candidate >= next_month_first) candidate -= 7;  // week 5: the last such day
      day = candidate;
      break;
    }
  }
  return day * 86400 + rule.time;
}

}  // namespace

TimeZone TimeZone::utc() {
  TimeZone zone;
  zone.name_ = "UTC";
  return zone;
}

std::optional<TimeZone> TimeZone::from_posix_rule(std::string_view rule) {
  PosixRuleReader in(rule);
  TimeZone zone;
  zone.name_ = std::string(rule);
  int west = 0;
  if (!in.name(zone.standard_abbreviation_) || !in.duration(24, west)) return std::nullopt;
  zone.standard_offset_ = -west;
  if (in.at_end()) return zone;
  if (!in.name(zone.daylight_abbreviation_)) return std::nullopt;
  zone.has_daylight_ = true;
  zone.daylight_offset_ = zone.standard_offset_ + 3600;
  if (!in.at_end() && in.peek() != ',') {
    if (!in.duration(24, west)) return std::nullopt;
    zone.daylight_offset_ = -west;
  }
  if (in.at_end()) {
    // No change dates: POSIX leaves them to the implementation; glibc and
    // tzcode use the United States' rules.
    zone.daylight_start_ = ChangeRule{ChangeRule::Kind::month_week_day, 0, 3, 2, 2 * 3600};
    zone.daylight_end_ = ChangeRule{ChangeRule::Kind::month_week_day, 0, 11, 1, 2 * 3600};
    return zone;
  }
  if (!in.accept(',') || !in.change_rule(zone.daylight_start_) || !in.accept(',') ||
      !in.change_rule(zone.daylight_end_) || !in.at_end()) {
    return std::nullopt;
  }
  return zone;
}

std::optional<TimeZone> TimeZone::named(std::string_view iana_name) {
  const ZoneEntry* begin = kZoneEntries;
  const ZoneEntry* end = kZoneEntries + kZoneEntryCount;
  const ZoneEntry* found =
      std::lower_bound(begin, end, iana_name, [](const ZoneEntry& entry, std::string_view key) { return entry.name < key; });
  if (found == end || found->name != iana_name) return std::nullopt;
  std::optional<TimeZone> zone = from_posix_rule(kPosixRules[found->rule]);
  if (zone) zone->name_ = std::string(iana_name);
  return zone;
}

// The clock changes of the years around the instant, in order; the last one
// at or before it decides. Three years, so that a change near New Year
// (all-year daylight time is written "0/0,J365/25") is never missed.
bool TimeZone::is_daylight_at(int64_t unix_seconds) const {
  if (!has_daylight_) return false;
  const int64_t year = civil_from_days(floor_div(unix_seconds + standard_offset_, 86400)).year;
  struct Change {
    int64_t at;  // UTC
    bool daylight_after;
  };
  std::array<Change, 6> changes{};
  size_t count = 0;
  for (int64_t y = year - 1; y <= year + 1; ++y) {
    // Daylight time starts by standard time and ends by daylight time.
    changes[count++] = {local_change_time(daylight_start_, y) - standard_offset_, true};
    changes[count++] = {local_change_time(daylight_end_, y) - daylight_offset_, false};
  }
  std::stable_sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return a.at < b.at; });
  bool daylight = !changes.front().daylight_after;
  for (const Change& change : changes) {
    if (change.at > unix_seconds) break;
    daylight = change.daylight_after;
  }
  return daylight;
}

int TimeZone::offset_at(int64_t unix_seconds) const {
  return is_daylight_at(unix_seconds) ? daylight_offset_ : standard_offset_;
}

std::string TimeZone::abbreviation_at(int64_t unix_seconds) const {
  return is_daylight_at(unix_seconds) ? daylight_abbreviation_ : standard_abbreviation_;
}

}  // namespace folio
