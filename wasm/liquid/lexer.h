// Splits a template into text, {{ output }} and {% tag %} tokens, as Liquid
// 4's tokenizer does: a tag runs to the first "%}", an output to the first
// "}" (it must then be "}}"), without regard to quotes. Whitespace control
// ({%- -%}, {{- -}}) is applied here: the text beside a dash loses its
// whitespace. A {% raw %} body is cut out here too, so nothing inside it is
// parsed ({% comment %} bodies are parsed: see tags/raw_comment).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace folio::liquid {

struct SourcePosition {
  int line = 1;
  int column = 1;
};

struct Token {
  enum class Kind { text, output, tag, raw_body, unterminated_output, unterminated_tag };
  Kind kind;
  std::string_view text;    // text: the text; output: the expression; tag: the markup after the name
  std::string_view name;    // tag: its name ("if", "endfor")
  SourcePosition position;  // where the token starts
  bool trim_left = false;   // {%- / {{-
  bool trim_right = false;  // -%} / -}}
};

// Tokens of `source`, which must outlive them.
std::vector<Token> tokenize(std::string_view source);

// The line and column of byte `offset`, counting columns in characters.
SourcePosition position_of(std::string_view source, size_t offset);

}  // namespace folio::liquid
