// core/utf8.h: what counts as valid text (RFC 3629, and no NUL), at every
// position of a longer run too (the ASCII fast path reads eight bytes at a time).
#include <catch2/catch.hpp>

#include <string>

#include "core/utf8.h"

TEST_CASE("is_valid_utf8 accepts UTF-8 without NUL, wherever the bytes fall", "[utf8]") {
  const std::string ascii = "0123456789abcdefghij";
  CHECK(folio::is_valid_utf8(""));
  CHECK(folio::is_valid_utf8(ascii));
  for (size_t at = 0; at <= ascii.size(); ++at) {
    INFO("at " << at);
    std::string text = ascii;
    CHECK(folio::is_valid_utf8(text.insert(at, "\xC3\xA9")));           // é
    CHECK(folio::is_valid_utf8(std::string(ascii).insert(at, "\xE2\x88\x97")));  // ∗
    CHECK(folio::is_valid_utf8(std::string(ascii).insert(at, "\xF0\x9F\x98\x80")));  // an emoji
    CHECK_FALSE(folio::is_valid_utf8(std::string(ascii).insert(at, 1, '\0')));
    CHECK_FALSE(folio::is_valid_utf8(std::string(ascii).insert(at, "\xC3")));        // cut short
    CHECK_FALSE(folio::is_valid_utf8(std::string(ascii).insert(at, "\xC0\xAF")));    // overlong
    CHECK_FALSE(folio::is_valid_utf8(std::string(ascii).insert(at, "\xED\xA0\x80")));  // a surrogate
    CHECK_FALSE(folio::is_valid_utf8(std::string(ascii).insert(at, "\xF4\x90\x80\x80")));  // past U+10FFFF
    CHECK_FALSE(folio::is_valid_utf8(std::string(ascii).insert(at, "\x80")));        // a lone continuation
    CHECK_FALSE(folio::is_valid_utf8(std::string(ascii).insert(at, "\xFF")));
  }
}
