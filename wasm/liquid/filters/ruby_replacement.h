// Ruby's sub/gsub replacement strings, which replace, replace_first and the
// regex_replace filters all pass through: "\0" and "\&" are the match, "\1"
// to "\9" its groups, "\k<name>" a named group, "\`" and "\'" the text
// before and after it, "\\" a backslash; any other backslash stays as it is.
// A \k<name> of a group the pattern lacks raises FilterError, as Ruby does.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "liquid/filters/ruby_regex.h"

namespace folio::liquid {

struct ReplacementMatch {
  std::string_view subject;
  size_t begin, end;                                    // the whole match, as byte offsets
  std::vector<std::optional<std::pair<size_t, size_t>>> groups;  // 1..n; nullopt: did not take part
  std::vector<std::pair<std::string, size_t>> group_names;       // name -> group number
};

void append_ruby_replacement(std::string& out, std::string_view replacement, const ReplacementMatch& match);

// String#gsub / #sub with a plain string pattern (an empty pattern matches
// before every character and at the end).
std::string ruby_replace_string(std::string_view subject, std::string_view pattern, std::string_view replacement,
                                bool only_first);

// A Ruby regex for `filter`; a pattern folio's engine cannot read raises
// FilterError naming the filter and the pattern.
RubyRegex compile_ruby_regex(std::string_view filter, std::string_view pattern);

// String#gsub / #sub with a regex and a replacement string.
std::string ruby_replace_regex(std::string_view subject, const RubyRegex& regex, std::string_view replacement,
                               bool only_first);

}  // namespace folio::liquid
