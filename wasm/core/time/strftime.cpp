// Ruby's Time#strftime (ruby/strftime.c), checked against Ruby 3.1: see
// tests/native/strftime_test.cpp and tests/node/time-ruby.test.mjs.
#include <string>

#include "core/time/civil_time.h"
#include "core/time/timestamp.h"

namespace folio {
namespace {

constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
constexpr const char* kDayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

// One conversion's flags and width: "%-d", "%^10B", "%::z".
struct Spec {
  char padding = 0;   // 0: the conversion's own; '-' none; '_' spaces; '0' zeros
  bool upcase = false;
  bool change_case = false;  // '#'
  int width = -1;
  int colons = 0;
};

void pad_left(std::string& out, std::string_view text, int width, char fill) {
  if (width > static_cast<int>(text.size())) out.append(static_cast<size_t>(width) - text.size(), fill);
  out += text;
}

std::string upper(std::string text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return text;
}

std::string lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

// A number at least `digits` wide (`fill` '0' or ' ' unless the spec says).
void append_number(std::string& out, int64_t value, int digits, char fill, const Spec& spec) {
  if (spec.padding == '-') {
    out += std::to_string(value);
    return;
  }
  const char pad = spec.padding == '_' ? ' ' : spec.padding == '0' ? '0' : fill;
  const int width = spec.width >= 0 ? spec.width : digits;
  const bool negative = value < 0;
  const std::string magnitude = std::to_string(negative ? -value : value);
  if (pad == '0') {
    if (negative) out += '-';
    pad_left(out, magnitude, width - (negative ? 1 : 0), '0');
  } else {
    pad_left(out, (negative ? "-" : "") + magnitude, width, ' ');
  }
}

// Words (day and month names, AM/PM, the zone): padded with spaces on the left.
void append_word(std::string& out, std::string word, const Spec& spec) {
  if (spec.upcase) word = upper(std::move(word));
  if (spec.padding == '-') {
    out += word;
    return;
  }
  pad_left(out, word, spec.width, spec.padding == '0' ? '0' : ' ');
}

// %z and its colon forms. The width counts the whole offset; spaces go before
// the sign ("%_z": " -400"), zeros after it ("%10z": "-000000400"). (Ruby
// prints "%-z" of a Time made with #utc as "-0000"; Jekyll's times are local
// ones, +0000 in UTC, and so are folio's.)
void append_offset(std::string& out, int offset, const Spec& spec) {
  const char sign = offset < 0 ? '-' : '+';
  const int magnitude = offset < 0 ? -offset : offset;
  const int hours = magnitude / 3600, minutes = magnitude / 60 % 60, seconds = magnitude % 60;
  auto two = [](int value) { return std::string(1, static_cast<char>('0' + value / 10)) + static_cast<char>('0' + value % 10); };
  std::string rest;
  switch (spec.colons) {
    case 0: rest = two(minutes); break;
    case 1: rest = ":" + two(minutes); break;
    case 2: rest = ":" + two(minutes) + ":" + two(seconds); break;
    default:
      if (minutes != 0 || seconds != 0) rest = ":" + two(minutes);
      if (seconds != 0) rest += ":" + two(seconds);
      break;
  }
  const int width = std::max(spec.width, 3 + static_cast<int>(rest.size()));
  const int hour_width = width - 1 - static_cast<int>(rest.size());
  if (spec.padding == '_') {
    pad_left(out, std::string(1, sign) + std::to_string(hours), hour_width + 1, ' ');
  } else {
    out += sign;
    pad_left(out, std::to_string(hours), hour_width, '0');
  }
  out += rest;
}

// The ISO 8601 week-numbering year and week (weeks start on Monday; week 1
// holds the year's first Thursday).
void iso_week(const LocalTime& local, int64_t& year, int& week) {
  const int64_t days = days_from_civil(local.year, local.month, local.day);
  const int iso_weekday = (local.weekday + 6) % 7;  // 0: Monday
  const int64_t thursday = days - iso_weekday + 3;
  year = civil_from_days(thursday).year;
  week = static_cast<int>((thursday - days_from_civil(year, 1, 1)) / 7) + 1;
}

// The first `digits` digits of the fraction of a second (Ruby truncates).
std::string fraction_digits(int nanos, int digits) {
  std::string nine = std::to_string(nanos);
  nine.insert(0, 9 - nine.size(), '0');
  if (digits <= 9) return nine.substr(0, static_cast<size_t>(digits));
  return nine + std::string(static_cast<size_t>(digits) - 9, '0');
}

class Formatter {
 public:
  explicit Formatter(const Timestamp& time) : time_(time), local_(local_time_of(time)) {}

  std::string format(std::string_view pattern) const {
    std::string out;
    size_t i = 0;
    while (i < pattern.size()) {
      const size_t percent = pattern.find('%', i);
      if (percent == std::string_view::npos) {
        out += pattern.substr(i);
        break;
      }
      out += pattern.substr(i, percent - i);
      i = conversion(pattern, percent, out);
    }
    return out;
  }

