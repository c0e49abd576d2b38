// Content files arrive as bytes from many editors. Invalid UTF-8 is replaced by
// U+FFFD before anything parses it, so no view can pass broken bytes through.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace folio {

bool is_valid_utf8(std::string_view text);
// Returns text with every invalid sequence (and NUL) replaced by U+FFFD, and a
// leading byte order mark removed.
std::string to_valid_utf8(std::string_view text);
// The same for text is_valid_utf8 accepted: only the byte order mark goes.
std::string from_valid_utf8(std::string_view text);
// Appends one code point as UTF-8; NUL, surrogates and values past U+10FFFF
// become U+FFFD.
void append_utf8(std::string& out, uint32_t code_point);
// The encoding alone, for a caller that has already vetted the code point
// (Liquid's Ruby strings keep NUL, which append_utf8 replaces).
void append_utf8_bytes(std::string& out, uint32_t code_point);

}  // namespace folio
