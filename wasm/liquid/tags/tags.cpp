#include "liquid/tags/tags.h"

namespace folio::liquid {

const TagDefinition* find_tag(std::string_view name) {
  static constexpr TagDefinition kTags[] = {
      {"if", parse_if, true},
      {"unless", parse_unless, true},
      {"ifchanged", parse_ifchanged, true},
      {"case", parse_case, true},
      {"for", parse_for, true},
      {"break", parse_break, false},
      {"continue", parse_continue, false},
      {"tablerow", parse_tablerow, true},
      {"assign", parse_assign, false},
      {"capture", parse_capture, true},
      {"increment", parse_increment, false},
      {"decrement", parse_decrement, false},
      {"cycle", parse_cycle, false},
      {"raw", parse_raw, true},
      {"comment", parse_comment, true},
      {"include", parse_include, false},
      {"include_relative", parse_include_relative, false},
      {"highlight", parse_highlight, true},
      {"link", parse_link, false},
      {"post_url", parse_post_url, false},
  };
  for (const TagDefinition& tag : kTags) {
    if (tag.name == name) return &tag;
  }
  return nullptr;
}

}  // namespace folio::liquid