 private:
  // Reads the conversion at pattern[start] == '%' into `out`; returns where
  // the text after it starts.
  size_t conversion(std::string_view pattern, size_t start, std::string& out) const {
    Spec spec;
    size_t i = start + 1;
    for (; i < pattern.size(); ++i) {
      const char c = pattern[i];
      if (c == '-' || c == '_' || c == '0') {
        spec.padding = c;
      } else if (c == '^') {
        spec.upcase = true;
      } else if (c == '#') {
        spec.change_case = true;
      } else {
        break;
      }
    }
    if (i < pattern.size() && pattern[i] >= '1' && pattern[i] <= '9') {
      spec.width = 0;
      while (i < pattern.size() && pattern[i] >= '0' && pattern[i] <= '9' && spec.width < 1000) {
        spec.width = spec.width * 10 + (pattern[i++] - '0');
      }
    }
    while (i < pattern.size() && pattern[i] == ':' && spec.colons < 4) ++spec.colons, ++i;
    if (i < pattern.size() && (pattern[i] == 'E' || pattern[i] == 'O') && i + 1 < pattern.size() &&
        spec.colons == 0) {
      ++i;  // POSIX's alternative forms: Ruby prints the plain ones
    }
    if (i >= pattern.size()) {
      out += pattern.substr(start);
      return pattern.size();
    }
    const char c = pattern[i];
    if ((spec.colons > 0 && c != 'z') || spec.colons > 3 || !append_conversion(c, spec, out)) {
      out += pattern.substr(start, i + 1 - start);  // unknown: as written
    }
    return i + 1;
  }

  bool append_conversion(char c, const Spec& spec, std::string& out) const {
    const LocalTime& t = local_;
    const int hour12 = t.hour % 12 == 0 ? 12 : t.hour % 12;
    switch (c) {
      case 'Y': append_number(out, t.year, 4, '0', spec); return true;
      case 'C': append_number(out, floor_div(t.year, 100), 2, '0', spec); return true;
      case 'y': append_number(out, t.year - floor_div(t.year, 100) * 100, 2, '0', spec); return true;
      case 'm': append_number(out, t.month, 2, '0', spec); return true;
      case 'd': append_number(out, t.day, 2, '0', spec); return true;
      case 'e': append_number(out, t.day, 2, ' ', spec); return true;
      case 'j': append_number(out, t.day_of_year, 3, '0', spec); return true;
      case 'H': append_number(out, t.hour, 2, '0', spec); return true;
      case 'k': append_number(out, t.hour, 2, ' ', spec); return true;
      case 'I': append_number(out, hour12, 2, '0', spec); return true;
      case 'l': append_number(out, hour12, 2, ' ', spec); return true;
      case 'M': append_number(out, t.minute, 2, '0', spec); return true;
      case 'S': append_number(out, t.second, 2, '0', spec); return true;
      case 'L': out += fraction_digits(time_.nanos, spec.width > 0 ? spec.width : 3); return true;
      case 'N': out += fraction_digits(time_.nanos, spec.width > 0 ? spec.width : 9); return true;
      case 's': append_number(out, time_.unix_seconds, 1, '0', spec); return true;
      case 'u': append_number(out, t.weekday == 0 ? 7 : t.weekday, 1, '0', spec); return true;
      case 'w': append_number(out, t.weekday, 1, '0', spec); return true;
      case 'U': append_number(out, (t.day_of_year + 6 - t.weekday) / 7, 2, '0', spec); return true;
      case 'W': append_number(out, (t.day_of_year + 6 - (t.weekday + 6) % 7) / 7, 2, '0', spec); return true;
      case 'G':
      case 'g':
      case 'V': {
        int64_t year = 0;
        int week = 0;
        iso_week(t, year, week);
        if (c == 'G') append_number(out, year, 4, '0', spec);
        if (c == 'g') append_number(out, year - floor_div(year, 100) * 100, 2, '0', spec);
        if (c == 'V') append_number(out, week, 2, '0', spec);
        return true;
      }
      case 'A':
      case 'a':
      case 'B':
      case 'b':
      case 'h': {
        std::string name = c == 'A' || c == 'a' ? kDayNames[t.weekday] : kMonthNames[t.month - 1];
        if (c != 'A' && c != 'B') name.resize(3);
        Spec word = spec;
        word.upcase = spec.upcase || spec.change_case;
        append_word(out, name, word);
        return true;
      }
      case 'p':
      case 'P': {
        // '#' swaps %p's case (pm) and leaves %P upper case (PM), as Ruby does.
        const bool upper_case = c == 'p' ? !spec.change_case : spec.change_case || spec.upcase;
        Spec word = spec;
        word.upcase = false;
        append_word(out, upper_case ? (t.hour < 12 ? "AM" : "PM") : (t.hour < 12 ? "am" : "pm"), word);
        return true;
      }
      case 'Z':
        // A bare offset has no abbreviation: Ruby prints nothing, whatever the width.
        if (!time_.zone_abbreviation.empty()) {
          append_word(out, spec.change_case ? lower(time_.zone_abbreviation) : time_.zone_abbreviation, spec);
        }
        return true;
      case 'z': append_offset(out, time_.utc_offset, spec); return true;
      case 'c': append_composite(out, "%a %b %e %H:%M:%S %Y", spec); return true;
      case 'x':
      case 'D': append_composite(out, "%m/%d/%y", spec); return true;
      case 'X':
      case 'T': append_composite(out, "%H:%M:%S", spec); return true;
      case 'F': append_composite(out, "%Y-%m-%d", spec); return true;
      case 'R': append_composite(out, "%H:%M", spec); return true;
      case 'r': append_composite(out, "%I:%M:%S %p", spec); return true;
      case 'v': append_composite(out, "%e-%^b-%4Y", spec); return true;
      case 'n': append_word(out, "\n", spec); return true;
      case 't': append_word(out, "\t", spec); return true;
      case '%': append_word(out, "%", spec); return true;
      default: return false;
    }
  }

  // %c, %F, ...: the expansion, then the spec's width and case on the whole.
  void append_composite(std::string& out, std::string_view pattern, const Spec& spec) const {
    Spec whole = spec;
    if (whole.padding == '0') whole.padding = 0;
    append_word(out, format(pattern), whole);
  }

  const Timestamp& time_;
  LocalTime local_;
};

}  // namespace

std::string format_strftime(std::string_view format, const Timestamp& time) { return Formatter(time).format(format); }

}  // namespace folio
