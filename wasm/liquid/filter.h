// The contract between the Liquid renderer and its filters: a filter is a
// plain function from its input and arguments to a value, with the few
// services of the render it may need. Filters never see the template.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "liquid/value.h"

namespace folio::liquid {

// What Jekyll's filters read of the site.
struct SiteFacts {
  std::string url;                 // _config.yml url, e.g. "https://example.org"
  std::string baseurl;             // _config.yml baseurl, e.g. "/al-folio"
  std::string time_zone = "UTC";   // _config.yml timezone (IANA name)
  int64_t now_unix_seconds = 0;    // site.time, for date: "now"
  // _config.yml filtered_bibtex_keywords: the fields al-folio's
  // hideCustomBibtex filter removes from a shown BibTeX entry.
  std::vector<std::string> filtered_bibtex_keywords;
};

class FilterContext {
 public:
  virtual ~FilterContext() = default;
  // Evaluates a Liquid expression with `variable` bound to `item`, for
  // where_exp, find_exp, group_by_exp and friends.
  virtual Value evaluate(std::string_view expression, std::string_view variable, const Value& item) = 0;
  // Markdown to HTML through the core's converter (markdownify).
  virtual std::string markdownify(std::string_view markdown) = 0;
  virtual const SiteFacts& site() const = 0;
  // A warning at the filter's place in the template; rendering goes on.
  virtual void warn(std::string message) = 0;
};

struct FilterCall {
  Value input;
  std::vector<Value> arguments;
  std::vector<std::pair<std::string, Value>> keyword_arguments;  // `default: x, allow_false: true`
};

// A filter's failure, as Ruby Liquid raises it ("divided by 0", "invalid
// integer"): the renderer turns it into a diagnostic at the filter's place.
class FilterError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

using FilterFunction = Value (*)(const FilterCall& call, FilterContext& context);

struct FilterSpec {
  std::string_view name;
  int min_arguments;  // positional, not counting the input
  int max_arguments;  // -1: any number
  FilterFunction function;
};

// nullptr when no filter has that name (an unknown filter: the renderer
// reports it and, in lax mode, passes the input through).
const FilterSpec* find_filter(std::string_view name);

}  // namespace folio::liquid
