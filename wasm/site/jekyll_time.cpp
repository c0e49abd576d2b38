#include "site/jekyll_time.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace folio::site {
namespace {

constexpr int64_t kSecondsPerDay = 86400;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
// algorithm); days past the month's end simply count on, as Ruby rolls them.
int64_t days_from_civil(int64_t year, int month, int day) {
  year -= month <= 2;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const int64_t year_of_era = year - era * 400;
  const int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

void civil_from_days(int64_t days, int& year, int& month, int& day) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t day_of_era = days - era * 146097;
  const int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int64_t shifted_month = (5 * day_of_year + 2) / 153;
  day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  year = static_cast<int>(year_of_era + era * 400 + (month <= 2));
}

// Reads 1..max_digits digits at `pos`; false when there is none.
bool read_number(std::string_view text, size_t& pos, size_t max_digits, int& value) {
  const size_t start = pos;
  value = 0;
  while (pos < text.size() && pos - start < max_digits && std::isdigit(static_cast<unsigned char>(text[pos]))) {
    value = value * 10 + (text[pos++] - '0');
  }
  return pos > start;
}

void skip_spaces(std::string_view text, size_t& pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
}

// "Z", "UTC", "GMT", "+0800", "+08:00", "-04", at `pos`.
bool read_zone(std::string_view text, size_t& pos, int& offset_seconds, bool& utc_designator) {
  const std::string_view rest = text.substr(pos);
  for (std::string_view name : {"UTC", "GMT", "Z"}) {
    if (rest.substr(0, name.size()) == name) {
      pos += name.size();
      offset_seconds = 0;
      utc_designator = true;
      return true;
    }
  }
  if (rest.empty() || (rest[0] != '+' && rest[0] != '-')) return false;
  const int sign = rest[0] == '-' ? -1 : 1;
  ++pos;
  int hours = 0;
  int minutes = 0;
  if (!read_number(text, pos, 2, hours)) return false;
  if (pos < text.size() && text[pos] == ':') ++pos;
  if (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos])) && !read_number(text, pos, 2, minutes)) {
    return false;
  }
  if (hours > 23 || minutes > 59) return false;
  offset_seconds = sign * (hours * 3600 + minutes * 60);
  return true;
}

}  // namespace

std::optional<JekyllTime> parse_jekyll_time(std::string_view text) {
  size_t pos = 0;
  skip_spaces(text, pos);
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!read_number(text, pos, 4, year) || pos >= text.size() || text[pos++] != '-') return std::nullopt;
  if (!read_number(text, pos, 2, month) || pos >= text.size() || text[pos++] != '-') return std::nullopt;
  if (!read_number(text, pos, 2, day)) return std::nullopt;
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  JekyllTime time;
  if (pos < text.size() && (text[pos] == 'T' || text[pos] == 't')) ++pos;
  skip_spaces(text, pos);
  if (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) {
    if (!read_number(text, pos, 2, hour) || pos >= text.size() || text[pos++] != ':') return std::nullopt;
    if (!read_number(text, pos, 2, minute)) return std::nullopt;
    if (pos < text.size() && text[pos] == ':' && !read_number(text, ++pos, 2, second)) return std::nullopt;
    if (pos < text.size() && text[pos] == '.') {
      ++pos;
      while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) ++pos;
    }
    if (hour > 24 || minute > 59 || second > 60) return std::nullopt;
    skip_spaces(text, pos);
    if (pos < text.size() && !read_zone(text, pos, time.offset_seconds, time.utc_designator)) return std::nullopt;
  }
  skip_spaces(text, pos);
  if (pos != text.size()) return std::nullopt;
  time.unix_seconds = days_from_civil(year, month, day) * kSecondsPerDay + hour * 3600 + minute * 60 + second -
                      time.offset_seconds;
  return time;
}

JekyllTime in_utc(JekyllTime time) {
  time.offset_seconds = 0;
  time.utc_designator = false;
  return time;
}

JekyllTime time_from_unix(int64_t unix_seconds) {
  JekyllTime time;
  time.unix_seconds = unix_seconds;
  return time;
}

