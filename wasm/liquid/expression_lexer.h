// The tokens of tag markup and {{ }} expressions, as Liquid 4's strict
// lexer (lib/liquid/lexer.rb) reads them.
#pragma once

#include <string_view>
#include <vector>

namespace folio::liquid {

struct ExpressionToken {
  enum class Kind {
    comparison, string, number, id, dotdot, pipe, dot, colon, comma, open_square, close_square, open_round,
    close_round, question, dash, unexpected, end
  };
  Kind kind;
  std::string_view text;  // a string's text is without its quotes
  size_t offset;          // in the markup
};

// Always ends with an `end` token; a character that starts no token is an
// `unexpected` token (strict parsing rejects it, lax parsing skips it).
std::vector<ExpressionToken> lex_expression(std::string_view markup);

const char* token_kind_name(ExpressionToken::Kind kind);

}  // namespace folio::liquid
