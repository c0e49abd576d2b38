// kramdown's attribute lists: an inline attribute list (IAL) `{: .note #intro
// lang="en"}` after a block or a span gives it a class, an id and attributes;
// an attribute list definition (ALD) `{:wide: .full-width}` names a set that
// an IAL can refer to (`{: wide}`).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace folio {

struct Attributes {
  std::vector<std::pair<std::string, std::string>> values;  // in order, class values joined by a space

  void add(std::string_view name, std::string_view value);
  void merge(const Attributes& other);
  bool empty() const { return values.empty(); }
  // ` name="value"...`, values escaped for a double-quoted attribute.
  std::string html() const;
};

using AttributeDefinitions = std::map<std::string, Attributes, std::less<>>;

// line is `{: ...}` (or `{:name: ...}` for a definition), nothing else but
// trailing spaces. Returns nullopt when it is neither.
struct AttributeList {
  std::string definition_name;  // empty for an IAL
  Attributes attributes;
};
std::optional<AttributeList> parse_attribute_list(std::string_view line, const AttributeDefinitions& definitions);

// The length of an IAL at the start of text (`{: ...}` or `{:.x}`), or 0.
size_t attribute_list_length(std::string_view text);

}  // namespace folio
