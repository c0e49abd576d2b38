// Percent-encoding as Ruby's CGI module writes and reads it (url_encode,
// url_decode, cgi_escape), and the set-based encoding Addressable uses for
// Jekyll's uri_escape, relative_url and absolute_url.
#pragma once

#include <string>
#include <string_view>

namespace folio::liquid {

// CGI.escape: every byte but letters, digits and "_.-~" as %XX; space as "+".
std::string cgi_escape(std::string_view text);
// CGI.unescape: "+" as space, %XX as its byte; a "%" without two hex digits
// stays as it is.
std::string cgi_unescape(std::string_view text);
// UTF-8 that Ruby's valid_encoding? accepts (NUL included).
bool is_valid_utf8_text(std::string_view text);

// Addressable's normalize_component: a %XX whose byte is in `allowed` (and
// not in `keep_encoded`) is decoded, other %XX are upper-cased, a "%" that
// starts no %XX becomes %25, and every byte outside `allowed` is encoded.
std::string normalize_component(std::string_view text, std::string_view allowed, std::string_view keep_encoded = "");

// Characters of RFC 3986 (letters and digits are always allowed).
inline constexpr std::string_view kUnreservedMarks = "-._~";
inline constexpr std::string_view kSubDelimiters = "!$&'()*+,;=";

}  // namespace folio::liquid
