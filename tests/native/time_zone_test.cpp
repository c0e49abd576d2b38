#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <set>
#include <string>

#include "core/time/time_zone.h"
#include "core/time/time_zone_table.h"

namespace {

struct ZoneCase {
  const char* zone;
  int64_t unix_seconds;
  int offset;
  const char* abbreviation;
};

}  // namespace

// Expected values printed by Ruby 3.1 with TZ=<zone> (Time.at(t).utc_offset
// and .zone), on either side of each daylight-saving change.
TEST_CASE("time zones: offsets and abbreviations across DST changes in both hemispheres", "[time][zone]") {
  const ZoneCase cases[] = {
    {"America/New_York", 1772953199, -18000, "EST"},  // 2026-03-08 06:59:59Z -> 2026-03-08 01:59:59 -0500
    {"America/New_York", 1772953200, -14400, "EDT"},  // 2026-03-08 07:00:00Z -> 2026-03-08 03:00:00 -0400
    {"America/New_York", 1793512799, -14400, "EDT"},  // 2026-11-01 05:59:59Z -> 2026-11-01 01:59:59 -0400
    {"America/New_York", 1793512800, -18000, "EST"},  // 2026-11-01 06:00:00Z -> 2026-11-01 01:00:00 -0500
    {"Australia/Sydney", 1775318399, 39600, "AEDT"},  // 2026-04-04 15:59:59Z -> 2026-04-05 02:59:59 +1100
    {"Australia/Sydney", 1775318400, 36000, "AEST"},  // 2026-04-04 16:00:00Z -> 2026-04-05 02:00:00 +1000
    {"Australia/Sydney", 1791043199, 36000, "AEST"},  // 2026-10-03 15:59:59Z -> 2026-10-04 01:59:59 +1000
    {"Australia/Sydney", 1791043200, 39600, "AEDT"},  // 2026-10-03 16:00:00Z -> 2026-10-04 03:00:00 +1100
    {"America/Santiago", 1775357999, -10800, "-03"},  // 2026-04-05 02:59:59Z -> 2026-04-04 23:59:59 -0300
    {"America/Santiago", 1775358000, -14400, "-04"},  // 2026-04-05 03:00:00Z -> 2026-04-04 23:00:00 -0400
    {"America/Santiago", 1788667199, -14400, "-04"},  // 2026-09-06 03:59:59Z -> 2026-09-05 23:59:59 -0400
    {"America/Santiago", 1788667200, -10800, "-03"},  // 2026-09-06 04:00:00Z -> 2026-09-06 01:00:00 -0300
    {"Australia/Lord_Howe", 1768435200, 39600, "+11"},  // 2026-01-15 00:00:00Z -> 2026-01-15 11:00:00 +1100
    {"Australia/Lord_Howe", 1784073600, 37800, "+1030"},  // 2026-07-15 00:00:00Z -> 2026-07-15 10:30:00 +1030
    {"Europe/London", 1774745999, 0, "GMT"},  // 2026-03-29 00:59:59Z -> 2026-03-29 00:59:59 +0000
    {"Europe/London", 1774746000, 3600, "BST"},  // 2026-03-29 01:00:00Z -> 2026-03-29 02:00:00 +0100
    {"Asia/Shanghai", 1782864000, 28800, "CST"},  // 2026-07-01 00:00:00Z -> 2026-07-01 08:00:00 +0800
    {"Etc/GMT+8", 1782864000, -28800, "-08"},  // 2026-07-01 00:00:00Z -> 2026-06-30 16:00:00 -0800
    {"Asia/Kolkata", 1782864000, 19800, "IST"},  // 2026-07-01 00:00:00Z -> 2026-07-01 05:30:00 +0530
    {"Asia/Kathmandu", 1782864000, 20700, "+0545"},  // 2026-07-01 00:00:00Z -> 2026-07-01 05:45:00 +0545
    {"UTC", 1782864000, 0, "UTC"},  // 2026-07-01 00:00:00Z -> 2026-07-01 00:00:00 +0000
    {"America/Sao_Paulo", 1767225600, -10800, "-03"},  // 2026-01-01 00:00:00Z -> 2025-12-31 21:00:00 -0300
    {"Africa/Cairo", 1782864000, 10800, "EEST"},  // 2026-07-01 00:00:00Z -> 2026-07-01 03:00:00 +0300
    {"Asia/Tehran", 1782864000, 12600, "+0330"},  // 2026-07-01 00:00:00Z -> 2026-07-01 03:30:00 +0330
    {"Europe/Dublin", 1768435200, 0, "GMT"},  // 2026-01-15 00:00:00Z -> 2026-01-15 00:00:00 +0000
    {"Europe/Dublin", 1784073600, 3600, "IST"},  // 2026-07-15 00:00:00Z -> 2026-07-15 01:00:00 +0100
    {"Pacific/Auckland", 1775311199, 46800, "NZDT"},  // 2026-04-04 13:59:59Z -> 2026-04-05 02:59:59 +1300
    {"Pacific/Auckland", 1775311200, 43200, "NZST"},  // 2026-04-04 14:00:00Z -> 2026-04-05 02:00:00 +1200
    {"Pacific/Auckland", 1790431199, 43200, "NZST"},  // 2026-09-26 13:59:59Z -> 2026-09-27 01:59:59 +1200
    {"Pacific/Auckland", 1790431200, 46800, "NZDT"},  // 2026-09-26 14:00:00Z -> 2026-09-27 03:00:00 +1300
  };
  for (const ZoneCase& c : cases) {
    CAPTURE(c.zone, c.unix_seconds);
    const std::optional<folio::TimeZone> zone = folio::TimeZone::named(c.zone);
    REQUIRE(zone);
    CHECK(zone->offset_at(c.unix_seconds) == c.offset);
    CHECK(zone->abbreviation_at(c.unix_seconds) == c.abbreviation);
  }
}

