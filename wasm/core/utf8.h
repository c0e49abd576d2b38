// Content files arrive as bytes from many editors. Invalid UTF-8 is replaced by
// U+FFFD before anything parses it, so no view can pass broken bytes through.
#pragma once

#include <string>
#include <string_view>

namespace folio {

bool is_valid_utf8(std::string_view text);
// Returns text with every invalid sequence (and NUL) replaced by U+FFFD, and a
// leading byte order mark removed.
std::string to_valid_utf8(std::string_view text);

}  // namespace folio
