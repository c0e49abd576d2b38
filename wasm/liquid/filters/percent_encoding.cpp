#include "liquid/filters/percent_encoding.h"

#include "liquid/filters/unicode.h"

namespace folio::liquid {

namespace {

constexpr char kHexDigits[] = "0123456789ABCDEF";

bool is_alphanumeric_ascii(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The byte of the %XX at text[i], or -1.
int percent_byte(std::string_view text, size_t i) {
  if (text[i] != '%' || i + 2 >= text.size()) return -1;
  const int high = hex_value(text[i + 1]), low = hex_value(text[i + 2]);
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}

void append_percent(std::string& out, unsigned char byte) {
  out += '%';
  out += kHexDigits[byte >> 4];
  out += kHexDigits[byte & 15];
}

bool in_set(unsigned char c, std::string_view allowed) {
  return is_alphanumeric_ascii(c) || (c < 0x80 && allowed.find(static_cast<char>(c)) != std::string_view::npos);
}

}  // namespace

std::string cgi_escape(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == ' ') {
      out += '+';
    } else if (is_alphanumeric_ascii(byte) || c == '_' || c == '.' || c == '-' || c == '~') {
      out += c;
    } else {
      append_percent(out, byte);
    }
  }
  return out;
}

std::string cgi_unescape(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const int byte = percent_byte(text, i);
    if (byte >= 0) {
      out += static_cast<char>(byte);
      i += 2;
    } else {
      out += text[i] == '+' ? ' ' : text[i];
    }
  }
  return out;
}

bool is_valid_utf8_text(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const DecodedCharacter character = decode_character(text, i);
    if (character.code_point == 0xFFFD && text.compare(i, 3, "\xEF\xBF\xBD") != 0) return false;
    i += character.length;
  }
  return true;
}

std::string normalize_component(std::string_view text, std::string_view allowed, std::string_view keep_encoded) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const int encoded = percent_byte(text, i);
    if (encoded >= 0) {
      const auto decoded = static_cast<unsigned char>(encoded);
      const bool keep = keep_encoded.find(static_cast<char>(decoded)) != std::string_view::npos;
      if (in_set(decoded, allowed) && !keep) {
        out += static_cast<char>(decoded);
      } else {
        append_percent(out, decoded);
      }
      i += 2;
    } else if (in_set(byte, allowed)) {
      out += static_cast<char>(byte);
    } else {
      append_percent(out, byte);
    }
  }
  return out;
}

}  // namespace folio::liquid
