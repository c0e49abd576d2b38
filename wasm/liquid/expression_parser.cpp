#include "liquid/expression_parser.h"

#include <cerrno>
#include <cstdlib>

namespace folio::liquid {

namespace {

// Liquid 4's literal words; `blank` and `empty` compare as Ruby's blank?/empty?.
std::optional<Value> literal_word(std::string_view word) {
  if (word == "nil" || word == "null") return Value();
  if (word == "true") return Value(true);
  if (word == "false") return Value(false);
  if (word == "blank") return Value::blank_literal();
  if (word == "empty") return Value::empty_literal();
  return std::nullopt;
}

std::string describe(const ExpressionToken& token) {
  if (token.kind == ExpressionToken::Kind::end) return "end_of_string";
  return std::string(token_kind_name(token.kind)) + " '" + std::string(token.text) + "'";
}

}  // namespace

Value number_value(std::string_view text) {
  const std::string digits(text);
  if (digits.find('.') == std::string::npos) {
    errno = 0;
    const long long integer = std::strtoll(digits.c_str(), nullptr, 10);
    if (errno != ERANGE) return Value(integer);
  }
  return Value(std::strtod(digits.c_str(), nullptr));
}

ExpressionParser::ExpressionParser(std::string_view markup, int max_depth, bool skip_unexpected)
    : tokens_(lex_expression(markup)), max_depth_(max_depth) {
  if (skip_unexpected) {
    std::vector<ExpressionToken> kept;
    for (const ExpressionToken& token : tokens_) {
      if (token.kind != Kind::unexpected) kept.push_back(token);
    }
    tokens_ = std::move(kept);
    return;
  }
  for (const ExpressionToken& token : tokens_) {
    if (token.kind == Kind::unexpected) {
      fail("Unexpected character " + std::string(token.text));
      break;
    }
  }
}

void ExpressionParser::fail(std::string message) {
  if (error_.empty()) error_ = std::move(message);
}

bool ExpressionParser::look(Kind kind, size_t ahead) const {
  const size_t at = pos_ + ahead;
  return at < tokens_.size() && tokens_[at].kind == kind;
}

bool ExpressionParser::look_id(std::string_view word) const { return look(Kind::id) && tokens_[pos_].text == word; }

std::optional<std::string_view> ExpressionParser::consume(Kind kind) {
  if (failed()) return std::nullopt;
  if (!look(kind)) {
    fail(std::string("Expected ") + token_kind_name(kind) + " but found " + describe(tokens_[pos_]));
    return std::nullopt;
  }
  return tokens_[pos_++].text;
}

bool ExpressionParser::consume_if(Kind kind) {
  if (failed() || !look(kind)) return false;
  ++pos_;
  return true;
}

bool ExpressionParser::consume_id(std::string_view word) {
  if (failed() || !look_id(word)) return false;
  ++pos_;
  return true;
}

ExpressionToken ExpressionParser::advance() {
  const ExpressionToken token = tokens_[pos_];
  if (token.kind != Kind::end) ++pos_;
  return token;
}

Expression ExpressionParser::expression() {
  if (failed()) return {};
  if (++depth_ > max_depth_) {
    fail("Nesting too deep: expressions nested more than " + std::to_string(max_depth_) + " levels");
    return {};
  }
  Expression result;
  const ExpressionToken& token = tokens_[pos_];
  switch (token.kind) {
    case Kind::id: result = lookup(); break;
    case Kind::open_square: result = lookup(); break;
    case Kind::string:
      ++pos_;
      result = Expression::of(Value(std::string(token.text)));
      break;
    case Kind::number:
      ++pos_;
      result = Expression::of(number_value(token.text));
      break;
    case Kind::open_round: {
      ++pos_;
      result.kind = Expression::Kind::range;
      result.range_first = std::make_unique<Expression>(expression());
      consume(Kind::dotdot);
      result.range_last = std::make_unique<Expression>(expression());
      consume(Kind::close_round);
      break;
    }
    default: fail(describe(token) + " is not a valid expression");
  }
  --depth_;
  return result;
}

Expression ExpressionParser::bracket_index() {
  consume(Kind::open_square);
  Expression index = expression();
  consume(Kind::close_square);
  return index;
}

Expression ExpressionParser::lookup() {
  Expression result;
  result.kind = Expression::Kind::lookup;
  if (look(Kind::open_square)) {
    result.root_expression = std::make_unique<Expression>(bracket_index());
  } else {
    result.root = std::string(*consume(Kind::id));
  }
  while (!failed()) {
    if (look(Kind::open_square)) {
      Expression::Step step;
      Expression index = bracket_index();
      if (index.kind == Expression::Kind::literal && index.literal.is_string()) {
        step.key = index.literal.as_string();
      } else {
        step.index = std::make_unique<Expression>(std::move(index));
      }
      result.path.push_back(std::move(step));
    } else if (consume_if(Kind::dot)) {
      const auto key = consume(Kind::id);
      if (!key) break;
      Expression::Step step;
      step.key = std::string(*key);
      step.dotted = true;
      result.path.push_back(std::move(step));
    } else {
      break;
    }
  }
  if (!result.root_expression && result.path.empty()) {
    if (auto literal = literal_word(result.root)) return Expression::of(std::move(*literal));
  }
  return result;
}

void ExpressionParser::read_filters(FilteredExpression& out) {
  while (consume_if(Kind::pipe)) {
    const auto name = consume(Kind::id);
    if (!name) return;
    FilterSyntax filter;
    filter.name = std::string(*name);
    filter.spec = find_filter(filter.name);
    if (consume_if(Kind::colon)) {
      do {
        if (look(Kind::id) && look(Kind::colon, 1)) {
          std::string keyword(advance().text);
          advance();
          filter.keyword_arguments.emplace_back(std::move(keyword), expression());
        } else {
          filter.arguments.push_back(expression());
        }
      } while (consume_if(Kind::comma));
    }
    out.filters.push_back(std::move(filter));
  }
}

FilteredExpression ExpressionParser::filtered_expression() {
  FilteredExpression out;
  out.value = expression();
  read_filters(out);
  return out;
}

void ExpressionParser::expect_end() { consume(Kind::end); }

FilteredExpression parse_filtered_expression_lax(std::string_view markup, int max_depth) {
  FilteredExpression out;
  // The value: the first fragment, read as an expression when it is one.
  std::vector<ExpressionToken> tokens = lex_expression(markup);
  size_t first_pipe = 0;
  while (tokens[first_pipe].kind != ExpressionToken::Kind::end && tokens[first_pipe].kind != ExpressionToken::Kind::pipe) {
    ++first_pipe;
  }
  {
    ExpressionParser value(markup.substr(0, tokens[first_pipe].offset), max_depth, true);
    Expression parsed = value.expression();
    if (!value.failed()) out.value = std::move(parsed);
  }
  // Each filter up to the next pipe; arguments that do not parse are left out.
  for (size_t at = first_pipe; tokens[at].kind == ExpressionToken::Kind::pipe;) {
    size_t next = at + 1;
    while (tokens[next].kind != ExpressionToken::Kind::end && tokens[next].kind != ExpressionToken::Kind::pipe) ++next;
    const size_t from = tokens[at].offset;
    const std::string_view segment = markup.substr(from, tokens[next].offset - from);
    ExpressionParser filter(segment, max_depth, true);
    FilteredExpression one;
    filter.read_filters(one);
    if (!one.filters.empty()) {
      if (filter.failed()) {
        one.filters.back().arguments.clear();
        one.filters.back().keyword_arguments.clear();
      }
      out.filters.push_back(std::move(one.filters.back()));
    }
    at = next;
  }
  return out;
}

}  // namespace folio::liquid
