#include "liquid/parse_state.h"

namespace folio::liquid {

void ParseState::error(SourcePosition position, std::string message) {
  failed_ = true;
  diagnostics_.error(file_, position.line, position.column, std::move(message));
}

void ParseState::warning(SourcePosition position, std::string message) {
  diagnostics_.warning(file_, position.line, position.column, std::move(message));
}

bool ParseState::check(const ExpressionParser& parser, std::string_view tag, SourcePosition position) {
  if (!parser.failed()) return true;
  error(position, "Liquid syntax error in '" + std::string(tag) + "': " + parser.error());
  return false;
}

void ParseState::warn_unknown_filters(const FilteredExpression& expression, SourcePosition position) {
  for (const FilterSyntax& filter : expression.filters) {
    if (filter.spec) continue;
    const std::string message = "Unknown filter '" + filter.name + "': check its name (Jekyll passes the value through unchanged)";
    if (options_.strict) {
      error(position, message);
    } else {
      warning(position, message);
    }
  }
}

std::optional<Condition> ParseState::condition(std::string_view markup, std::string_view tag, SourcePosition position) {
  if (markup.empty()) {
    error(position, "Syntax Error in tag '" + std::string(tag) + "' - Valid syntax: " + std::string(tag) + " [expression]");
    return std::nullopt;
  }
  ExpressionParser parser(markup, max_depth());
  Condition condition = parse_condition(parser);
  parser.expect_end();
  if (!parser.failed()) return condition;
  if (options_.strict) {
    check(parser, tag, position);
    return std::nullopt;
  }
  warning(position, "Liquid syntax warning in '" + std::string(tag) + "': " + parser.error() +
                        "; Jekyll reads it laxly, fix it so strict Liquid accepts it");
  return parse_condition_lax(markup, max_depth());
}

FilteredExpression ParseState::filtered_expression(std::string_view markup, SourcePosition position) {
  if (markup.empty()) return {};  // {{ }} prints nothing
  ExpressionParser parser(markup, max_depth());
  FilteredExpression expression = parser.filtered_expression();
  parser.expect_end();
  if (parser.failed()) {
    if (options_.strict) {
      error(position, "Liquid syntax error: " + parser.error() + " in \"{{" + std::string(markup) + "}}\"");
      return {};
    }
    // Jekyll's "warn" mode: Liquid 4 warns and reads the markup laxly.
    warning(position, "Liquid syntax warning: " + parser.error() + " in \"" + std::string(markup) +
                          "\"; Jekyll reads it laxly, fix it so strict Liquid accepts it");
    expression = parse_filtered_expression_lax(markup, max_depth());
  }
  warn_unknown_filters(expression, position);
  return expression;
}

}  // namespace folio::liquid
