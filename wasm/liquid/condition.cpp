#include "liquid/condition.h"

#include <string>

namespace folio::liquid {

namespace {

using Kind = ExpressionToken::Kind;

Comparison parse_comparison(ExpressionParser& parser) {
  Comparison comparison;
  comparison.left = parser.expression();
  if (parser.look(Kind::comparison)) {
    comparison.op = std::string(parser.advance().text);
    comparison.right = parser.expression();
  }
  return comparison;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Whether `text` from `open` (a '(') is a range, "(1..n)", as Liquid's
// RANGES_REGEX reads one: returns the index of its ')' or npos.
size_t range_close(std::string_view text, size_t open) {
  const size_t close = text.find(')', open);
  const size_t dots = text.find("..", open);
  if (close == std::string_view::npos || dots == std::string_view::npos || dots > close) return std::string_view::npos;
  auto has_word = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      if (!is_space(text[i])) return true;
    }
    return false;
  };
  return has_word(open + 1, dots) && has_word(dots + 2, close) ? close : std::string_view::npos;
}

// Liquid 4's lax `if` reads its markup as fragments (QuotedFragment) and a
// variable's name by scanning the fragment for words, so a '(' or ')' that
// groups a comparison is part of no name: al-folio's
// `(content[1] == "") or (skip contains content[0])` holds as it would
// without them. Ranges keep theirs; quoted text is left as it is.
std::string without_grouping_parens(std::string_view markup) {
  std::string out;
  out.reserve(markup.size());
  size_t range_end = std::string_view::npos;
  for (size_t i = 0; i < markup.size(); ++i) {
    const char c = markup[i];
    if (c == '"' || c == '\'') {
      const size_t end = markup.find(c, i + 1);
      const size_t stop = end == std::string_view::npos ? markup.size() : end + 1;
      out.append(markup.substr(i, stop - i));
      i = stop - 1;
      continue;
    }
    if (c == '(' && range_end == std::string_view::npos) {
      range_end = range_close(markup, i);
      if (range_end != std::string_view::npos) out += c;
      continue;
    }
    if (c == ')') {
      if (i == range_end) {
        out += c;
        range_end = std::string_view::npos;
      }
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

Condition parse_condition(ExpressionParser& parser) {
  Condition condition;
  condition.terms.push_back(parse_comparison(parser));
  while (!parser.failed() && (parser.look_id("and") || parser.look_id("or"))) {
    condition.and_after.push_back(parser.advance().text == "and");
    condition.terms.push_back(parse_comparison(parser));
  }
  return condition;
}

Condition parse_condition_lax(std::string_view markup, int max_depth) {
  const std::string fragments = without_grouping_parens(markup);
  ExpressionParser parser(fragments, max_depth, true);
  Condition condition;
  while (true) {
    Comparison comparison;
    comparison.left = parser.expression();
    if (parser.failed()) break;
    if (parser.look(Kind::comparison) || (parser.look(Kind::id) && !parser.look_id("and") && !parser.look_id("or"))) {
      comparison.op = std::string(parser.advance().text);
      comparison.right = parser.expression();
      if (parser.failed()) comparison.right = Expression();
    }
    condition.terms.push_back(std::move(comparison));
    if (!(parser.look_id("and") || parser.look_id("or"))) break;
    condition.and_after.push_back(parser.advance().text == "and");
  }
  // A trailing `and`/`or` with nothing after it joins nothing.
  if (condition.terms.empty()) condition.terms.emplace_back();
  condition.and_after.resize(condition.terms.size() - 1);
  return condition;
}

}  // namespace folio::liquid