TEST_CASE("time zones: names folio does not know, and POSIX rules", "[time][zone]") {
  for (const char* unknown : {"", "Mars/Olympus_Mons", "america/new_york", "EST5EDT,M3.2.0,M11.1.0", "Asia"}) {
    CAPTURE(unknown);
    CHECK_FALSE(folio::TimeZone::named(unknown));
  }
  CHECK(folio::TimeZone::utc().offset_at(1782864000) == 0);
  CHECK(folio::TimeZone::utc().abbreviation_at(1782864000) == "UTC");
  CHECK(folio::TimeZone::named("US/Eastern")->offset_at(1782864000) == -4 * 3600);  // a backward link

  struct RuleCase {
    const char* rule;
    int64_t unix_seconds;
    int offset;
    const char* abbreviation;
  };
  const RuleCase rules[] = {
      {"CST-8", 0, 8 * 3600, "CST"},
      {"<+0530>-5:30", 0, 19800, "+0530"},
      {"EST5EDT", 1782864000, -4 * 3600, "EDT"},                // no dates: the US rules
      {"EST5EDT,0/0,J365/25", 1767225600 + 3600, -4 * 3600, "EDT"},  // daylight all year
      {"XXX3YYY,J60/0,J61/0", 1772323200 + 3 * 3600, -2 * 3600, "YYY"},  // J60 is March 1, leap or not
  };
  for (const RuleCase& r : rules) {
    CAPTURE(r.rule, r.unix_seconds);
    const std::optional<folio::TimeZone> zone = folio::TimeZone::from_posix_rule(r.rule);
    REQUIRE(zone);
    CHECK(zone->offset_at(r.unix_seconds) == r.offset);
    CHECK(zone->abbreviation_at(r.unix_seconds) == r.abbreviation);
  }
  for (const char* bad : {"", "E5", "EST", "EST5EDT,M13.1.0,M11.1.0", "EST5EDT,M3.2.0", "<+05", "EST5EDT,M3.2.0,M11.1.0,"}) {
    CAPTURE(bad);
    CHECK_FALSE(folio::TimeZone::from_posix_rule(bad));
  }
}

// Differential: every zone of the table against glibc's localtime_r with
// TZ=<zone>, which reads the machine's tz database (skipped without one).
// From 2026 to 2030 each zone follows the rule the table holds, so any
// difference is a mistake in evaluating it; except Morocco's, whose Ramadan
// changes follow no POSIX rule (tzdata lists them one by one).
TEST_CASE("time zones: every zone agrees with glibc from 2026 to 2030", "[time][zone][differential]") {
  if (!std::ifstream("/usr/share/zoneinfo/America/New_York")) {
    WARN("no tz database on this machine; the glibc comparison is skipped");
    return;
  }
  const char* saved = std::getenv("TZ");
  const std::string saved_tz = saved ? saved : "";
  size_t compared = 0, differing = 0;
  std::string examples;
  const std::set<std::string> lunar = {"Africa/Casablanca", "Africa/El_Aaiun"};
  for (size_t i = 0; i < folio::kZoneEntryCount; ++i) {
    const std::string name(folio::kZoneEntries[i].name);
    setenv("TZ", name.c_str(), 1);
    tzset();
    if (lunar.count(name)) continue;
    const folio::TimeZone zone = *folio::TimeZone::named(name);
    // Every 6 hours and 17 minutes, so that the instants drift across hours and days.
    for (int64_t t = 1767225600; t < 1893456000; t += 6 * 3600 + 17 * 60) {
      const time_t instant = static_cast<time_t>(t);
      std::tm local{};
      localtime_r(&instant, &local);
      ++compared;
      if (zone.offset_at(t) != local.tm_gmtoff || zone.abbreviation_at(t) != local.tm_zone) {
        if (++differing <= 5) {
          examples += name + " at " + std::to_string(t) + ": folio " + std::to_string(zone.offset_at(t)) + " " +
                      zone.abbreviation_at(t) + ", glibc " + std::to_string(local.tm_gmtoff) + " " + local.tm_zone +
                      "\n";
        }
      }
    }
  }
  if (saved) {
    setenv("TZ", saved_tz.c_str(), 1);
  } else {
    unsetenv("TZ");
  }
  tzset();
  CHECK(compared > 1000000);
  INFO(examples);
  CHECK(differing == 0);
}
