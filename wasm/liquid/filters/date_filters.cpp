// Liquid's date filter and Jekyll's date filters, with Ruby's strftime in
// the site's time zone (core/time). Liquid reads a string with Time.parse,
// which keeps an offset written in it; Jekyll's date_to_* filters then show
// the instant in the site's zone (Time#localtime under Jekyll's TZ).
#include <string>

#include "core/time/time_zone.h"
#include "core/time/timestamp.h"
#include "liquid/filters/filter_groups.h"
#include "liquid/filters/filter_support.h"

namespace folio::liquid {

namespace {

TimeZone site_zone(const FilterContext& context) {
  if (auto zone = TimeZone::named(context.site().time_zone)) return *zone;
  return TimeZone::utc();
}

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Liquid's Utils.to_date: "now" and "today", Unix seconds (an integer or
// digits), anything Time.parse reads; nullopt for the rest.
std::optional<Timestamp> to_date(const Value& input, FilterContext& context) {
  const TimeZone zone = site_zone(context);
  if (input.is_integer()) return in_zone(input.as_integer(), zone);
  if (!input.is_string() || input.as_string().empty()) return std::nullopt;
  std::string text = input.as_string();
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (text == "now" || text == "today") return in_zone(context.site().now_unix_seconds, zone);
  if (all_digits(text)) {
    if (const auto seconds = parse_ruby_integer(text)) return in_zone(*seconds, zone);
    return std::nullopt;
  }
  return parse_time_as_written(input.as_string(), zone, context.site().now_unix_seconds);
}

Value date(const FilterCall& call, FilterContext& context) {
  const std::string format = to_s(argument(call, 0));
  if (format.empty()) return call.input;
  const auto time = to_date(call.input, context);
  if (!time) return call.input;
  return format_strftime(format, *time);
}

// Jekyll's time(): the date in the site's zone, or its InvalidDateError.
Timestamp jekyll_time(const Value& input, FilterContext& context) {
  const auto time = to_date(input, context);
  if (!time) throw FilterError("Invalid Date: '" + inspect(input) + "' is not a valid datetime.");
  return in_zone(time->unix_seconds, site_zone(context));
}

Value date_to_xmlschema(const FilterCall& call, FilterContext& context) {
  if (to_s(call.input).empty()) return call.input;
  return format_strftime("%Y-%m-%dT%H:%M:%S%:z", jekyll_time(call.input, context));
}

Value date_to_rfc822(const FilterCall& call, FilterContext& context) {
  if (to_s(call.input).empty()) return call.input;
  return format_strftime("%a, %d %b %Y %H:%M:%S %z", jekyll_time(call.input, context));
}

std::string ordinal_suffix(int day) {
  if (day >= 11 && day <= 13) return "th";
  switch (day % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
  }
}

// date_to_string and date_to_long_string: "27 Jan 2011"; with "ordinal",
// "27th Jan 2011", or "Jan 27th, 2011" in the "US" style.
Value stringify_date(const FilterCall& call, FilterContext& context, std::string_view month) {
  if (to_s(call.input).empty()) return call.input;
  const Timestamp time = jekyll_time(call.input, context);
  if (to_s(argument(call, 0)) == "ordinal") {
    const int day = local_time_of(time).day;
    const std::string ordinal_day = std::to_string(day) + ordinal_suffix(day);
    if (to_s(argument(call, 1)) == "US") return format_strftime(std::string(month) + " " + ordinal_day + ", %Y", time);
    return format_strftime(ordinal_day + " " + std::string(month) + " %Y", time);
  }
  return format_strftime("%d " + std::string(month) + " %Y", time);
}

Value date_to_string(const FilterCall& call, FilterContext& context) { return stringify_date(call, context, "%b"); }
Value date_to_long_string(const FilterCall& call, FilterContext& context) {
  return stringify_date(call, context, "%B");
}

const FilterSpec kDateFilters[] = {
    {"date", 1, 1, date},
    {"date_to_long_string", 0, 2, date_to_long_string},
    {"date_to_rfc822", 0, 0, date_to_rfc822},
    {"date_to_string", 0, 2, date_to_string},
    {"date_to_xmlschema", 0, 0, date_to_xmlschema},
};

}  // namespace

FilterGroup date_filters() { return {kDateFilters, sizeof kDateFilters / sizeof kDateFilters[0]}; }

}  // namespace folio::liquid
