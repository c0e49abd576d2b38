#include "news/news_date.h"

#include "core/time/civil_time.h"

namespace folio {
namespace {

constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// YYYY-M-D at the start of `text`: where it ends, or 0 when it does not start so.
size_t leading_day(std::string_view text, int& year, int& month, int& day) {
  size_t i = 0;
  auto number = [&](size_t min, size_t max, int& value) {
    const size_t start = i;
    value = 0;
    while (i < text.size() && i - start < max && is_digit(text[i])) value = value * 10 + (text[i++] - '0');
    return i - start >= min;
  };
  auto dash = [&]() { return i < text.size() && text[i++] == '-'; };
  const bool read = number(4, 4, year) && dash() && number(1, 2, month) && dash() && number(1, 2, day) &&
                    (i == text.size() || !is_digit(text[i]));
  return read ? i : 0;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::string_view(" \t\r\n").find(text.front()) != std::string_view::npos) text.remove_prefix(1);
  while (!text.empty() && std::string_view(" \t\r\n").find(text.back()) != std::string_view::npos) text.remove_suffix(1);
  return text;
}

// YAML 1.1's timestamp with a time of day and no zone ("2024-06-29 16:11:00",
// "2024-06-29T9:05:07.5"): YAML (Psych, SafeYAML) reads it as UTC.
bool is_yaml_timestamp_without_zone(std::string_view text) {
  int year = 0, month = 0, day = 0;
  if (leading_day(text, year, month, day) == 0) return false;
  size_t i = text.find_first_of("Tt ");
  if (i == std::string_view::npos) return false;
  while (i < text.size() && (text[i] == 'T' || text[i] == 't' || text[i] == ' ' || text[i] == '\t')) ++i;
  size_t colons = 0;
  for (; i < text.size(); ++i) {
    if (text[i] == ':') {
      ++colons;
    } else if (!is_digit(text[i]) && text[i] != '.') {
      return false;  // a zone, or not a timestamp at all
    }
  }
  return colons == 2;  // H:MM:SS; "16:11" is a string to YAML
}

}  // namespace

NewsDateParse parse_news_date(std::string_view text, bool quoted, const TimeZone& zone) {
  const std::string_view trimmed = trim(text);
  NewsDateParse result;
  if (trimmed.empty()) {
    result.problem = "the date is empty";
    return result;
  }
  int year = 0, month = 0, day = 0;
  const bool iso_day = leading_day(trimmed, year, month, day) != 0;
  if (iso_day && (month < 1 || month > 12)) {
    result.problem = "there is no month " + std::to_string(month);
    return result;
  }
  const bool utc = !quoted && is_yaml_timestamp_without_zone(trimmed);
  // Ruby's Time.parse; its answer is then shown in the site's zone.
  const std::optional<Timestamp> parsed =
      parse_time_as_written(utc ? std::string(trimmed) + " UTC" : std::string(trimmed), zone, 0);
  if (!parsed) {
    result.problem = "it is not a date Jekyll can read";
    return result;
  }
  Timestamp shown = in_zone(parsed->unix_seconds, zone);
  shown.has_time = parsed->has_time;
  shown.nanos = parsed->nanos;
  result.date = shown;
  if (iso_day && day > days_in_month(year, month)) {
    result.problem = std::string(kMonthNames[month - 1]) + " " + std::to_string(year) + " has no day " +
                     std::to_string(day) + ", so Jekyll shows " + format_news_page_date(shown);
  }
  return result;
}

std::optional<Timestamp> date_from_file_name(std::string_view file_name, const TimeZone& zone) {
  int year = 0, month = 0, day = 0;
  const size_t end = leading_day(file_name, year, month, day);
  if (end == 0 || end >= file_name.size() || file_name[end] != '-') return std::nullopt;
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
  Timestamp date = in_zone(unix_seconds_of_local(days_from_civil(year, month, day) * 86400, zone), zone);
  date.has_time = false;
  return date;
}

std::string format_news_row_date(const Timestamp& date) { return format_strftime("%b %d, %Y", date); }

std::string format_news_page_date(const Timestamp& date) { return format_strftime("%B %d, %Y", date); }

std::string format_iso_date(const Timestamp& date) {
  if (!date.has_time) return format_strftime("%Y-%m-%d", date);
  if (date.utc_offset == 0) return format_strftime("%Y-%m-%dT%H:%M:%SZ", date);
  return format_strftime("%Y-%m-%dT%H:%M:%S%:z", date);
}

}  // namespace folio
