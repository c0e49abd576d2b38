// parse/simple_yaml.h against yaml-cpp: whatever the fast reader takes (a
// front matter, or the whole input when it has none), yaml-cpp must read too,
// into the same tree, and site/yaml_value.h's flat_yaml_to_value into the
// value yaml_to_value makes of that tree.
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "parse/front_matter.h"
#include "parse/simple_yaml.h"
#include "site/yaml_value.h"
#include "yaml_tree.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input = folio_fuzz::as_content(data, size);
  folio::Diagnostics diagnostics;
  const folio::FrontMatterSplit split = folio::split_front_matter(input, "_posts/fuzz.md", diagnostics);
  const std::string text(split.has_front_matter ? split.yaml : std::string_view(input));
  const auto fast = folio::parse_simple_yaml(text);
  const auto value = folio::site::flat_yaml_to_value(text);
  folio_fuzz::check(fast.has_value() == value.has_value(), "the fast reader and flat_yaml_to_value disagree on taking", text);
  if (!fast) return 0;
  YAML::Node reference;
  try {
    reference = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    folio_fuzz::fail("the fast reader took YAML that yaml-cpp refuses", e.msg + "\n" + text);
  }
  const std::string difference = folio_fuzz::yaml_tree_difference(*fast, reference);
  folio_fuzz::check(difference.empty(), "the fast reader's tree differs from yaml-cpp's", difference + "\n" + text);
  const std::string flat = folio::liquid::inspect(*value);
  const std::string from_tree = folio::liquid::inspect(folio::site::yaml_to_value(reference));
  folio_fuzz::check(flat == from_tree, "flat_yaml_to_value differs from yaml_to_value", flat + "\n" + from_tree + "\n" + text);
  return 0;
}
