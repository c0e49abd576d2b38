// Conditions of if, unless, elsif and where_exp: comparisons joined by `and`
// and `or`, which Liquid evaluates right to left (`a and b or c` is
// `a and (b or c)`), without precedence.
#pragma once

#include <string>
#include <vector>

#include "liquid/expression.h"
#include "liquid/expression_parser.h"

namespace folio::liquid {

struct Comparison {
  Expression left;
  std::string op;  // "==", "!=", "<>", "<", ">", "<=", ">=", "contains"; empty: left's truth
  Expression right;
};

struct Condition {
  std::vector<Comparison> terms;
  std::vector<bool> and_after;  // between terms[i] and terms[i + 1]: true for and, false for or
};

// Strict: comparison (and|or comparison)* to the end of the markup.
Condition parse_condition(ExpressionParser& parser);
// Lax (Liquid 4's regex reading): what can be read, stopping at the first
// fragment that is no comparison; an unknown operator word is kept and fails
// when evaluated.
Condition parse_condition_lax(std::string_view markup, int max_depth);

}  // namespace folio::liquid
