// Ruby's Time.parse (Date._parse underneath, ruby/date_parse.c), for the
// forms dates are written in: the time of day and its zone are found first,
// then the date in the rest, each part blanked out once read, as Ruby does.
#include <cctype>
#include <limits>
#include <string>

#include "core/time/civil_time.h"
#include "core/time/timestamp.h"

namespace folio {
namespace {

constexpr const char* kMonthAbbreviations[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                               "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr const char* kDayAbbreviations[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return c >= 'a' && c <= 'z'; }
bool is_blank(char c) { return c == ' '; }

// A number as written: its digits, and whether an apostrophe ('26) marked it
// as a year.
struct Written {
  std::string digits;
  bool apostrophe = false;
  bool negative = false;
  bool present() const { return !digits.empty(); }
  int64_t value() const {
    int64_t v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return negative ? -v : v;
  }
};

struct Parts {
  Written year, month_written, day;
  int month = 0;  // from a month name
  bool has_hour = false, has_minute = false, has_second = false;
  int hour = 0, minute = 0, second = 0;
  int nanos = 0;
  std::string zone;  // as written, lowercase
  bool has_date_part() const { return year.present() || month != 0 || month_written.present() || day.present(); }
};

// The text lowercased, every character Ruby treats as a separator a space.
std::string normalized(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const char lowered = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool kept = is_digit(lowered) || is_alpha(lowered) || std::string_view("-+',./:").find(lowered) != std::string_view::npos;
    out += kept ? lowered : ' ';
  }
  return out;
}

class Scanner {
 public:
  explicit Scanner(std::string& text) : text_(text) {}

  size_t size() const { return text_.size(); }
  char at(size_t i) const { return i < text_.size() ? text_[i] : '\0'; }
  void blank(size_t from, size_t to) {
    for (size_t i = from; i < to && i < text_.size(); ++i) text_[i] = ' ';
  }
  size_t digits_end(size_t i) const {
    while (is_digit(at(i))) ++i;
    return i;
  }
  size_t alpha_end(size_t i) const {
    while (is_alpha(at(i))) ++i;
    return i;
  }
  size_t blanks_end(size_t i) const {
    while (is_blank(at(i))) ++i;
    return i;
  }
  std::string_view slice(size_t from, size_t to) const { return std::string_view(text_).substr(from, to - from); }
  // A word boundary before i: the start, or a character that is not a letter.
  bool word_starts(size_t i) const { return i == 0 || !is_alpha(at(i - 1)); }
  bool number_starts(size_t i) const { return i == 0 || !is_digit(at(i - 1)); }

