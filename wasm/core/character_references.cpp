#include "core/character_references.h"

#include <cstdint>

namespace folio {
namespace {

// The longest named reference is &CounterClockwiseContourIntegral; (31 letters).
constexpr size_t kLongestName = 32;

struct NamedReference {
  std::string_view name;
  std::string_view value;
};

// Every named reference in the HTML standard whose value is ASCII.
constexpr NamedReference kAsciiReferences[] = {
    {"Tab", "\t"},       {"NewLine", "\n"},  {"excl", "!"},          {"quot", "\""},
    {"QUOT", "\""},      {"num", "#"},       {"dollar", "$"},        {"percnt", "%"},
    {"amp", "&"},        {"AMP", "&"},       {"apos", "'"},          {"lpar", "("},
    {"rpar", ")"},       {"ast", "*"},       {"midast", "*"},        {"plus", "+"},
    {"comma", ","},      {"period", "."},    {"sol", "/"},           {"colon", ":"},
    {"semi", ";"},       {"lt", "<"},        {"LT", "<"},            {"equals", "="},
    {"gt", ">"},         {"GT", ">"},        {"quest", "?"},         {"commat", "@"},
    {"lsqb", "["},       {"lbrack", "["},    {"bsol", "\\"},         {"rsqb", "]"},
    {"rbrack", "]"},     {"Hat", "^"},       {"lowbar", "_"},        {"UnderBar", "_"},
    {"grave", "`"},      {"DiacriticalGrave", "`"},                  {"lcub", "{"},
    {"lbrace", "{"},     {"verbar", "|"},    {"vert", "|"},          {"VerticalLine", "|"},
    {"rcub", "}"},       {"rbrace", "}"},    {"fjlig", "fj"},
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  return (c | 0x20) - 'a' + 10;
}

void append_utf8(std::string& out, uint32_t code_point) {
  if (code_point == 0 || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    code_point = 0xFFFD;
  }
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
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
      const std::string_view name = text.substr(i + 1, length - 2);
      const NamedReference* found = nullptr;
      for (const auto& reference : kAsciiReferences) {
        if (reference.name == name) found = &reference;
      }
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
