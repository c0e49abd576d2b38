#include "core/character_references.h"

#include "core/utf8.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace folio {
namespace {

// The longest named reference is &CounterClockwiseContourIntegral; (31 letters).
constexpr size_t kLongestName = 32;

struct NamedReference {
  std::string_view name;
  std::string_view value;
};

// The named references decode_character_references decodes, sorted by name
// (byte order) for a binary search: every one in the HTML standard whose value
// is ASCII, and the common ones for Latin-1 letters, spaces and typographic
// punctuation, which authors write and folio's Markdown renderer keeps as
// written. The standard has 2,000+ more; those stay as written.
constexpr NamedReference kNamedReferences[] = {
    {"AElig", "\u00C6"}, {"AMP", "&"}, {"Aacute", "\u00C1"}, {"Acirc", "\u00C2"}, {"Agrave", "\u00C0"},
    {"Aring", "\u00C5"}, {"Atilde", "\u00C3"}, {"Auml", "\u00C4"}, {"Ccedil", "\u00C7"},
    {"DiacriticalGrave", "`"}, {"Eacute", "\u00C9"}, {"Ecirc", "\u00CA"}, {"Egrave", "\u00C8"},
    {"Euml", "\u00CB"}, {"GT", ">"}, {"Hat", "^"}, {"Iacute", "\u00CD"}, {"Icirc", "\u00CE"},
    {"Igrave", "\u00CC"}, {"Iuml", "\u00CF"}, {"LT", "<"}, {"NewLine", "\n"}, {"Ntilde", "\u00D1"},
    {"Oacute", "\u00D3"}, {"Ocirc", "\u00D4"}, {"Ograve", "\u00D2"}, {"Oslash", "\u00D8"},
    {"Otilde", "\u00D5"}, {"Ouml", "\u00D6"}, {"QUOT", "\""}, {"Tab", "\t"}, {"Uacute", "\u00DA"},
    {"Ucirc", "\u00DB"}, {"Ugrave", "\u00D9"}, {"UnderBar", "_"}, {"Uuml", "\u00DC"}, {"VerticalLine", "|"},
    {"Yacute", "\u00DD"}, {"Yuml", "\u0178"}, {"aacute", "\u00E1"}, {"acirc", "\u00E2"}, {"aelig", "\u00E6"},
    {"agrave", "\u00E0"}, {"amp", "&"}, {"apos", "'"}, {"aring", "\u00E5"}, {"ast", "*"}, {"atilde", "\u00E3"},
    {"auml", "\u00E4"}, {"bdquo", "\u201E"}, {"bsol", "\\"}, {"bull", "\u2022"}, {"ccedil", "\u00E7"},
    {"cent", "\u00A2"}, {"colon", ":"}, {"comma", ","}, {"commat", "@"}, {"copy", "\u00A9"}, {"deg", "\u00B0"},
    {"divide", "\u00F7"}, {"dollar", "$"}, {"eacute", "\u00E9"}, {"ecirc", "\u00EA"}, {"egrave", "\u00E8"},
    {"emsp", "\u2003"}, {"ensp", "\u2002"}, {"equals", "="}, {"euml", "\u00EB"}, {"euro", "\u20AC"},
    {"excl", "!"}, {"fjlig", "fj"}, {"grave", "`"}, {"gt", ">"}, {"hellip", "\u2026"}, {"iacute", "\u00ED"},
    {"icirc", "\u00EE"}, {"igrave", "\u00EC"}, {"iuml", "\u00EF"}, {"laquo", "\u00AB"}, {"lbrace", "{"},
    {"lbrack", "["}, {"lcub", "{"}, {"ldquo", "\u201C"}, {"lowbar", "_"}, {"lpar", "("}, {"lsqb", "["},
    {"lsquo", "\u2018"}, {"lt", "<"}, {"mdash", "\u2014"}, {"micro", "\u00B5"}, {"midast", "*"},
    {"middot", "\u00B7"}, {"nbsp", "\u00A0"}, {"ndash", "\u2013"}, {"ntilde", "\u00F1"}, {"num", "#"},
    {"oacute", "\u00F3"}, {"ocirc", "\u00F4"}, {"ograve", "\u00F2"}, {"oslash", "\u00F8"},
    {"otilde", "\u00F5"}, {"ouml", "\u00F6"}, {"para", "\u00B6"}, {"percnt", "%"}, {"period", "."},
    {"plus", "+"}, {"plusmn", "\u00B1"}, {"pound", "\u00A3"}, {"quest", "?"}, {"quot", "\""},
    {"raquo", "\u00BB"}, {"rbrace", "}"}, {"rbrack", "]"}, {"rcub", "}"}, {"rdquo", "\u201D"},
    {"reg", "\u00AE"}, {"rpar", ")"}, {"rsqb", "]"}, {"rsquo", "\u2019"}, {"sbquo", "\u201A"},
    {"sect", "\u00A7"}, {"semi", ";"}, {"shy", "\u00AD"}, {"sol", "/"}, {"szlig", "\u00DF"},
    {"thinsp", "\u2009"}, {"times", "\u00D7"}, {"trade", "\u2122"}, {"uacute", "\u00FA"}, {"ucirc", "\u00FB"},
    {"ugrave", "\u00F9"}, {"uuml", "\u00FC"}, {"verbar", "|"}, {"vert", "|"}, {"yacute", "\u00FD"},
    {"yen", "\u00A5"}, {"yuml", "\u00FF"},
};

constexpr bool sorted_by_name(const NamedReference* references, size_t count) {
  for (size_t i = 1; i < count; ++i) {
    if (!(references[i - 1].name < references[i].name)) return false;
  }
  return true;
}
static_assert(sorted_by_name(kNamedReferences, std::size(kNamedReferences)), "kNamedReferences must stay sorted");
static_assert(std::string_view("\u00E9") == "\xC3\xA9", "the table's values must be UTF-8");

const NamedReference* find_named_reference(std::string_view name) {
  const NamedReference* end = std::end(kNamedReferences);
  const NamedReference* found = std::lower_bound(
      std::begin(kNamedReferences), end, name,
      [](const NamedReference& reference, std::string_view wanted) { return reference.name < wanted; });
  return found != end && found->name == name ? found : nullptr;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  return (c | 0x20) - 'a' + 10;
}


// Decodes the numeric reference &#...; that starts text (its length is
// `length`), clamping huge values so they become U+FFFD like any out-of-range one.
void append_numeric_reference(std::string& out, std::string_view text, size_t length) {
  const bool hex = text[2] == 'x' || text[2] == 'X';
  uint32_t value = 0;
  for (size_t i = hex ? 3 : 2; i < length && text[i] != ';'; ++i) {
    value = value * (hex ? 16 : 10) + static_cast<uint32_t>(hex ? hex_value(text[i]) : text[i] - '0');
    if (value > 0x10FFFF) value = 0x110000;
  }
  append_utf8(out, value);
}

}  // namespace

