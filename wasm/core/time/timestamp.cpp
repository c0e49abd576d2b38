#include "core/time/timestamp.h"

#include "core/time/civil_time.h"

namespace folio {

LocalTime local_time_of(const Timestamp& time) {
  const int64_t local = time.unix_seconds + time.utc_offset;
  const int64_t days = floor_div(local, 86400);
  const int64_t second_of_day = local - days * 86400;
  const CivilDate date = civil_from_days(days);
  LocalTime out;
  out.year = date.year;
  out.month = date.month;
  out.day = date.day;
  out.hour = static_cast<int>(second_of_day / 3600);
  out.minute = static_cast<int>(second_of_day / 60 % 60);
  out.second = static_cast<int>(second_of_day % 60);
  out.weekday = weekday_of(days);
  out.day_of_year = static_cast<int>(days - days_from_civil(date.year, 1, 1)) + 1;
  return out;
}

Timestamp in_zone(int64_t unix_seconds, const TimeZone& zone) {
  Timestamp time;
  time.unix_seconds = unix_seconds;
  time.utc_offset = zone.offset_at(unix_seconds);
  time.zone_abbreviation = zone.abbreviation_at(unix_seconds);
  time.has_time = true;
  return time;
}

int64_t unix_seconds_of_local(int64_t local_seconds, const TimeZone& zone) {
  // The offsets in force a day either side are the ones the wall-clock time
  // can have; the smaller first, so a repeated hour is read as its second
  // pass (standard time), as Ruby's Time.local reads it.
  int smaller = zone.offset_at(local_seconds - 86400), larger = zone.offset_at(local_seconds + 86400);
  if (smaller > larger) std::swap(smaller, larger);
  for (const int offset : {smaller, larger}) {
    if (zone.offset_at(local_seconds - offset) == offset) return local_seconds - offset;
  }
  // Skipped by a change: read with the offset before it, shown after it.
  return local_seconds - zone.offset_at(local_seconds - 86400);
}

}  // namespace folio
