// Characters as Ruby's String sees them in a UTF-8 string: filters count,
// slice, reverse and change case by code point, not by byte. Invalid bytes
// read as U+FFFD one byte at a time (the renderer's input is valid UTF-8; this
// only keeps hostile bytes from derailing a loop).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace folio::liquid {

struct DecodedCharacter {
  char32_t code_point;
  size_t length;  // bytes
};

DecodedCharacter decode_character(std::string_view text, size_t offset);
void append_code_point(std::string& out, char32_t code_point);
// Byte offsets where each character starts, and text.size() at the end.
std::vector<size_t> character_offsets(std::string_view text);
size_t character_count(std::string_view text);

// Ruby's regex classes \p{L}, \p{M}, \p{Nd}, \p{Alnum}, and
// [\p{Han}\p{Katakana}\p{Hiragana}\p{Hangul}] (Jekyll's number_of_words).
bool is_letter(char32_t code_point);
bool is_mark(char32_t code_point);
bool is_decimal_digit(char32_t code_point);
bool is_alphanumeric(char32_t code_point);
bool is_cjk(char32_t code_point);
// The scripts \p{Han}, \p{Hiragana}, \p{Katakana} and \p{Hangul}.
bool is_han(char32_t code_point);
bool is_hiragana(char32_t code_point);
bool is_katakana(char32_t code_point);
bool is_hangul(char32_t code_point);
// Ruby's ASCII whitespace (String#strip and #split): space, \t \n \v \f \r;
// strip also removes NUL.
bool is_ruby_space(char32_t code_point);
// \b's idea of a word character: letters, marks, digits of any script and
// "_" (Ruby's \w is ASCII, but its \b is Unicode).
bool is_ruby_boundary_word(char32_t code_point);

// String#downcase, #upcase and #capitalize: full Unicode case mapping.
std::string ruby_downcase(std::string_view text);
std::string ruby_upcase(std::string_view text);
std::string ruby_capitalize(std::string_view text);

}  // namespace folio::liquid
