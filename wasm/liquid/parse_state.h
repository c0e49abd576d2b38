// What tag parsers see while a template is parsed: the options, where
// diagnostics go, and how to read an expression in the mode in force.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "liquid/condition.h"
#include "liquid/engine.h"
#include "liquid/expression_parser.h"
#include "liquid/lexer.h"

namespace folio::liquid {

class ParseState {
 public:
  ParseState(const std::string& file, const LiquidOptions& options, Diagnostics& diagnostics)
      : file_(file), options_(options), diagnostics_(diagnostics) {}

  const LiquidOptions& options() const { return options_; }
  const std::string& file() const { return file_; }
  int max_depth() const { return options_.limits.max_depth; }

  // A syntax error (Jekyll: "Liquid syntax error (line N): ..."), with what to do.
  void error(SourcePosition position, std::string message);
  void warning(SourcePosition position, std::string message);
  bool failed() const { return failed_; }

  // `markup` as expression [| filters]: strict first; in lax mode a markup
  // that strict parsing rejects gets a warning and Liquid 4's lax reading.
  FilteredExpression filtered_expression(std::string_view markup, SourcePosition position);
  // The condition of if, elsif and unless; nullopt after a syntax error (in
  // lax mode only when not even Liquid 4's lax reading finds one).
  std::optional<Condition> condition(std::string_view markup, std::string_view tag, SourcePosition position);
  // The markup's expressions must all be read by `parser`; reports the first
  // error, as a syntax error in `tag`. Returns whether it parsed.
  bool check(const ExpressionParser& parser, std::string_view tag, SourcePosition position);

 private:
  void warn_unknown_filters(const FilteredExpression& expression, SourcePosition position);

  const std::string& file_;
  const LiquidOptions& options_;
  Diagnostics& diagnostics_;
  bool failed_ = false;
};

}  // namespace folio::liquid
