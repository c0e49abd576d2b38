#include "parse/attribute_lists.h"

#include "core/html_escape.h"

namespace folio {
namespace {

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == ':';
}


// The body of a list (between "{:" and "}"): `.class`, `#id`, `name="v"`,
// `name='v'`, and references to definitions, separated by spaces.
bool parse_body(std::string_view body, const AttributeDefinitions& definitions, Attributes& attributes) {
  size_t i = 0;
  while (i < body.size()) {
    if (body[i] == ' ' || body[i] == '\t') {
      ++i;
      continue;
    }
    const char sigil = body[i];
    const size_t start = (sigil == '.' || sigil == '#') ? i + 1 : i;
    size_t end = start;
    while (end < body.size() && is_name_char(body[end])) ++end;
    const std::string_view name = body.substr(start, end - start);
    if (name.empty()) return false;
    if (sigil == '.') {
      attributes.add("class", name);
    } else if (sigil == '#') {
      attributes.add("id", name);
    } else if (end < body.size() && body[end] == '=') {
      const char quote = end + 1 < body.size() ? body[end + 1] : '\0';
      if (quote != '"' && quote != '\'') return false;
      const size_t close = body.find(quote, end + 2);
      if (close == std::string_view::npos) return false;
      attributes.add(name, body.substr(end + 2, close - end - 2));
      end = close + 1;
    } else if (const auto found = definitions.find(name); found != definitions.end()) {
      attributes.merge(found->second);
    }
    i = end;
  }
  return true;
}

}  // namespace

void Attributes::add(std::string_view name, std::string_view value) {
  for (auto& [existing, current] : values) {
    if (existing != name) continue;
    if (name == "class") {
      if (!current.empty()) current += ' ';
      current += value;
    } else {
      current = std::string(value);
    }
    return;
  }
  values.emplace_back(std::string(name), std::string(value));
}

void Attributes::merge(const Attributes& other) {
  for (const auto& [name, value] : other.values) add(name, value);
}

std::string Attributes::html() const {
  std::string out;
  for (const auto& [name, value] : values) {
    out += ' ';
    out += name;
    out += "=\"";
    append_escaped(out, value);
    out += '"';
  }
  return out;
}

size_t attribute_list_length(std::string_view text) {
  if (text.substr(0, 2) != "{:") return 0;
  bool in_quote = false;
  char quote = '\0';
  for (size_t i = 2; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quote) {
      if (c == quote) in_quote = false;
    } else if (c == '"' || c == '\'') {
      in_quote = true;
      quote = c;
    } else if (c == '}') {
      return i + 1;
    } else if (c == '\n') {
      return 0;
    }
  }
  return 0;
}

std::optional<AttributeList> parse_attribute_list(std::string_view line, const AttributeDefinitions& definitions) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (line.size() < 3 || attribute_list_length(line) != line.size()) return std::nullopt;
  std::string_view body = line.substr(2, line.size() - 3);
  AttributeList list;
  // A definition: `{:name: ...}`, the name right after the colon.
  size_t name_end = 0;
  while (name_end < body.size() && body[name_end] != ':' && body[name_end] != ' ' && is_name_char(body[name_end])) {
    ++name_end;
  }
  if (name_end > 0 && name_end < body.size() && body[name_end] == ':') {
    list.definition_name = std::string(body.substr(0, name_end));
    body.remove_prefix(name_end + 1);
  }
  if (!parse_body(body, definitions, list.attributes)) return std::nullopt;
  return list;
}

}  // namespace folio