size_t character_reference_length(std::string_view text) {
  if (text.size() < 3 || text[0] != '&') return 0;
  size_t i = 1;
  if (text[1] == '#') {
    const bool hex = text[2] == 'x' || text[2] == 'X';
    i = hex ? 3 : 2;
    const size_t digits_start = i;
    while (i < text.size() && (hex ? is_hex_digit(text[i]) : is_digit(text[i]))) ++i;
    if (i == digits_start) return 0;
    return i < text.size() && text[i] == ';' ? i + 1 : i;
  }
  if (!is_alpha(text[1])) return 0;
  while (i < text.size() && i <= kLongestName && (is_alpha(text[i]) || is_digit(text[i]))) ++i;
  return i < text.size() && text[i] == ';' ? i + 1 : 0;
}

void append_keeping_references(std::string& out, std::string_view text, EscapeContext context) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '&') {
      const size_t length = character_reference_length(text.substr(i));
      if (length == 0) {
        out += "&amp;";
      } else {
        out.append(text, i, length);
        i += length - 1;
      }
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '"' && context == EscapeContext::attribute_value) {
      out += "&quot;";
    } else {
      out += c;
    }
  }
}

std::string decode_character_references(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const size_t length = text[i] == '&' ? character_reference_length(text.substr(i)) : 0;
    if (length == 0) {
      out += text[i];
      continue;
    }
    if (text[i + 1] == '#') {
      append_numeric_reference(out, text.substr(i), length);
    } else {
      const NamedReference* found = find_named_reference(text.substr(i + 1, length - 2));
      if (found != nullptr) {
        out += found->value;
      } else {
        out.append(text, i, length);
      }
    }
    i += length - 1;
  }
  return out;
}

}  // namespace folio
