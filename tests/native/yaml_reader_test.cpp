#include <catch2/catch.hpp>

#include "parse/site_config_parser.h"
#include "parse/yaml_reader.h"

using folio::Diagnostics;

TEST_CASE("YAML syntax errors name the file line and column", "[yaml]") {
  struct Case {
    const char* name;
    const char* text;
    int first_line;
    int expected_line;
  };
  const Case cases[] = {
      {"unclosed flow sequence", "a: 1\nb: [1, 2\nc: 3\n", 1, 3},
      {"bad indentation", "a:\n  b: 1\n c: 2\n", 1, 3},
      {"mapping value where none is allowed", "a: 1\nb: c: d\n", 1, 2},
      {"offset by the front matter fence", "a: 1\nb: [\n", 2, 4},
      {"tab indentation", "a:\n\tb: 1\n", 1, 2},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      Diagnostics diagnostics;
      const auto node = folio::parse_yaml(c.text, {"f.yml", c.first_line}, diagnostics);
      REQUIRE(diagnostics.size() == 1);
      const auto& d = diagnostics.all()[0];
      CHECK(d.file == "f.yml");
      CHECK(d.line >= c.expected_line - 1);
      CHECK(d.line <= c.expected_line);
      CHECK(d.column >= 1);
      CHECK_THAT(d.message, Catch::StartsWith("YAML syntax error"));
      CHECK(node.IsNull());
    }
  }
}

TEST_CASE("YAML booleans accept the spellings YAML 1.1 allows", "[yaml]") {
  struct Case { const char* text; bool recognised; bool value; };
  const Case cases[] = {{"true", true, true}, {"True", true, true}, {"yes", true, true}, {"on", true, true},
                        {"false", true, false}, {"NO", true, false}, {"off", true, false},
                        {"maybe", false, false}, {"", false, false}, {"1", false, false}};
  for (const Case& c : cases) {
    bool value = false;
    CHECK(folio::parse_yaml_bool(c.text, value) == c.recognised);
    if (c.recognised) CHECK(value == c.value);
  }
}

TEST_CASE("site config reads al-folio settings and reports wrong types at their line", "[yaml][config]") {
  Diagnostics diagnostics;
  const auto config = folio::parse_site_config(
      "title: blank\nfirst_name: Ada\nlast_name: Lovelace\n"
      "announcements:\n  enabled: sometimes\n  limit: 3\n"
      "scholar:\n  last_name: [Lovelace]\n  first_name: [Ada, A.]\n"
      "max_author_limit: many\n",
      "_config.yml", diagnostics);
  CHECK(config.display_name() == "Ada Lovelace");
  CHECK(config.announcements.enabled == true);  // the default, as the value was not a boolean
  CHECK(config.announcements.limit == 3);
  CHECK(config.scholar.last_names == std::vector<std::string>{"Lovelace"});
  CHECK(config.scholar.first_names == std::vector<std::string>{"Ada", "A."});
  CHECK(config.max_author_limit == 3);
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics.all()[0].line == 5);
  CHECK_THAT(diagnostics.all()[0].message, Catch::Contains("'enabled' should be true or false"));
  CHECK(diagnostics.all()[1].line == 10);
  CHECK_THAT(diagnostics.all()[1].message, Catch::Contains("'max_author_limit' should be a whole number"));
}

TEST_CASE("scholar names may be a single string, as older al-folio configs write them", "[yaml][config]") {
  Diagnostics diagnostics;
  const auto config = folio::parse_site_config("scholar:\n  last_name: Einstein\n", "_config.yml", diagnostics);
  CHECK(config.scholar.last_names == std::vector<std::string>{"Einstein"});
  CHECK(diagnostics.size() == 0);
}

TEST_CASE("site config reads the kramdown: options that change the HTML", "[yaml][config]") {
  Diagnostics diagnostics;
  const auto defaults = folio::parse_site_config("kramdown:\n  input: GFM\n", "_config.yml", diagnostics);
  CHECK(defaults.markdown.auto_ids);
  CHECK_FALSE(defaults.markdown.hard_wrap);
  CHECK(defaults.markdown.highlight_css_class == "highlight");
  const auto config = folio::parse_site_config(
      "kramdown:\n  input: GFM\n  auto_ids: false\n  auto_id_prefix: sec-\n  hard_wrap: true\n"
      "  gfm_quirks: [paragraph_end, no_auto_typographic]\n"
      "  syntax_highlighter_opts:\n    css_class: hl\n    block:\n      line_numbers: false\n",
      "_config.yml", diagnostics);
  CHECK_FALSE(config.markdown.auto_ids);
  CHECK(config.markdown.auto_id_prefix == "sec-");
  CHECK(config.markdown.hard_wrap);
  CHECK_FALSE(config.markdown.smart_typography);
  CHECK(config.markdown.highlight_css_class == "hl");
  CHECK(diagnostics.size() == 0);
}

TEST_CASE("the display name follows al-folio's title rules", "[config]") {
  struct Case { const char* title; const char* first; const char* middle; const char* last; const char* expected; };
  const Case cases[] = {
      {"My Lab", "Ignored", "", "", "My Lab"},
      {"blank", "You", "R.", "Name", "You R. Name"},
      {"blank", "NDS Group @ Shanghai AI Lab", "", "", "NDS Group @ Shanghai AI Lab"},
      {"", "Ada", "", "Lovelace", "Ada Lovelace"},
  };
  for (const Case& c : cases) {
    folio::SiteConfig config;
    config.title = c.title;
    config.first_name = c.first;
    config.middle_name = c.middle;
    config.last_name = c.last;
    CHECK(config.display_name() == c.expected);
  }
}
