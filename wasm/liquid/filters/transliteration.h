// Ruby's I18n.transliterate with the default (English) rules: each Latin
// letter with a mark becomes its ASCII approximation ("ø" -> "o", "ß" ->
// "ss"), every other non-ASCII character becomes "?". al-folio's
// remove_accents and Jekyll's slugify "latin" mode use it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace folio::liquid {

struct Transliteration {
  char32_t code_point;
  const char* ascii;
};

// Sorted by code point (transliteration_table.cpp, generated).
extern const Transliteration kTransliterations[];
extern const size_t kTransliterationCount;

std::string transliterate(std::string_view text);

}  // namespace folio::liquid
