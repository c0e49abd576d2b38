// A document with some of its text replaced before md4c reads it (kramdown's
// abbreviation and footnote definitions, HTML blocks): the copy is made only
// when something was replaced, so most documents are parsed where they lie.
#pragma once

#include <string>
#include <string_view>

namespace folio {

struct EditedSource {
  std::string_view input;
  std::string edited;  // the input after the edits, when there were any
  bool was_edited = false;
  // The document md4c parses.
  std::string_view markdown() const { return was_edited ? std::string_view(edited) : input; }
};

}  // namespace folio
