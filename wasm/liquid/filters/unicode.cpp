#include "liquid/filters/unicode.h"

#include "core/utf8.h"

#include <algorithm>

#include "liquid/filters/unicode_tables.h"

namespace folio::liquid {

namespace {

using unicode_tables::CaseRun;
using unicode_tables::CodePointRange;
using unicode_tables::SpecialCase;

constexpr char32_t kReplacementCharacter = 0xFFFD;

// A table's ASCII members, for the common case without its binary search
// (\b in a regex asks for every character of the subject).
class AsciiMembers {
 public:
  AsciiMembers(const CodePointRange* ranges, size_t size) {
    for (const CodePointRange* range = ranges; range != ranges + size && range->first < 0x80; ++range) {
      for (char32_t c = range->first; c <= range->last && c < 0x80; ++c) members_[c] = true;
    }
  }
  bool has(char32_t c) const { return members_[c]; }

 private:
  bool members_[0x80] = {};
};

bool in_ranges(const CodePointRange* ranges, size_t size, char32_t code_point) {
  const CodePointRange* end = ranges + size;
  const CodePointRange* found =
      std::upper_bound(ranges, end, code_point, [](char32_t cp, const CodePointRange& r) { return cp < r.first; });
  return found != ranges && code_point <= (found - 1)->last;
}

const char* find_special(const SpecialCase* table, size_t size, char32_t code_point) {
  const SpecialCase* end = table + size;
  const SpecialCase* found =
      std::lower_bound(table, end, code_point, [](const SpecialCase& s, char32_t cp) { return s.code_point < cp; });
  return found != end && found->code_point == code_point ? found->utf8 : nullptr;
}

char32_t map_simple(const CaseRun* runs, size_t size, char32_t code_point) {
  const CaseRun* end = runs + size;
  const CaseRun* found =
      std::upper_bound(runs, end, code_point, [](char32_t cp, const CaseRun& r) { return cp < r.first; });
  if (found == runs) return code_point;
  const CaseRun& run = *(found - 1);
  if (code_point > run.last || (code_point - run.first) % static_cast<char32_t>(run.stride) != 0) return code_point;
  return static_cast<char32_t>(static_cast<int32_t>(code_point) + run.delta);
}

struct CaseTable {
  const CaseRun* runs;
  size_t runs_size;
  const SpecialCase* specials;
  size_t specials_size;
};

void append_mapped(std::string& out, const CaseTable& table, char32_t code_point) {
  if (const char* special = find_special(table.specials, table.specials_size, code_point)) {
    out += special;
  } else {
    append_code_point(out, map_simple(table.runs, table.runs_size, code_point));
  }
}

const CaseTable kDowncase{unicode_tables::downcase_runs, unicode_tables::downcase_runs_size,
                          unicode_tables::downcase_specials, unicode_tables::downcase_specials_size};
const CaseTable kUpcase{unicode_tables::upcase_runs, unicode_tables::upcase_runs_size, unicode_tables::upcase_specials,
                        unicode_tables::upcase_specials_size};

std::string map_case(std::string_view text, const CaseTable& table) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {  // the common case, without a table lookup
      const bool upper = byte >= 'A' && byte <= 'Z', lower = byte >= 'a' && byte <= 'z';
      char c = static_cast<char>(byte);
      if (&table == &kDowncase && upper) c = static_cast<char>(byte + 32);
      if (&table == &kUpcase && lower) c = static_cast<char>(byte - 32);
      out += c;
      ++i;
      continue;
    }
    const DecodedCharacter character = decode_character(text, i);
    append_mapped(out, table, character.code_point);
    i += character.length;
  }
  return out;
}

}  // namespace

DecodedCharacter decode_character(std::string_view text, size_t offset) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[offset + k]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return {lead, 1};
  size_t length = 0;
  char32_t code_point = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07;
  } else {
    return {kReplacementCharacter, 1};
  }
  if (offset + length > text.size()) return {kReplacementCharacter, 1};
  for (size_t k = 1; k < length; ++k) {
    if ((byte(k) & 0xC0) != 0x80) return {kReplacementCharacter, 1};
    code_point = (code_point << 6) | (byte(k) & 0x3F);
  }
  const bool overlong = (length == 3 && code_point < 0x800) || (length == 4 && code_point < 0x10000);
  if (overlong || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    return {kReplacementCharacter, 1};
  }
  return {code_point, length};
}

void append_code_point(std::string& out, char32_t code_point) { append_utf8_bytes(out, code_point); }

std::vector<size_t> character_offsets(std::string_view text) {
  std::vector<size_t> offsets;
  offsets.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size(); i += decode_character(text, i).length) offsets.push_back(i);
  offsets.push_back(text.size());
  return offsets;
}

size_t character_count(std::string_view text) {
  size_t count = 0;
  for (size_t i = 0; i < text.size(); i += decode_character(text, i).length) ++count;
  return count;
}

bool is_letter(char32_t cp) {
  static const AsciiMembers ascii(unicode_tables::letters, unicode_tables::letters_size);
  return cp < 0x80 ? ascii.has(cp) : in_ranges(unicode_tables::letters, unicode_tables::letters_size, cp);
}
bool is_mark(char32_t cp) {
  static const AsciiMembers ascii(unicode_tables::marks, unicode_tables::marks_size);
  return cp < 0x80 ? ascii.has(cp) : in_ranges(unicode_tables::marks, unicode_tables::marks_size, cp);
}
bool is_decimal_digit(char32_t cp) {
  return in_ranges(unicode_tables::decimal_digits, unicode_tables::decimal_digits_size, cp);
}
bool is_alphanumeric(char32_t cp) {
  static const AsciiMembers ascii(unicode_tables::alphanumerics, unicode_tables::alphanumerics_size);
  return cp < 0x80 ? ascii.has(cp) : in_ranges(unicode_tables::alphanumerics, unicode_tables::alphanumerics_size, cp);
}
bool is_han(char32_t cp) { return in_ranges(unicode_tables::han, unicode_tables::han_size, cp); }
bool is_hiragana(char32_t cp) { return in_ranges(unicode_tables::hiragana, unicode_tables::hiragana_size, cp); }
bool is_katakana(char32_t cp) { return in_ranges(unicode_tables::katakana, unicode_tables::katakana_size, cp); }
bool is_hangul(char32_t cp) { return in_ranges(unicode_tables::hangul, unicode_tables::hangul_size, cp); }
bool is_cjk(char32_t cp) { return is_han(cp) || is_hiragana(cp) || is_katakana(cp) || is_hangul(cp); }
bool is_ruby_space(char32_t cp) { return cp == ' ' || (cp >= '\t' && cp <= '\r'); }
bool is_ruby_boundary_word(char32_t cp) { return cp == '_' || is_alphanumeric(cp) || is_mark(cp); }

std::string ruby_downcase(std::string_view text) { return map_case(text, kDowncase); }
std::string ruby_upcase(std::string_view text) { return map_case(text, kUpcase); }

std::string ruby_capitalize(std::string_view text) {
  if (text.empty()) return std::string();
  const DecodedCharacter first = decode_character(text, 0);
  std::string out;
  if (const char* title = find_special(unicode_tables::titlecase_specials, unicode_tables::titlecase_specials_size,
                                       first.code_point)) {
    out += title;
  } else {
    append_mapped(out, kUpcase, first.code_point);
  }
  return out + ruby_downcase(text.substr(first.length));
}

}  // namespace folio::liquid
