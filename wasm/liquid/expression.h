// The syntax tree of Liquid expressions: literals, variable lookups
// (`site.data.venues[entry.abbr]`, `include.min-width`, `[page.key]`),
// ranges `(a..b)`, and an expression with its filters (`x | append: "y"`).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "liquid/filter.h"
#include "liquid/value.h"

namespace folio::liquid {

struct Expression {
  enum class Kind { literal, lookup, range };
  struct Step {
    std::string key;                    // .key or ["key"]
    std::unique_ptr<Expression> index;  // [expression]; null for .key
    bool dotted = false;                // .key: may also be size, first or last
  };

  Kind kind = Kind::literal;
  Value literal;
  std::string root;                             // lookup: the variable's name ...
  std::unique_ptr<Expression> root_expression;  // ... or [expression] naming it
  std::vector<Step> path;
  std::unique_ptr<Expression> range_first, range_last;

  static Expression of(Value value) {
    Expression expression;
    expression.literal = std::move(value);
    return expression;
  }
};

struct FilterSyntax {
  std::string name;
  const FilterSpec* spec = nullptr;  // nullptr: an unknown filter
  std::vector<Expression> arguments;
  std::vector<std::pair<std::string, Expression>> keyword_arguments;
};

struct FilteredExpression {
  Expression value;
  std::vector<FilterSyntax> filters;
};

}  // namespace folio::liquid
