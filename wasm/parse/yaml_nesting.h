// How deeply a YAML text nests, measured before yaml-cpp parses it. yaml-cpp
// parses recursively, one call frame chain per level, and the wasm build has a
// 512 KiB stack: YAML nested deeper than kMaxYamlNesting is refused with a
// diagnostic before it reaches the parser. Real al-folio files nest a handful
// of levels.
//
// The measure is a quick scan, not a parse: block collections count by
// indentation (each deeper-indented line and each "- " entry opens a level),
// flow collections by their open brackets outside quotes and comments, and
// block scalars (| and >) are skipped. It may count a level too many, never
// too few for brackets outside quoted scalars. Linear time.
#pragma once

#include <string_view>

namespace folio {

inline constexpr int kMaxYamlNesting = 100;

struct YamlNesting {
  bool too_deep = false;
  int line = 0;  // 1-based line of the text where the nesting passed the limit
};

YamlNesting measure_yaml_nesting(std::string_view text, int limit = kMaxYamlNesting);

}  // namespace folio
