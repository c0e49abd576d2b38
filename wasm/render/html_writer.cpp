#include "render/html_writer.h"

namespace folio::render {

void append_attribute(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  const bool has_double = value.find('"') != std::string_view::npos;
  const char quote = has_double ? '\'' : '"';
  out += '=';
  out += quote;
  if (has_double && value.find('\'') != std::string_view::npos) {
    for (const char c : value) out += c == '\'' ? std::string("&#39;") : std::string(1, c);
  } else {
    out += value;
  }
  out += quote;
}

void append_start_tag(std::string& out, const HtmlToken& token) {
  out += '<';
  out += token.text;
  for (const HtmlAttribute& attribute : token.attributes) {
    if (attribute.has_value) {
      append_attribute(out, attribute.name, attribute.value);
    } else {
      out += ' ';
      out += attribute.name;
    }
  }
  out += token.self_closing ? "/>" : ">";
}

void append_token(std::string& out, const HtmlToken& token) {
  switch (token.kind) {
    case HtmlTokenKind::text:
    case HtmlTokenKind::raw_text: out += token.text; break;
    case HtmlTokenKind::start_tag: append_start_tag(out, token); break;
    case HtmlTokenKind::end_tag:
      out += "</";
      out += token.text;
      out += '>';
      break;
  }
}

const HtmlAttribute* find_attribute(const HtmlToken& token, std::string_view lowercase_name) {
  for (const HtmlAttribute& attribute : token.attributes) {
    if (same_html_name(attribute.name, lowercase_name)) return &attribute;
  }
  return nullptr;
}

bool has_class(std::string_view classes, std::string_view name) {
  size_t i = 0;
  while (i < classes.size()) {
    while (i < classes.size() && (classes[i] == ' ' || classes[i] == '\t' || classes[i] == '\n' || classes[i] == '\r' ||
                                  classes[i] == '\f')) {
      ++i;
    }
    size_t end = i;
    while (end < classes.size() && classes[end] != ' ' && classes[end] != '\t' && classes[end] != '\n' &&
           classes[end] != '\r' && classes[end] != '\f') {
      ++end;
    }
    if (end > i && classes.substr(i, end - i) == name) return true;
    i = end;
  }
  return false;
}

}  // namespace folio::render
