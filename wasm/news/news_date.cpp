#include "news/news_date.h"

#include <cstdio>

namespace folio {
namespace {

constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

// Days from 1970-01-01 to year-month-day in the proleptic Gregorian calendar
// (Howard Hinnant's days_from_civil).
std::int64_t days_from_civil(int year, int month, int day) {
  const std::int64_t y = month <= 2 ? year - 1 : year;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t year_of_era = y - era * 400;
  const std::int64_t day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

// Reads the text left to right; every read either consumes what it asks for
// or leaves the position unchanged.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  bool at_end() const { return pos_ == text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  size_t position() const { return pos_; }
  void reset(size_t pos) { pos_ = pos; }

  bool accept(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  bool accept_word(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }
  // Between min_digits and max_digits ASCII digits.
  bool digits(int min_digits, int max_digits, int& value) {
    int count = 0;
    int result = 0;
    while (count < max_digits && peek() >= '0' && peek() <= '9') {
      result = result * 10 + (peek() - '0');
      ++pos_;
      ++count;
    }
    if (count < min_digits) {
      pos_ -= static_cast<size_t>(count);
      return false;
    }
    value = result;
    return true;
  }
  int skip_blanks() {
    int count = 0;
    while (peek() == ' ' || peek() == '\t') {
      ++pos_;
      ++count;
    }
    return count;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
  return text;
}

bool read_day(Scanner& in, NewsDate& date) {
  return in.digits(4, 4, date.year) && in.accept('-') && in.digits(1, 2, date.month) && in.accept('-') &&
         in.digits(1, 2, date.day);
}

// H:MM[:SS[.fraction]]; the fraction is read and ignored.
bool read_time(Scanner& in, NewsDate& date) {
  if (!in.digits(1, 2, date.hour) || !in.accept(':') || !in.digits(2, 2, date.minute)) return false;
  if (in.accept(':')) {
    if (!in.digits(2, 2, date.second)) return false;
    if (in.accept('.')) {
      int ignored = 0;
      while (in.digits(1, 9, ignored)) {
      }
    }
  }
  date.has_time = true;
  return true;
}

// Z, UTC, GMT, +HH, +HHMM, +HH:MM (or '-'). False when nothing zone-like is
// there; `problem` says why a zone-like suffix is out of range.
bool read_zone(Scanner& in, NewsDate& date, std::string& problem) {
  if (in.accept('Z') || in.accept('z') || in.accept_word("UTC") || in.accept_word("GMT")) {
    date.has_offset = true;
    date.offset_minutes = 0;
    return true;
  }
  const char sign = in.peek();
  if (sign != '+' && sign != '-') return false;
  const size_t start = in.position();
  in.accept(sign);
  int hours = 0, minutes = 0;
  bool read = in.digits(1, 2, hours);
  if (read && in.accept(':')) {
    read = in.digits(2, 2, minutes);
  } else if (read) {
    in.digits(2, 2, minutes);  // optional: +04 or +0400
  }
  if (!read) {
    in.reset(start);
    return false;
  }
  if (hours > 23 || minutes > 59) problem = "the UTC offset is out of range";
  date.has_offset = true;
  date.offset_minutes = (sign == '-' ? -1 : 1) * (hours * 60 + minutes);
  return true;
}

std::string validate(const NewsDate& date) {
  if (date.month < 1 || date.month > 12) return "there is no month " + std::to_string(date.month);
  if (date.day < 1 || date.day > days_in_month(date.year, date.month)) {
    return std::string(kMonthNames[date.month - 1]) + " " + std::to_string(date.year) + " has no day " +
           std::to_string(date.day);
  }
  if (date.hour > 23 || date.minute > 59 || date.second > 59) return "the time of day is out of range";
  return "";
}

std::string two_digits(int value) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d", value);
  return buffer;
}

std::string four_digits(int value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d", value);
  return buffer;
}

}  // namespace

std::int64_t NewsDate::instant() const {
  const std::int64_t seconds = days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
  return seconds - static_cast<std::int64_t>(offset_minutes) * 60;
}

NewsDateParse parse_news_date(std::string_view text) {
  const std::string_view trimmed = trim(text);
  NewsDateParse result;
  if (trimmed.empty()) {
    result.problem = "the date is empty";
    return result;
  }
  Scanner in(trimmed);
  NewsDate date;
  bool complete = read_day(in, date);
  if (complete && !in.at_end()) {
    const bool t_separator = in.accept('T') || in.accept('t');
    const bool blank_separator = !t_separator && in.skip_blanks() > 0;
    complete = (t_separator || blank_separator) && read_time(in, date);
    if (complete && !in.at_end()) {
      in.skip_blanks();
      complete = read_zone(in, date, result.problem) && in.at_end();
    }
  }
  if (!complete) {
    result.problem = "it is not a date in a form al-folio sites use";
    return result;
  }
  if (result.problem.empty()) result.problem = validate(date);
  if (result.problem.empty()) result.date = date;
  return result;
}

std::optional<NewsDate> date_from_file_name(std::string_view file_name) {
  Scanner in(file_name);
  NewsDate date;
  if (!read_day(in, date) || !in.accept('-') || !validate(date).empty()) return std::nullopt;
  return date;
}

std::string format_news_row_date(const NewsDate& date) {
  return std::string(kMonthNames[date.month - 1]).substr(0, 3) + " " + two_digits(date.day) + ", " +
         four_digits(date.year);
}

std::string format_news_page_date(const NewsDate& date) {
  return std::string(kMonthNames[date.month - 1]) + " " + two_digits(date.day) + ", " + four_digits(date.year);
}

std::string format_iso_date(const NewsDate& date) {
  std::string iso = four_digits(date.year) + "-" + two_digits(date.month) + "-" + two_digits(date.day);
  if (!date.has_time) return iso;
  iso += "T" + two_digits(date.hour) + ":" + two_digits(date.minute) + ":" + two_digits(date.second);
  if (!date.has_offset) return iso;
  if (date.offset_minutes == 0) return iso + "Z";
  const int magnitude = date.offset_minutes < 0 ? -date.offset_minutes : date.offset_minutes;
  iso += date.offset_minutes < 0 ? '-' : '+';
  return iso + two_digits(magnitude / 60) + ":" + two_digits(magnitude % 60);
}

}  // namespace folio
