#include "liquid/expression_lexer.h"

namespace folio::liquid {

namespace {

using Kind = ExpressionToken::Kind;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_word(char c) { return is_alpha(c) || is_digit(c); }

size_t comparison_length(std::string_view rest) {
  if (rest.size() >= 2) {
    const std::string_view two = rest.substr(0, 2);
    if (two == "==" || two == "!=" || two == "<>" || two == "<=" || two == ">=") return 2;
  }
  if (rest[0] == '<' || rest[0] == '>') return 1;
  if (rest.substr(0, 8) == "contains" && rest.size() > 8 && is_space(rest[8])) return 8;
  return 0;
}

size_t number_length(std::string_view rest) {
  size_t i = rest[0] == '-' ? 1 : 0;
  if (i >= rest.size() || !is_digit(rest[i])) return 0;
  while (i < rest.size() && is_digit(rest[i])) ++i;
  if (i + 1 < rest.size() && rest[i] == '.' && is_digit(rest[i + 1])) {
    i += 2;
    while (i < rest.size() && is_digit(rest[i])) ++i;
  }
  return i;
}

size_t identifier_length(std::string_view rest) {
  if (!is_alpha(rest[0])) return 0;
  size_t i = 1;
  while (i < rest.size() && (is_word(rest[i]) || rest[i] == '-')) ++i;
  if (i < rest.size() && rest[i] == '?') ++i;
  return i;
}

Kind special_kind(char c) {
  switch (c) {
    case '|': return Kind::pipe;
    case '.': return Kind::dot;
    case ':': return Kind::colon;
    case ',': return Kind::comma;
    case '[': return Kind::open_square;
    case ']': return Kind::close_square;
    case '(': return Kind::open_round;
    case ')': return Kind::close_round;
    case '?': return Kind::question;
    case '-': return Kind::dash;
    default: return Kind::unexpected;
  }
}

}  // namespace

std::vector<ExpressionToken> lex_expression(std::string_view markup) {
  std::vector<ExpressionToken> tokens;
  size_t pos = 0;
  while (true) {
    while (pos < markup.size() && is_space(markup[pos])) ++pos;
    if (pos >= markup.size()) break;
    const std::string_view rest = markup.substr(pos);
    if (const size_t n = comparison_length(rest)) {
      tokens.push_back({Kind::comparison, rest.substr(0, n), pos});
      pos += n;
    } else if (rest[0] == '\'' || rest[0] == '"') {
      const size_t close = rest.find(rest[0], 1);
      if (close == std::string_view::npos) {
        tokens.push_back({Kind::unexpected, rest.substr(0, 1), pos});
        pos += 1;
      } else {
        tokens.push_back({Kind::string, rest.substr(1, close - 1), pos});
        pos += close + 1;
      }
    } else if (const size_t n = number_length(rest)) {
      tokens.push_back({Kind::number, rest.substr(0, n), pos});
      pos += n;
    } else if (const size_t n = identifier_length(rest)) {
      tokens.push_back({Kind::id, rest.substr(0, n), pos});
      pos += n;
    } else if (rest.substr(0, 2) == "..") {
      tokens.push_back({Kind::dotdot, rest.substr(0, 2), pos});
      pos += 2;
    } else {
      // One whole UTF-8 character, so an error message quotes it intact.
      size_t n = 1;
      while (n < rest.size() && (static_cast<unsigned char>(rest[n]) & 0xC0) == 0x80) ++n;
      tokens.push_back({special_kind(rest[0]), rest.substr(0, n), pos});
      pos += n;
    }
  }
  tokens.push_back({Kind::end, {}, markup.size()});
  return tokens;
}

const char* token_kind_name(ExpressionToken::Kind kind) {
  switch (kind) {
    case Kind::comparison: return "comparison";
    case Kind::string: return "string";
    case Kind::number: return "number";
    case Kind::id: return "id";
    case Kind::dotdot: return "dotdot";
    case Kind::pipe: return "pipe";
    case Kind::dot: return "dot";
    case Kind::colon: return "colon";
    case Kind::comma: return "comma";
    case Kind::open_square: return "open_square";
    case Kind::close_square: return "close_square";
    case Kind::open_round: return "open_round";
    case Kind::close_round: return "close_round";
    case Kind::question: return "question";
    case Kind::dash: return "dash";
    case Kind::unexpected: return "unexpected character";
    case Kind::end: return "end_of_string";
  }
  return "token";
}

}  // namespace folio::liquid
