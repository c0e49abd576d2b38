// Table-driven filter tests: each case calls a filter through find_filter
// with JSON input and arguments, and compares what `{{ }}` would print (or
// "error: MESSAGE" for a FilterError) with what Liquid 4.0.4 and Jekyll 4.3
// print for the same case (tests/liquid_filters/expected.rb made the tables).
#pragma once

#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <string>

#include "liquid/filter.h"
#include "liquid/json_value.h"
#include "liquid/value.h"

namespace folio::liquid::testing {

struct FilterCase {
  const char* filter;
  const char* input;      // JSON
  const char* arguments;  // JSON array
  const char* keywords;   // JSON object
  const char* expected;   // the output, or "error: ..."
};

// The services a filter may ask of the render, with the site the
// expectations were made with. Expressions (where_exp and friends) are
// answered from a table of closures, keyed by the expression's text.
class TestFilterContext : public FilterContext {
 public:
  using Expression = std::function<Value(const Value& item)>;

  TestFilterContext() {
    site_.url = "https://example.org";
    site_.baseurl = "/al-folio";
    site_.filtered_bibtex_keywords = {"abbr", "abstract", "selected", "pdf"};
  }
  Value evaluate(std::string_view expression, std::string_view, const Value& item) override {
    const auto found = expressions.find(std::string(expression));
    if (found == expressions.end()) FAIL("no test closure for " << expression);
    return found->second(item);
  }
  std::string markdownify(std::string_view markdown) override { return "<p>" + std::string(markdown) + "</p>\n"; }
  const SiteFacts& site() const override { return site_; }
  void warn(std::string message) override { warnings.push_back(std::move(message)); }

  std::map<std::string, Expression> expressions;
  std::vector<std::string> warnings;
  SiteFacts site_;
};

inline Value json(const char* text) { return value_from_json(OrderedJson::parse(text)); }

// What `{{ input | filter: arguments }}` prints, or "error: ...".
inline std::string run_filter(const FilterCase& c, FilterContext& context) {
  const FilterSpec* spec = find_filter(c.filter);
  if (!spec) return "no such filter";
  FilterCall call;
  call.input = json(c.input);
  const Value arguments = json(c.arguments), keywords = json(c.keywords);
  for (const Value& argument : arguments.as_array()) call.arguments.push_back(argument);
  for (const auto& [key, value] : keywords.as_hash()) call.keyword_arguments.emplace_back(key, value);
  try {
    return to_output(spec->function(call, context));
  } catch (const FilterError& error) {
    return std::string("error: ") + error.what();
  }
}

template <size_t N>
void check_filter_cases(const FilterCase (&cases)[N]) {
  TestFilterContext context;
  for (const FilterCase& c : cases) {
    INFO(c.filter << " of " << c.input << " with " << c.arguments << " " << c.keywords);
    CHECK(run_filter(c, context) == c.expected);
  }
}

}  // namespace folio::liquid::testing
