#include "liquid/condition.h"

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
  ExpressionParser parser(markup, max_depth, true);
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
