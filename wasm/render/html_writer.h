// Writes tokens of core/html_tokenizer.h back as HTML, for the passes of
// render/ that rewrite a few tags of a template's output and keep the rest as
// written (the sanitizer runs after them, so nothing here decides safety).
#pragma once

#include <string>
#include <string_view>

#include "core/html_tokenizer.h"

namespace folio::render {

// `<name a="v" b>`, values as written (they are not decoded by the
// tokenizer, so they are not escaped again; a value holding '"' is quoted
// with '\'').
void append_start_tag(std::string& out, const HtmlToken& token);
void append_attribute(std::string& out, std::string_view name, std::string_view value);
// Any token as written (an end tag: `</name>`).
void append_token(std::string& out, const HtmlToken& token);

// The value of an attribute of a start tag, or nullptr.
const HtmlAttribute* find_attribute(const HtmlToken& token, std::string_view lowercase_name);
// Whether a class attribute's value has `name` among its classes.
bool has_class(std::string_view classes, std::string_view name);

}  // namespace folio::render
