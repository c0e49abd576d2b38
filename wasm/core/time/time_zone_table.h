// The IANA zones folio knows, each with the POSIX TZ rule it follows today:
// a table generated from Debian's tzdata by scripts/generate-time-zones.mjs
// and committed (time_zone_table.cpp), because the core reads no files.
//
// A POSIX rule describes a zone's current offsets and daylight-saving
// changes; times before a zone last changed its rules (Europe/Moscow before
// 2014, America/Sao_Paulo's DST before 2019, the United States before 2007)
// are shown with today's rule, and Morocco's Ramadan changes
// (Africa/Casablanca, Africa/El_Aaiun), which no POSIX rule describes, are
// not shown at all.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace folio {

struct ZoneEntry {
  std::string_view name;  // "America/New_York"; the table is sorted by name
  uint16_t rule;          // index into kPosixRules
};

extern const std::string_view kTzdataVersion;  // "2025b"
extern const std::string_view kPosixRules[];
extern const ZoneEntry kZoneEntries[];
extern const size_t kZoneEntryCount;

}  // namespace folio
