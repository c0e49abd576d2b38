// parse/simple_yaml.h against yaml-cpp: whatever the fast reader takes (a
// front matter, or the whole input when it has none), yaml-cpp must read too,
// into the same tree.
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "parse/front_matter.h"
#include "parse/simple_yaml.h"
#include "yaml_tree.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input = folio_fuzz::as_content(data, size);
  folio::Diagnostics diagnostics;
  const folio::FrontMatterSplit split = folio::split_front_matter(input, "_posts/fuzz.md", diagnostics);
  const std::string text(split.has_front_matter ? split.yaml : std::string_view(input));
  const auto fast = folio::parse_simple_yaml(text);
  if (!fast) return 0;
  YAML::Node reference;
  try {
    reference = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    folio_fuzz::fail("the fast reader took YAML that yaml-cpp refuses", e.msg + "\n" + text);
  }
  const std::string difference = folio_fuzz::yaml_tree_difference(*fast, reference);
  folio_fuzz::check(difference.empty(), "the fast reader's tree differs from yaml-cpp's", difference + "\n" + text);
  return 0;
}
