// Two yaml-cpp trees compared node by node: type, tag, scalar and mark (the
// line and column diagnostics report). For parse/simple_yaml.h, whose tree
// must be the one YAML::Load builds (tests/native/simple_yaml_test.cpp and
// fuzz_simple_yaml.cpp).
#pragma once

#include <sstream>
#include <string>

#include <yaml-cpp/yaml.h>

namespace folio_fuzz {

inline std::string describe_yaml_node(const YAML::Node& node) {
  std::ostringstream out;
  const YAML::Mark mark = node.Mark();
  out << "type " << node.Type() << " tag '" << node.Tag() << "' at " << mark.pos << "/" << mark.line << "/"
      << mark.column;
  if (node.IsScalar()) out << " scalar '" << node.Scalar() << "'";
  return out.str();
}

// Empty when the trees are equal, else where they first differ.
inline std::string yaml_tree_difference(const YAML::Node& a, const YAML::Node& b, const std::string& path = "") {
  if (describe_yaml_node(a) != describe_yaml_node(b)) {
    return path + ": " + describe_yaml_node(a) + " vs " + describe_yaml_node(b);
  }
  if (a.size() != b.size()) return path + ": size " + std::to_string(a.size()) + " vs " + std::to_string(b.size());
  if (a.IsMap()) {
    auto left = a.begin();
    for (auto right = b.begin(); right != b.end(); ++left, ++right) {
      const std::string key = path + "/" + right->first.Scalar();
      std::string found = yaml_tree_difference(left->first, right->first, key + " (key)");
      if (found.empty()) found = yaml_tree_difference(left->second, right->second, key);
      if (!found.empty()) return found;
    }
  } else if (a.IsSequence()) {
    for (size_t i = 0; i < a.size(); ++i) {
      const std::string found = yaml_tree_difference(a[i], b[i], path + "/" + std::to_string(i));
      if (!found.empty()) return found;
    }
  }
  return "";
}

}  // namespace folio_fuzz
