#include <catch2/catch.hpp>

#include <string>

#include "parse/yaml_nesting.h"
#include "parse/yaml_reader.h"

using folio::measure_yaml_nesting;

namespace {

std::string repeat(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

// Block mappings nested `depth` levels: "k:\n  k:\n    k: 1\n".
std::string nested_block_maps(int depth) {
  std::string yaml;
  for (int i = 0; i < depth; ++i) yaml += std::string(2 * i, ' ') + (i + 1 < depth ? "k:\n" : "k: 1\n");
  return yaml;
}

}  // namespace

TEST_CASE("YAML nesting is measured before parsing, and too deep is refused", "[yaml_nesting]") {
  struct Case {
    const char* name;
    std::string yaml;
    bool too_deep;
    int line;
  };
  const Case cases[] = {
      {"a config", "title: x\nscholar:\n  last_name: [Doe, Roe]\nannouncements:\n  enabled: true\n", false, 0},
      {"many keys at one level", repeat("key: value\n", 5000), false, 0},
      {"a long list", repeat("- item\n", 5000), false, 0},
      {"flow at the limit", "k: " + repeat("[", 99) + repeat("]", 99) + "\n", false, 0},
      {"flow past the limit", "a: 1\nk: " + repeat("[", 100) + repeat("]", 100) + "\n", true, 2},
      {"flow maps", "k: " + repeat("{a: ", 150) + "1" + repeat("}", 150), true, 1},
      {"flow over lines", "k: [\n" + repeat("[\n", 150), true, 100},
      {"brackets in quotes do not nest", "t: \"" + repeat("[", 300) + "\"\nu: '" + repeat("{", 300) + "'\n", false, 0},
      {"brackets in comments do not nest", "t: x # " + repeat("[", 300) + "\n", false, 0},
      {"brackets in a block scalar do not nest", "t: |\n  " + repeat("[", 300) + "\n  more\nu: 1\n", false, 0},
      {"an apostrophe in a word is not a quote", "t: don't " + repeat("[", 150), true, 1},
      {"block maps at the limit", nested_block_maps(99), false, 0},
      {"block maps past the limit", nested_block_maps(101), true, 101},
      {"sequence entries on one line", "k:\n  " + repeat("- ", 120) + "x\n", true, 2},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      const folio::YamlNesting nesting = measure_yaml_nesting(c.yaml);
      CHECK(nesting.too_deep == c.too_deep);
      CHECK(nesting.line == c.line);
    }
  }
}

TEST_CASE("too deep YAML is a diagnostic, not a parse", "[yaml_nesting]") {
  folio::Diagnostics diagnostics;
  const std::string yaml = "title: x\nk: " + repeat("[", 5000) + repeat("]", 5000) + "\n";
  const YAML::Node node = folio::parse_yaml(yaml, {"_config.yml", 1}, diagnostics);
  CHECK(node.IsNull());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics.all()[0].line == 2);
  CHECK_THAT(diagnostics.all()[0].message, Catch::Contains("more than 100 levels"));
}
