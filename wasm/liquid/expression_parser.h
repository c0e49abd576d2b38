// Reads expressions and tag markup from expression tokens, as Liquid 4's
// strict parser (lib/liquid/parser.rb) does. The first error is kept (with
// Liquid's wording) and every later read fails quietly, so a tag's parser can
// read its whole syntax and check failed() once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "liquid/expression.h"
#include "liquid/expression_lexer.h"

namespace folio::liquid {

class ExpressionParser {
 public:
  using Kind = ExpressionToken::Kind;

  // skip_unexpected: characters that start no token are dropped (lax mode)
  // instead of failing the parse.
  ExpressionParser(std::string_view markup, int max_depth, bool skip_unexpected = false);

  bool look(Kind kind, size_t ahead = 0) const;
  bool look_id(std::string_view word) const;
  // The token's text when it is of that kind; otherwise an error.
  std::optional<std::string_view> consume(Kind kind);
  // Consumes the token if it is of that kind.
  bool consume_if(Kind kind);
  bool consume_id(std::string_view word);
  // The next token whatever it is (not `end`).
  ExpressionToken advance();

  Expression expression();
  // expression [| filter[: argument, name: argument]...]
  FilteredExpression filtered_expression();
  // The `| filter: arguments` that follow, into `out`.
  void read_filters(FilteredExpression& out);
  // An error unless everything was read.
  void expect_end();

  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }
  void fail(std::string message);
  // Where the parser is in the markup (byte offset).
  size_t offset() const { return tokens_[pos_].offset; }
  const std::vector<ExpressionToken>& tokens() const { return tokens_; }

 private:
  Expression lookup();
  Expression bracket_index();

  std::vector<ExpressionToken> tokens_;
  size_t pos_ = 0;
  int depth_ = 0;
  int max_depth_;
  std::string error_;
};

// `{{ markup }}` in Jekyll's lax mode when the strict reading failed: as
// Liquid 4's lax_parse, the first expression-like fragment is the value and
// each `| name: arguments` that can be read is a filter; the rest is ignored.
FilteredExpression parse_filtered_expression_lax(std::string_view markup, int max_depth);

// Literal values (Liquid 4's Expression.parse) of a number token.
Value number_value(std::string_view text);

}  // namespace folio::liquid