 private:
  std::string& text_;
};

// A run of digits as a number. A run too long for an int saturates: no field it
// feeds accepts such a value, so the date is rejected instead of wrapping around.
int number_of(std::string_view digits) {
  constexpr int kSaturated = std::numeric_limits<int>::max();
  int v = 0;
  for (char c : digits) {
    if (v > (kSaturated - 9) / 10) return kSaturated;
    v = v * 10 + (c - '0');
  }
  return v;
}

// Day names ("thu", "thursday") carry nothing Time.parse uses.
void remove_day_names(Scanner& in) {
  for (size_t i = 0; i < in.size(); ++i) {
    if (!is_alpha(in.at(i)) || !in.word_starts(i)) continue;
    const size_t end = in.alpha_end(i);
    for (const char* day : kDayAbbreviations) {
      if (end - i >= 3 && in.slice(i, i + 3) == day) {
        in.blank(i, end);
        break;
      }
    }
    i = end;
  }
}

// am, pm, a.m., p.m. at i; the end of it, or i.
size_t meridian_end(const Scanner& in, size_t i, bool& pm) {
  const char c = in.at(i);
  if (c != 'a' && c != 'p') return i;
  pm = c == 'p';
  if (in.at(i + 1) == 'm' && !is_alpha(in.at(i + 2))) return i + 2;
  if (in.at(i + 1) == '.' && in.at(i + 2) == 'm' && in.at(i + 3) == '.') return i + 4;
  return i;
}

// The zone after a time: z, utc, +hh:mm, "gmt+8", "est", "eastern standard time".
size_t zone_end(const Scanner& in, size_t i) {
  const size_t start = in.blanks_end(i);
  size_t end = start;
  if (is_alpha(in.at(end))) {
    end = in.alpha_end(end);
    const std::string_view word = in.slice(start, end);
    if ((word == "gmt" || word == "utc" || word == "ut") && (in.at(end) == '+' || in.at(end) == '-')) {
      // "gmt+8": one zone, which Time.parse does not know.
      end = in.digits_end(end + 1);
    } else if (in.slice(in.blanks_end(end), in.alpha_end(in.blanks_end(end))) == "standard" ||
               in.slice(in.blanks_end(end), in.alpha_end(in.blanks_end(end))) == "daylight") {
      end = in.alpha_end(in.blanks_end(in.alpha_end(in.blanks_end(end))));
    }
    return end;
  }
  if ((in.at(end) == '+' || in.at(end) == '-') && is_digit(in.at(end + 1))) {
    end = in.digits_end(end + 1);
    if (in.at(end) == ':' && is_digit(in.at(end + 1))) end = in.digits_end(end + 1);
    if (in.at(end) == ':' && is_digit(in.at(end + 1))) end = in.digits_end(end + 1);
    return end;
  }
  return start;
}

// H:MM[:SS[.fraction]] [am|pm] [zone], or H am|pm [zone].
bool read_time(Scanner& in, Parts& parts) {
  for (size_t i = 0; i < in.size(); ++i) {
    if (!is_digit(in.at(i)) || !in.number_starts(i)) continue;
    const size_t hour_end = in.digits_end(i);
    size_t end = hour_end;
    bool has_minute = false, has_second = false;
    int minute = 0, second = 0, nanos = 0;
    if (in.at(end) == ':' && is_digit(in.at(end + 1))) {
      const size_t minute_end = in.digits_end(end + 1);
      minute = number_of(in.slice(end + 1, minute_end));
      has_minute = true;
      end = minute_end;
      if (in.at(end) == ':' && is_digit(in.at(end + 1))) {
        const size_t second_end = in.digits_end(end + 1);
        second = number_of(in.slice(end + 1, second_end));
        has_second = true;
        end = second_end;
        if ((in.at(end) == '.' || in.at(end) == ',') && is_digit(in.at(end + 1))) {
          const size_t fraction_end = in.digits_end(end + 1);
          std::string fraction(in.slice(end + 1, std::min(fraction_end, end + 10)));
          fraction.append(9 - fraction.size(), '0');
          nanos = number_of(fraction);
          end = fraction_end;
        }
      }
    }
    bool pm = false;
    const size_t after_meridian = meridian_end(in, in.blanks_end(end), pm);
    const bool has_meridian = after_meridian != in.blanks_end(end);
    if (!has_minute && !has_meridian) {
      i = hour_end;
      continue;
    }
    int hour = number_of(in.slice(i, hour_end));
    if (hour_end - i > 2) return false;
    if (has_meridian) {
      if (hour < 1 || hour > 12) return false;
      hour = hour % 12 + (pm ? 12 : 0);
      end = after_meridian;
    }
    const size_t zone_stop = zone_end(in, end);
    parts.zone = std::string(in.slice(in.blanks_end(end), zone_stop));
    parts.has_hour = true;
    parts.has_minute = has_minute;
    parts.has_second = has_second;
    parts.hour = hour;
    parts.minute = minute;
    parts.second = second;
    parts.nanos = nanos;
    in.blank(i, zone_stop);
    return true;
  }
  return true;
}

// ('?-?\d+) at i, as written.
Written written_number(const Scanner& in, size_t& i) {
  Written number;
  if (in.at(i) == '\'') {
    number.apostrophe = true;
    ++i;
  }
  if (in.at(i) == '-' && is_digit(in.at(i + 1))) {
    number.negative = true;
    ++i;
  }
  const size_t end = in.digits_end(i);
  number.digits = std::string(in.slice(i, end));
  i = end;
  return number;
}

bool year_like(const Written& number) { return number.apostrophe || number.digits.size() > 2; }

// Ruby's s3e: which of three numbers is the year. A year is marked by an
// apostrophe or more than two digits; two numbers are a month and a day.
void assign_three(Parts& parts, Written y, Written m, Written d) {
  if (y.present() && m.present() && !d.present()) {
    d = m;
    m = y;
    y = Written{};
  }
  if (!y.present() && d.present() && year_like(d)) std::swap(y, d);
  if (y.present() && d.present() && !year_like(y) && year_like(d)) std::swap(y, d);
  parts.year = y;
  parts.month_written = m;
  parts.day = d;
}

// y-m-d, y/m/d, d/m/y, m/d, d.m.y, y.m.d.
bool read_numeric_date(Scanner& in, Parts& parts) {
  for (size_t i = 0; i < in.size(); ++i) {
    const bool starts = (is_digit(in.at(i)) || in.at(i) == '\'') && in.number_starts(i) && in.at(i - 1) != '\'';
    if (!starts) continue;
    size_t end = i;
    const Written first = written_number(in, end);
    const char separator = in.at(end);
    if ((separator != '-' && separator != '/' && separator != '.') || !is_digit(in.at(end + 1))) {
      i = end;
      continue;
    }
    size_t cursor = end + 1;
    const Written second = written_number(in, cursor);
    Written third;
    if (in.at(cursor) == separator && (is_digit(in.at(cursor + 1)) || in.at(cursor + 1) == '\'')) {
      ++cursor;
      third = written_number(in, cursor);
    } else if (separator != '/') {
      i = end;
      continue;  // "2026-03" and "5.3" are not dates Ruby reads here
    }
    assign_three(parts, first, second, third);
    in.blank(i, cursor);
    return true;
  }
  return false;
}

// The month named at i ("mar", "march", "sept."): 1-12, or 0.
int month_named(const Scanner& in, size_t i, size_t& end) {
  if (!is_alpha(in.at(i)) || !in.word_starts(i)) return 0;
  end = in.alpha_end(i);
  if (end - i < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (in.slice(i, i + 3) == kMonthAbbreviations[m]) {
      if (in.at(end) == '.') ++end;
      return m + 1;
    }
  }
  return 0;
}

// Skips an ordinal suffix (5th) and what Ruby's [^-\d\s']* skips.
size_t after_number_suffix(const Scanner& in, size_t i) {
  while (i < in.size() && !is_digit(in.at(i)) && !is_blank(in.at(i)) && in.at(i) != '-' && in.at(i) != '\'') ++i;
  return i;
}

// A following year: [\s,]* '?-?\d+.
bool optional_number(const Scanner& in, size_t& i, Written& out) {
  size_t cursor = in.blanks_end(i);
  if (in.at(cursor) == ',') cursor = in.blanks_end(cursor + 1);
  if (!is_digit(in.at(cursor)) && in.at(cursor) != '\'' && !(in.at(cursor) == '-' && is_digit(in.at(cursor + 1)))) {
    return false;
  }
  out = written_number(in, cursor);
  i = cursor;
  return true;
}

// "5 march 2026", "march 5, 2026", "march 2026", "2026 mar 5", "march".
bool read_named_month(Scanner& in, Parts& parts) {
  for (size_t i = 0; i < in.size(); ++i) {
    size_t month_end = 0;
    const int month = month_named(in, i, month_end);
    if (month == 0) continue;
    // A day before the month name: "5th march 2026".
    size_t start = i;
    size_t before = i;
    while (before > 0 && is_blank(in.at(before - 1))) --before;
    size_t number_start = before;
    while (number_start > 0 && !is_blank(in.at(number_start - 1)) && !is_digit(in.at(number_start - 1))) --number_start;
    while (number_start > 0 && is_digit(in.at(number_start - 1))) --number_start;
    Written day, year;
    size_t end = after_number_suffix(in, month_end);
    if (number_start < before && is_digit(in.at(number_start)) && in.number_starts(number_start)) {
      size_t cursor = number_start;
      day = written_number(in, cursor);
      start = number_start;
      optional_number(in, end, year);
    } else {
      Written first;
      if (optional_number(in, end, first)) {
        end = after_number_suffix(in, end);
        day = first;
        optional_number(in, end, year);
      }
    }
    parts.month = month;
    assign_three(parts, year, Written{std::to_string(month)}, day);
    in.blank(start, end);
    return true;
  }
  return false;
}

// A run of digits on its own: 20260305, 260305, 20260305221500, 0305, 05.
bool read_digits_only(Scanner& in, Parts& parts) {
  for (size_t i = 0; i < in.size(); ++i) {
    if (!is_digit(in.at(i)) || !in.number_starts(i)) continue;
    const size_t end = in.digits_end(i);
    const std::string_view run = in.slice(i, end);
    auto piece = [&](size_t from, size_t length) { return Written{std::string(run.substr(from, length))}; };
    switch (run.size()) {
      case 2: parts.day = piece(0, 2); break;
      case 4: assign_three(parts, Written{}, piece(0, 2), piece(2, 2)); break;
      case 6:
      case 8:
      case 12:
      case 14: {
        const size_t year_digits = run.size() == 6 || run.size() == 12 ? 2 : 4;
        assign_three(parts, piece(0, year_digits), piece(year_digits, 2), piece(year_digits + 2, 2));
        if (run.size() >= 12) {
          parts.has_hour = parts.has_minute = true;
          parts.hour = number_of(run.substr(year_digits + 4, 2));
          parts.minute = number_of(run.substr(year_digits + 6, 2));
          parts.has_second = run.size() == 14;
          if (parts.has_second) parts.second = number_of(run.substr(12, 2));
        }
        break;
      }
      default: return false;
    }
    in.blank(i, end);
    return true;
  }
  return false;
}

// Ruby's Time.zone_offset: the zones Time.parse knows. False for others
// (CET, JST, +8, gmt+8), which Ruby reads as local time.
bool zone_offset(std::string_view zone, int& offset, bool& is_utc) {
  struct Named {
    std::string_view name;
    int hours;
  };
  static constexpr Named kNamed[] = {{"utc", 0},  {"z", 0},   {"ut", 0},  {"gmt", 0},  {"est", -5}, {"edt", -4},
                                     {"cst", -6}, {"cdt", -5}, {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7}};
  is_utc = zone == "utc" || zone == "z" || zone == "ut" || zone == "-00:00" || zone == "-0000" || zone == "-00";
  for (const Named& named : kNamed) {
    if (zone == named.name) {
      offset = named.hours * 3600;
      return true;
    }
  }
  if (zone.size() == 1 && is_alpha(zone[0]) && zone[0] != 'j') {  // military zones
    const char c = zone[0];
    const int hours = c <= 'i' ? c - 'a' + 1 : c <= 'm' ? c - 'a' : -(c - 'n' + 1);
    offset = hours * 3600;
    return true;
  }
  if (zone.size() < 3 || (zone[0] != '+' && zone[0] != '-')) return false;
  std::string digits;
  for (size_t i = 1; i < zone.size(); ++i) {
    if (is_digit(zone[i])) {
      digits += zone[i];
    } else if (zone[i] != ':') {
      return false;
    }
  }
  if (digits.size() != 2 && digits.size() != 4 && digits.size() != 6) return false;
  const int hours = number_of(digits.substr(0, 2));
  const int minutes = digits.size() >= 4 ? number_of(digits.substr(2, 2)) : 0;
  const int seconds = digits.size() == 6 ? number_of(digits.substr(4, 2)) : 0;
  offset = (zone[0] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60 + seconds);
  return true;
}

int64_t year_of(const Written& year) {
  int64_t value = year.value();
  // Two digits without an apostrophe: 69-99 are 19xx, 00-68 are 20xx.
  if (!year.apostrophe && !year.negative && year.digits.size() <= 2) value += value >= 69 ? 1900 : 2000;
  return value;
}

}  // namespace

std::optional<Timestamp> parse_time_as_written(std::string_view text, const TimeZone& zone, int64_t now_unix_seconds) {
  std::string buffer = normalized(text);
  Scanner in(buffer);
  Parts parts;
  remove_day_names(in);
  if (!read_time(in, parts)) return std::nullopt;
  if (!read_numeric_date(in, parts) && !read_named_month(in, parts)) read_digits_only(in, parts);
  if (!parts.has_date_part() && !parts.has_hour) return std::nullopt;  // "no time information"

  int offset = 0;
  bool is_utc = false;
  const bool has_offset = !parts.zone.empty() && zone_offset(parts.zone, offset, is_utc);

  // Missing parts come from now, up to the first part the text gives.
  const Timestamp now = has_offset ? Timestamp{now_unix_seconds, offset, "", true, 0} : in_zone(now_unix_seconds, zone);
  const LocalTime clock = local_time_of(now);
  int64_t year = 0;
  int month = 1, day = 1;
  if (parts.year.present()) {
    year = year_of(parts.year);
    if (parts.month_written.present()) month = static_cast<int>(parts.month_written.value());
    if (parts.day.present()) day = static_cast<int>(parts.day.value());
  } else {
    year = clock.year;
    if (parts.month_written.present()) {
      month = static_cast<int>(parts.month_written.value());
      if (parts.day.present()) day = static_cast<int>(parts.day.value());
    } else {
      month = clock.month;
      day = parts.day.present() ? static_cast<int>(parts.day.value()) : clock.day;
    }
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  if (parts.hour > 24 || parts.minute > 59 || parts.second > 60) return std::nullopt;
  if (parts.hour == 24 && (parts.minute != 0 || parts.second != 0)) return std::nullopt;

  // Day 31 of a 30-day month is the next month's first, as in Ruby.
  const int64_t local = days_from_civil(year, month, 1) * 86400 + (day - 1) * 86400 + parts.hour * 3600 +
                        parts.minute * 60 + parts.second;
  Timestamp time;
  time.has_time = parts.has_hour;
  time.nanos = parts.nanos;
  if (has_offset) {
    time.unix_seconds = local - offset;
    time.utc_offset = offset;
    // Ruby names the zone for UTC, and when the offset is the local zone's
    // at that instant ("-0400" in New York in June is EDT); else none.
    if (is_utc) {
      time.zone_abbreviation = "UTC";
    } else if (zone.offset_at(time.unix_seconds) == offset) {
      time.zone_abbreviation = zone.abbreviation_at(time.unix_seconds);
    }
    return time;
  }
  time.unix_seconds = unix_seconds_of_local(local, zone);
  time.utc_offset = zone.offset_at(time.unix_seconds);
  time.zone_abbreviation = zone.abbreviation_at(time.unix_seconds);
  return time;
}

std::optional<Timestamp> parse_timestamp(std::string_view text, const TimeZone& zone, int64_t now_unix_seconds) {
  // Liquid's to_date: "now" and "today" (any case) are the clock; a string of
  // digits is Unix seconds.
  std::string lowered(text);
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lowered == "now" || lowered == "today") return in_zone(now_unix_seconds, zone);
  if (!text.empty() && text.size() <= 18 && text.find_first_not_of("0123456789") == std::string_view::npos) {
    return in_zone(std::stoll(lowered), zone);
  }
  std::optional<Timestamp> parsed = parse_time_as_written(text, zone, now_unix_seconds);
  if (!parsed) return std::nullopt;
  Timestamp shown = in_zone(parsed->unix_seconds, zone);
  shown.has_time = parsed->has_time;
  shown.nanos = parsed->nanos;
  return shown;
}

}  // namespace folio
