// What for and tablerow share: `VAR in COLLECTION [reversed] [name: value]...`
// and the slice of the collection that limit and offset select.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "liquid/expression.h"
#include "liquid/parse_state.h"

namespace folio::liquid {

class RenderContext;

struct LoopSyntax {
  std::string variable;
  Expression collection;
  std::string collection_text;  // as written, for the loop's name ("item-site.posts")
  bool reversed = false;
  bool offset_continue = false;  // offset: continue
  std::map<std::string, Expression, std::less<>> attributes;
};

// Reads the markup strictly; in lax mode, markup that strict reading rejects
// gets a warning and Liquid 4's lax reading (attributes anywhere, so the
// `for x in list | limit: 3` that al-folio writes still limits).
// `allowed` lists the attribute names; nullopt after an error.
std::optional<LoopSyntax> parse_loop(const Token& token, ParseState& state, std::initializer_list<std::string_view> allowed);

// An integer attribute's value (nullopt when absent or nil); an error when
// it is not a number.
std::optional<int64_t> loop_attribute(RenderContext& context, const LoopSyntax& loop, std::string_view name);

}  // namespace folio::liquid
