// BibTeX person names: splits an author or editor field into people and each
// person into First, von, Last and Jr, by Patashnik's rules ("Tame the BeaST",
// section 11):
//   "First von Last", "von Last, First", "von Last, Jr, First";
//   von words start with a lowercase letter (braces hide case, {\'E} counts);
//   names split at a whole word "and" (any case) outside braces, so
//   "{Barnes and Noble, Inc.}" stays one name;
//   "and others" adds a last element with others = true and empty parts.
// The parts come out as display text (LaTeX converted by latex_to_text).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bibtex/bib_entry.h"
#include "core/diagnostics.h"

namespace folio {

struct PersonName {
  std::string first, von, last, jr;  // display text, LaTeX already converted
  bool others = false;               // "and others": the list goes on unnamed
};

std::vector<PersonName> parse_names(std::string_view value);
// The same split with the parts kept as LaTeX ("J{\"u}rgen"), as bibtex-ruby
// keeps them when it writes an entry back out.
std::vector<PersonName> parse_names_as_written(std::string_view value);

// True for "Jiangfei Duan, Shuo Zhang, Zerui Wang": at least two commas
// outside braces, no " and " except as the last separator ("..., Zerui Wang
// and Xin Jin"), and every chunk is two to four words, like "First Last".
// "Einstein, Albert" (one comma) and "King, Jr, Martin Luther" (a one-word
// chunk) are not such lists.
bool looks_like_comma_separated_names(std::string_view value);

// Parses field `field` (e.g. "author") of `entry`; empty when absent. A list
// separated by commas instead of " and " is read as "First Last" names anyway,
// with a warning at the field's line that says to separate authors with
// " and ". A name with more than two commas is warned about too.
std::vector<PersonName> parse_author_field(const BibEntry& entry, std::string_view field,
                                           const std::string& file, Diagnostics& diagnostics);

}  // namespace folio
