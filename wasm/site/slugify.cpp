#include "site/slugify.h"

#include <cctype>

namespace folio::site {
namespace {

bool keeps(unsigned char c, SlugMode mode) {
  switch (mode) {
    case SlugMode::raw: return !std::isspace(c);
    case SlugMode::ascii: return c < 0x80 && std::isalnum(c);
    case SlugMode::pretty:
      if (std::string_view("._~!$&'()+,;=@").find(static_cast<char>(c)) != std::string_view::npos) return true;
      return c >= 0x80 || std::isalnum(c);
    case SlugMode::default_mode: break;
  }
  return c >= 0x80 || std::isalnum(c);
}

}  // namespace

std::string slugify(std::string_view text, SlugMode mode, bool cased) {
  std::string slug;
  bool in_run = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (keeps(c, mode)) {
      slug += cased ? static_cast<char>(c) : static_cast<char>(std::tolower(c));
      in_run = false;
      // Latin-1's capitals (U+00C0..U+00DE but U+00D7) are C3 80..9E: +0x20 is the small letter.
      const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
      if (!cased && c == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97 && mode != SlugMode::ascii) {
        slug += static_cast<char>(next + 0x20);
        ++i;
      }
    } else if (!in_run) {
      slug += '-';
      in_run = true;
    }
  }
  if (!slug.empty() && slug.front() == '-') slug.erase(0, 1);
  if (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

std::string titleize_slug(std::string_view slug) {
  while (!slug.empty() && slug.back() == '-') slug.remove_suffix(1);  // Ruby's split drops trailing empties
  std::string title;
  size_t start = 0;
  while (!slug.empty() && start <= slug.size()) {
    size_t end = slug.find('-', start);
    if (end == std::string_view::npos) end = slug.size();
    if (!title.empty() || start > 0) title += ' ';
    for (size_t i = start; i < end; ++i) {
      const auto c = static_cast<unsigned char>(slug[i]);
      title += static_cast<char>(i == start ? std::toupper(c) : std::tolower(c));
    }
    start = end + 1;
  }
  return title;
}

}  // namespace folio::site
