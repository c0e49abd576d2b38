// Differential tests against Ruby itself (Debian's ruby, which Jekyll runs
// on): the same instants, formats and date strings through Ruby and through
// folio. Skipped, with a warning, on a machine without ruby.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/time/timestamp.h"

namespace {

// Runs a Ruby program; its standard output, split into lines. Empty when
// ruby cannot be run.
std::vector<std::string> run_ruby(const std::string& program) {
  const std::string path = "/tmp/folio-time-differential.rb";
  std::ofstream(path) << program;
  std::vector<std::string> lines;
  FILE* pipe = popen(("ruby " + path + " 2>/dev/null").c_str(), "r");
  if (pipe == nullptr) return lines;
  std::string output;
  char buffer[4096];
  size_t read = 0;
  while ((read = fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, read);
  pclose(pipe);
  std::istringstream in(output);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string ruby_string(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "'";
}

const char* const kFormats[] = {
    "%Y-%m-%d %H:%M:%S %z", "%b %-d, %Y", "%b %d, %Y", "%B %d, %Y", "%-d %B %Y", "%b %Y", "%a %A %^a %#b %^B",
    "%e|%-e|%_e|%0e|%3e", "%j %-j %U %W %V %G %g %u %w", "%I %l %p %P %#p %-I", "%c|%x|%X|%D|%F|%T|%R|%r|%v",
    "%s %N %3N %L %6N", "%z %:z %::z %:::z %_z %-z %10z %_10:z", "%C %y %10Y %-m/%-d", "%%|%n|%t|%Q|%5|",
    "%^10b|%-10A|%010A|%_5H|%k", "%Z %^Z %#Z %10Z",
};

}  // namespace

TEST_CASE("strftime agrees with Ruby's Time#strftime", "[time][strftime][differential]") {
  // Instants around New Year, leap days and week boundaries, in zones east
  // and west, with and without an abbreviation.
  const int64_t instants[] = {0, 951782400, 1104537600, 1230768000, 1709164800, 1735603200, 1772766000, 1798675199};
  const struct {
    const char* zone;  // "" for a bare offset
    int offset;
  } zones[] = {{"UTC", 0}, {"America/New_York", 0}, {"Asia/Kolkata", 0}, {"", -4 * 3600}, {"", 5 * 3600 + 45 * 60}};
  std::string program = "$stdout.sync = true\n";
  std::vector<std::pair<folio::Timestamp, std::string>> expected_inputs;
  for (const auto& zone : zones) {
    for (const int64_t instant : instants) {
      folio::Timestamp time;
      if (zone.zone[0] != '\0') {
        time = folio::in_zone(instant, *folio::TimeZone::named(zone.zone));
        program += "ENV['TZ'] = '" + std::string(zone.zone) + "'\nt = Time.at(" + std::to_string(instant) +
                   ", 987654321, :nsec)\n";
      } else {
        time.unix_seconds = instant;
        time.utc_offset = zone.offset;
        program += "t = Time.at(" + std::to_string(instant) + ", 987654321, :nsec).getlocal(" +
                   std::to_string(zone.offset) + ")\n";
      }
      time.nanos = 987654321;
      for (const char* format : kFormats) {
        program += "puts t.strftime(" + ruby_string(format) + ").inspect rescue puts 'error'\n";
        expected_inputs.emplace_back(time, format);
      }
    }
  }
  const std::vector<std::string> ruby = run_ruby(program);
  if (ruby.empty()) {
    WARN("ruby is not installed; the Ruby comparison is skipped");
    return;
  }
  REQUIRE(ruby.size() == expected_inputs.size());
  for (size_t i = 0; i < ruby.size(); ++i) {
    if (ruby[i] == "error") continue;  // Ruby raises ("%5" at the end); folio prints it as written
    const std::string folio = folio::format_strftime(expected_inputs[i].second, expected_inputs[i].first);
    std::ostringstream inspected;  // Ruby's String#inspect of ASCII
    inspected << '"';
    for (char c : folio) {
      if (c == '\n') inspected << "\\n";
      else if (c == '\t') inspected << "\\t";
      else if (c == '"' || c == '\\') inspected << '\\' << c;
      else inspected << c;
    }
    inspected << '"';
    CAPTURE(expected_inputs[i].second, expected_inputs[i].first.unix_seconds, expected_inputs[i].first.utc_offset);
    CHECK(inspected.str() == ruby[i]);
  }
}

TEST_CASE("Time.parse agrees with Ruby's in several site zones", "[time][parse][differential]") {
  const char* const texts[] = {
      "2026-03-05 22:00:00 -0400", "2026-03-05", "March 5, 2026", "5 Mar 2026", "2026/03/05 10:00", "20260305",
      "Thu, 05 Mar 2026 22:00:00 -0400", "2026-03-05T22:00:00Z", "2026-03-05T22:00:00.25+05:30", "March 2026",
      "2026-07-04 12:00 pm", "Jul 4th 2026 9:30 am EST", "2026-10-25 01:30:00", "2026-03-29 02:30:00",
      "2026-04-05 02:30:00", "2026-10-04 02:30:00", "04/07/2026", "2026.07.04", "2026-12-31 23:59:59 UTC",
      "Sat, 26 Sep 2026", "September 27, 2026 3:00", "2026-02-30", "not a date", "2026",
  };
  const char* const zones[] = {"UTC", "America/New_York", "Europe/London", "Australia/Sydney", "Asia/Shanghai",
                               "America/Santiago"};
  const int64_t now = 1796137445;
  std::string program = "require 'time'\nnow = Time.at(" + std::to_string(now) + ")\n";
  for (const char* zone : zones) {
    for (const char* text : texts) {
      program += "ENV['TZ'] = '" + std::string(zone) + "'\nbegin\n  t = Time.parse(" + ruby_string(text) +
                 ", now)\n  puts \"#{t.to_i} #{t.utc_offset} #{t.zone} #{t.nsec}\"\nrescue\n  puts 'error'\nend\n";
    }
  }
  const std::vector<std::string> ruby = run_ruby(program);
  if (ruby.empty()) {
    WARN("ruby is not installed; the Ruby comparison is skipped");
    return;
  }
  REQUIRE(ruby.size() == std::size(zones) * std::size(texts));
  size_t i = 0;
  for (const char* zone_name : zones) {
    const folio::TimeZone zone = *folio::TimeZone::named(zone_name);
    for (const char* text : texts) {
      CAPTURE(zone_name, text);
      const std::optional<folio::Timestamp> parsed = folio::parse_time_as_written(text, zone, now);
      std::string folio = "error";
      if (parsed) {
        folio = std::to_string(parsed->unix_seconds) + " " + std::to_string(parsed->utc_offset) + " " +
                parsed->zone_abbreviation + " " + std::to_string(parsed->nanos);
      }
      CHECK(folio == ruby[i++]);
    }
  }
}
