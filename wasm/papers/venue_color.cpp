#include "papers/venue_color.h"

#include <cmath>

namespace folio {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_hex_color(std::string_view color) {
  if (color.empty() || color[0] != '#') return false;
  const size_t digits = color.size() - 1;
  if (digits != 3 && digits != 4 && digits != 6 && digits != 8) return false;
  for (char c : color.substr(1)) {
    if (hex_value(c) < 0) return false;
  }
  return true;
}

// sRGB channel (0..255) to linear light, as WCAG's relative luminance defines it.
double linear(int channel) {
  const double c = channel / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

bool is_usable_css_color(std::string_view color) {
  if (is_hex_color(color)) return true;
  if (color.size() < 3 || color.size() > 30) return false;
  for (char c : color) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

bool prefers_dark_text(std::string_view color) {
  if (!is_hex_color(color)) return false;
  const bool short_form = color.size() <= 5;
  int rgb[3];
  for (int i = 0; i < 3; ++i) {
    rgb[i] = short_form ? hex_value(color[1 + i]) * 17
                        : hex_value(color[1 + 2 * i]) * 16 + hex_value(color[2 + 2 * i]);
  }
  const double luminance = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
  const double contrast_with_white = 1.05 / (luminance + 0.05);
  const double contrast_with_black = (luminance + 0.05) / 0.05;
  return contrast_with_black > contrast_with_white;
}

}  // namespace folio
