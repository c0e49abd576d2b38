// jekyll-scholar's --query, which is bibtex-ruby's query language:
//
//   @*                      every entry (also @entry)
//   @article                entries of that type (any case)
//   !@book                  entries of any other type
//   @*[selected=true]       with a condition; text after the ']' is ignored,
//                           so al-folio's @*[selected=true]* means the same
//   @book, @article         either selector (anything between selectors is
//                           ignored, as bibtex-ruby scans for them)
//   [a=1, b=2] [a=1 && b=2] all of the conditions; [a=1 || b=2] either group
//   [doi]                   the field is present
//
// Conditions compare a field as bibtex-ruby stores it (stored_entry.h), or
// the entry's key, year or date: = equal, != (or /=) different or absent,
// ^= starts with (a regular expression), ~= contains a match of a regular
// expression, !~ has no match or is absent, < <= > >= compare as integers
// when both sides are digits, else as text. `type` reads the field called
// type, not the entry type (as bibtex-ruby does). bibtex-ruby's operator
// search finds "=" first in "=~", so [title=~x] compares with "~x".
#pragma once

#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "bibtex/bib_entry.h"

namespace folio::scholar {

struct QueryCondition {
  std::string property;         // "" for an empty condition, which holds
  std::string op;               // "" tests presence
  std::optional<std::string> value;
  std::shared_ptr<const std::regex> pattern;  // for ^= ~= !~
};

// Conditions joined by , or && ; groups of them joined by ||.
using ConditionGroup = std::vector<QueryCondition>;

struct QuerySelector {
  bool negated = false;
  std::string type;  // lowercase; "*" or "entry" for every type
  std::vector<ConditionGroup> alternatives;  // empty: no condition
};

struct Query {
  std::vector<QuerySelector> selectors;  // an entry matches when one does
};

struct QueryParse {
  std::optional<Query> query;
  std::string error;  // why the text is not a query, when query is empty
};

QueryParse parse_query(std::string_view text);

bool query_matches(const Query& query, const BibEntry& entry);

}  // namespace folio::scholar
