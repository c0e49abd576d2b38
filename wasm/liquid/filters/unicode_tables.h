// The generated Unicode tables behind liquid/filters/unicode.h (see
// scripts/generate-liquid-unicode-tables.rb). Every table is sorted.
#pragma once

#include <cstddef>
#include <cstdint>

namespace folio::liquid::unicode_tables {

struct CodePointRange {
  char32_t first, last;
};

// Code points first..last (every `stride`th one) map to code point + delta.
struct CaseRun {
  char32_t first, last;
  int32_t delta;
  int32_t stride;
};

// A code point whose mapping is more than one code point (ß -> SS).
struct SpecialCase {
  char32_t code_point;
  const char* utf8;
};

extern const CodePointRange letters[], marks[], decimal_digits[], alphanumerics[];
extern const size_t letters_size, marks_size, decimal_digits_size, alphanumerics_size;
extern const CodePointRange han[], hiragana[], katakana[], hangul[];
extern const size_t han_size, hiragana_size, katakana_size, hangul_size;
extern const CaseRun downcase_runs[], upcase_runs[];
extern const size_t downcase_runs_size, upcase_runs_size;
extern const SpecialCase downcase_specials[], upcase_specials[], titlecase_specials[];
extern const size_t downcase_specials_size, upcase_specials_size, titlecase_specials_size;

}  // namespace folio::liquid::unicode_tables
