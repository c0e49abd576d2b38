#include "parse/heading_ids.h"

#include "core/utf8.h"

namespace folio {
namespace {

struct CodePoint {
  char32_t value;
  size_t length;
};

// Input is valid UTF-8 (the session guarantees it); a stray byte reads as itself.
CodePoint decode_at(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (i + length > text.size() || length == 1) return {lead, 1};
  char32_t value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < length; ++k) value = (value << 6) | (byte(i + k) & 0x3F);
  return {value, length};
}


// Ruby's String#downcase for the scripts of academic names: Latin, Greek,
// Cyrillic. Other characters stay.
char32_t to_lower(char32_t c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3AB && c != 0x3A2) ||
      (c >= 0x410 && c <= 0x42F)) {
    return c + 0x20;
  }
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  const bool latin_extended_pairs = (c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177);
  if (latin_extended_pairs && c % 2 == 0) return c + 1;
  if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && c % 2 == 1) return c + 1;
  if (c == 0x178) return 0xFF;
  return c;
}

// Ruby's \p{Word} (letters, marks, decimal digits, connector punctuation),
// and '-', space and tab, which kramdown also keeps. Outside ASCII, the
// punctuation and symbol blocks are the characters that are dropped.
bool kept_in_id(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == ' ' || c == '\t';
  }
  if (c <= 0xBF) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x206F) return c == 0x200C || c == 0x200D || c == 0x203F || c == 0x2040 || c == 0x2054;
  if (c >= 0x20A0 && c <= 0x20CF) return false;           // currency
  if (c >= 0x2190 && c <= 0x2BFF) return false;           // arrows, maths, shapes, dingbats
  if (c >= 0x3000 && c <= 0x303F) return c == 0x3005 || c == 0x3006 || c == 0x3007 || (c >= 0x3021 && c <= 0x302F);
  if (c >= 0xFF01 && c <= 0xFF0F) return false;           // fullwidth punctuation
  if ((c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40 && c != 0xFF3F) || (c >= 0xFF5B && c <= 0xFF65)) {
    return false;
  }
  if (c >= 0x1F000 && c <= 0x1FAFF) return false;         // emoji and pictographs
  return true;
}

}  // namespace

std::string gfm_heading_slug(std::string_view text) {
  std::string slug;
  for (size_t i = 0; i < text.size();) {
    const CodePoint point = decode_at(text, i);
    i += point.length;
    const char32_t lower = to_lower(point.value);
    if (!kept_in_id(lower)) continue;
    if (lower == ' ' || lower == '\t') {
      slug += '-';
    } else {
      append_utf8(slug, lower);
    }
  }
  return slug;
}

std::string HeadingIds::next(std::string_view text) {
  std::string id = gfm_heading_slug(text);
  const auto [entry, inserted] = seen_.try_emplace(id, 0);
  if (!inserted) {
    ++entry->second;
    id += '-';
    id += std::to_string(entry->second);
  }
  return prefix_ + id;
}

}  // namespace folio
