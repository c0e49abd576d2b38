// The common front matter, read without yaml-cpp's scanner: a flat map of
// one-line scalars ("title: A post", "date: 2024-05-01 10:00:00",
// 'tags: "a b"'). yaml-cpp's scanner matches every character against its
// regexes through a std::istream; on a site of 660 documents it was half of
// opening the site. This reader hands the same events to yaml-cpp's own
// NodeBuilder that yaml-cpp's parser hands it (same tags, same marks), so the
// tree is the one YAML::Load builds; anything else (nesting, lists, flow
// collections, block scalars, anchors, tags, comments after a value,
// escapes, tabs, CR, a key without a value) answers nullopt, and YAML::Load
// reads the text as before. tests/native/simple_yaml_test.cpp compares the
// two trees node by node.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace folio {

std::optional<YAML::Node> parse_simple_yaml(std::string_view text);

// The same map as its key and value scalars in order, for a reader that
// builds its own values from them (site/yaml_value.h's flat_yaml_to_value);
// nullopt where parse_simple_yaml answers nullopt.
struct SimpleYamlScalar {
  YAML::Mark mark;
  std::string tag;  // "?" plain, "!" quoted: what yaml-cpp's parser gives
  std::string value;
  bool null = false;  // a plain ~, null, Null or NULL
};
struct SimpleYamlPair {
  SimpleYamlScalar key, value;
};
std::optional<std::vector<SimpleYamlPair>> read_simple_yaml_pairs(std::string_view text);

}  // namespace folio