CivilTime civil_time(const JekyllTime& time) {
  const int64_t local = time.unix_seconds + time.offset_seconds;
  int64_t days = local / kSecondsPerDay;
  int64_t seconds_of_day = local % kSecondsPerDay;
  if (seconds_of_day < 0) {
    seconds_of_day += kSecondsPerDay;
    --days;
  }
  CivilTime civil;
  civil_from_days(days, civil.year, civil.month, civil.day);
  civil.hour = static_cast<int>(seconds_of_day / 3600);
  civil.minute = static_cast<int>(seconds_of_day / 60 % 60);
  civil.second = static_cast<int>(seconds_of_day % 60);
  civil.weekday = static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday
  civil.year_day = static_cast<int>(days - days_from_civil(civil.year, 1, 1) + 1);
  return civil;
}

namespace {

constexpr std::array<const char*, 12> kMonthNames = {"January", "February", "March",     "April",   "May",      "June",
                                                     "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char*, 7> kDayNames = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                  "Thursday", "Friday", "Saturday"};

// "%0*d" without snprintf, which costs some 3,000 instructions a call (a
// document's date is printed a dozen times as the site is read).
std::string padded(int value, int width) {
  if (value < 0) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
    return buffer;
  }
  std::string digits;
  do {
    digits += static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0);
  while (static_cast<int>(digits.size()) < width) digits += '0';
  return std::string(digits.rbegin(), digits.rend());
}

// ISO 8601 week-numbering year and week of a civil date.
void iso_week(const CivilTime& civil, int& iso_year, int& week) {
  const int iso_weekday = civil.weekday == 0 ? 7 : civil.weekday;
  week = (civil.year_day - iso_weekday + 10) / 7;
  iso_year = civil.year;
  const auto weeks_in = [](int year) {
    const auto dec31 = [](int y) { return static_cast<int>(((days_from_civil(y, 12, 31) % 7) + 11) % 7); };
    const int p = dec31(year);
    const int q = dec31(year - 1);
    return (p == 4 || q == 3) ? 53 : 52;
  };
  if (week < 1) {
    iso_year = civil.year - 1;
    week = weeks_in(iso_year);
  } else if (week > weeks_in(civil.year)) {
    iso_year = civil.year + 1;
    week = 1;
  }
}

}  // namespace

std::string format_time(const JekyllTime& time, std::string_view pattern) {
  const CivilTime civil = civil_time(time);
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '%' || i + 1 >= pattern.size()) {
      out += pattern[i];
      continue;
    }
    char conversion = pattern[++i];
    const bool unpadded = conversion == '-' && i + 1 < pattern.size();
    if (unpadded) conversion = pattern[++i];
    int iso_year = 0;
    int week = 0;
    switch (conversion) {
      case 'Y': out += std::to_string(civil.year); break;
      case 'y': out += padded(civil.year % 100, 2); break;
      case 'm': out += unpadded ? std::to_string(civil.month) : padded(civil.month, 2); break;
      case 'd': out += unpadded ? std::to_string(civil.day) : padded(civil.day, 2); break;
      case 'H': out += padded(civil.hour, 2); break;
      case 'M': out += padded(civil.minute, 2); break;
      case 'S': out += padded(civil.second, 2); break;
      case 'j': out += padded(civil.year_day, 3); break;
      case 'b': out += std::string(kMonthNames[civil.month - 1]).substr(0, 3); break;
      case 'B': out += kMonthNames[civil.month - 1]; break;
      case 'a': out += std::string(kDayNames[civil.weekday]).substr(0, 3); break;
      case 'A': out += kDayNames[civil.weekday]; break;
      case 'u': out += std::to_string(civil.weekday == 0 ? 7 : civil.weekday); break;
      case 'G': iso_week(civil, iso_year, week); out += std::to_string(iso_year); break;
      case 'V': iso_week(civil, iso_year, week); out += padded(week, 2); break;
      case '%': out += '%'; break;
      default: out += '%'; out += conversion; break;
    }
  }
  return out;
}

std::string ruby_time_string(const JekyllTime& time) {
  std::string text = format_time(time, "%Y-%m-%d %H:%M:%S ");
  if (time.utc_designator) return text + "UTC";
  const int offset_minutes = (time.offset_seconds < 0 ? -time.offset_seconds : time.offset_seconds) / 60;
  return text + (time.offset_seconds < 0 ? "-" : "+") + padded(offset_minutes / 60, 2) + padded(offset_minutes % 60, 2);
}

}  // namespace folio::site
