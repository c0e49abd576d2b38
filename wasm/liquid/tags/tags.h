// The tags the engine knows: Liquid 4's and Jekyll's. Each family lives in
// its own file here, as Shopify's lib/liquid/tags/ does.
#pragma once

#include <string_view>

#include "liquid/node.h"
#include "liquid/parse_state.h"

namespace folio::liquid {

// Makes a tag's node from its token; a block's node gets its bodies from
// the parser. nullptr when the markup is bad (the parser has reported it).
using TagParser = NodePtr (*)(const Token& token, ParseState& state);

struct TagDefinition {
  std::string_view name;
  TagParser parse;
  bool block;
};

const TagDefinition* find_tag(std::string_view name);

// One per file in tags/.
NodePtr parse_if(const Token& token, ParseState& state);
NodePtr parse_unless(const Token& token, ParseState& state);
NodePtr parse_ifchanged(const Token& token, ParseState& state);
NodePtr parse_case(const Token& token, ParseState& state);
NodePtr parse_for(const Token& token, ParseState& state);
NodePtr parse_break(const Token& token, ParseState& state);
NodePtr parse_continue(const Token& token, ParseState& state);
NodePtr parse_tablerow(const Token& token, ParseState& state);
NodePtr parse_assign(const Token& token, ParseState& state);
NodePtr parse_capture(const Token& token, ParseState& state);
NodePtr parse_increment(const Token& token, ParseState& state);
NodePtr parse_decrement(const Token& token, ParseState& state);
NodePtr parse_cycle(const Token& token, ParseState& state);
NodePtr parse_raw(const Token& token, ParseState& state);
NodePtr parse_comment(const Token& token, ParseState& state);
NodePtr parse_include(const Token& token, ParseState& state);
NodePtr parse_include_relative(const Token& token, ParseState& state);
NodePtr parse_highlight(const Token& token, ParseState& state);
NodePtr parse_link(const Token& token, ParseState& state);
NodePtr parse_post_url(const Token& token, ParseState& state);

// A tag of a TagRegistry (custom_tag.h).
NodePtr make_custom_tag(const Token& token, const TagRegistry::Entry& entry);

}  // namespace folio::liquid
