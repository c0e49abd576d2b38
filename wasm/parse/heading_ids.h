// Heading ids as kramdown's GFM parser makes them (input: GFM, auto_ids on):
// the heading's text lowercased, every character that is not a letter, mark,
// digit, '_', '-', space or tab dropped, spaces and tabs made '-'; a repeated
// id gets "-1", "-2", ... (counted per id before the suffix, as kramdown does,
// so "a", "a" and "a-1" give "a", "a-1" and "a-1").
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace folio {

class HeadingIds {
 public:
  explicit HeadingIds(std::string prefix) : prefix_(std::move(prefix)) {}
  // text: the heading's characters as kramdown reads them (quotes and dashes
  // already converted, code as written, references decoded).
  std::string next(std::string_view text);

 private:
  std::string prefix_;
  std::map<std::string, int, std::less<>> seen_;
};

// The id before the counter and prefix, for tests.
std::string gfm_heading_slug(std::string_view text);

}  // namespace folio
