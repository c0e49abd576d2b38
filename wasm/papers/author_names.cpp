#include "papers/author_names.h"

#include <algorithm>

namespace folio {
namespace {

constexpr std::string_view kMultiByteMarkers[] = {"\u2217", "\u2020", "\u2021", "\u00A7", "\u00B6", "\u2016"};

// Base letters of U+00C0..U+00FF; '?' marks the ones written with two letters
// (see kLatin1Digraphs), '=' the two that are not letters (× and ÷).
constexpr std::string_view kLatin1Bases = "aaaaaa?ceeeeiiiidnooooo=ouuuuy??aaaaaa?ceeeeiiiidnooooo=ouuuuy?y";
// Base letters of U+0100..U+017F, '?' again for Ĳ ĳ Œ œ.
constexpr std::string_view kLatinExtendedABases =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnnoooooo??rrrrrrssssssss"
    "ttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatin1Bases.size() == 64, "one base per code point U+00C0..U+00FF");
static_assert(kLatinExtendedABases.size() == 128, "one base per code point U+0100..U+017F");

// Decodes one UTF-8 sequence at text[i] (the core holds valid UTF-8 only);
// returns its length.
size_t decode(std::string_view text, size_t i, char32_t& cp) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[i + k]); };
  const unsigned char first = byte(0);
  size_t length = first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4;
  if (i + length > text.size()) length = 1;
  cp = length == 1 ? first : first & (0xFF >> (length + 1));
  for (size_t k = 1; k < length; ++k) cp = (cp << 6) | (byte(k) & 0x3F);
  return length;
}

std::string_view digraph(char32_t cp) {
  switch (cp) {
    case 0xC6: case 0xE6: return "ae";
    case 0xDE: case 0xFE: return "th";
    case 0xDF: return "ss";
    case 0x132: case 0x133: return "ij";
    case 0x152: case 0x153: return "oe";
    default: return {};
  }
}

}  // namespace

bool is_author_marker(std::string_view text, size_t& length) {
  if (text.empty()) return false;
  if (text[0] == '*' || text[0] == '&' || text[0] == '^') {
    length = 1;
    return true;
  }
  for (std::string_view marker : kMultiByteMarkers) {
    if (text.substr(0, marker.size()) == marker) {
      length = marker.size();
      return true;
    }
  }
  return false;
}

size_t trailing_markers_start(std::string_view name) {
  size_t start = name.size();
  for (size_t i = 0; i < name.size();) {
    size_t length = 1;
    if (is_author_marker(name.substr(i), length)) {
      if (start == name.size()) start = i;
    } else {
      start = name.size();
      length = 1;
    }
    i += length;
  }
  return start;
}

std::string without_author_markers(std::string_view name) {
  return std::string(name.substr(0, trailing_markers_start(name)));
}

std::string fold_name(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size();) {
    char32_t cp = 0;
    const size_t length = decode(name, i, cp);
    char base = 0;
    if (cp < 0x80) {
      base = static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
    } else if (cp >= 0xC0 && cp <= 0xFF) {
      base = kLatin1Bases[cp - 0xC0];
    } else if (cp >= 0x100 && cp <= 0x17F) {
      base = kLatinExtendedABases[cp - 0x100];
    }
    if (cp >= 0x300 && cp <= 0x36F) {
      // a combining mark: dropped
    } else if (base == '?') {
      out += digraph(cp);
    } else if (base != 0 && base != '=') {
      out += base;
    } else {
      out += name.substr(i, length);
    }
    i += length;
  }
  return out;
}

bool is_site_owner(const PersonName& name, const ScholarSettings& scholar) {
  if (name.others) return false;
  const std::string last = without_author_markers(name.last);
  const std::string first = without_author_markers(name.first);
  const auto contains = [](const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
  };
  return contains(scholar.last_names, last) && contains(scholar.first_names, first);
}

const Coauthor* find_coauthor(const PersonName& name, const CoauthorMap& coauthors) {
  if (name.others) return nullptr;
  const auto found = coauthors.find(fold_name(without_author_markers(name.last)));
  if (found == coauthors.end()) return nullptr;
  const std::string first = without_author_markers(name.first);
  for (const Coauthor& coauthor : found->second) {
    if (std::find(coauthor.first_names.begin(), coauthor.first_names.end(), first) != coauthor.first_names.end()) {
      return &coauthor;
    }
  }
  return nullptr;
}

}  // namespace folio
