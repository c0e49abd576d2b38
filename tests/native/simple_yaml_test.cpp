// parse/simple_yaml.h against yaml-cpp: wherever the fast reader takes a
// text, its tree must be the one YAML::Load builds, node by node (type, tag,
// scalar, and the marks that diagnostics report as lines and columns), and
// the value site/yaml_value.h's flat_yaml_to_value reads without a tree the
// one yaml_to_value makes of YAML::Load's.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "parse/front_matter.h"
#include "parse/simple_yaml.h"
#include "site/yaml_value.h"
#include "../fuzz/yaml_tree.h"

namespace {

// Whether the fast reader took the text; when it did, the trees must agree.
bool check_against_yaml_cpp(const std::string& text) {
  const auto fast = folio::parse_simple_yaml(text);
  const auto value = folio::site::flat_yaml_to_value(text);
  CHECK(value.has_value() == fast.has_value());
  if (!fast || !value) return false;
  INFO(text);
  const YAML::Node loaded = YAML::Load(text);
  CHECK(folio_fuzz::yaml_tree_difference(*fast, loaded).empty());
  // inspect shows the types: "1" and 1, nil and "", true and "true" differ.
  CHECK(folio::liquid::inspect(*value) == folio::liquid::inspect(folio::site::yaml_to_value(loaded)));
  return true;
}

}  // namespace

TEST_CASE("the simple YAML reader builds yaml-cpp's tree for flat front matter", "[yaml]") {
  const char* const taken[] = {
      "layout: post\ntitle: A post\n",
      "title: a post with formatting and links\ndate: 2015-03-15 16:40:16\ndescription: march & april, 2015\n",
      "layout: post\ntitle: \"Quoted: with a colon\"\ndate: 2024-01-02 10:00:00-0400\ninline: false\n",
      "title: 'It''s single-quoted'   \nnote:   spaced   value   \n",
      "# a comment\n\nlayout: page\n   # indented comment\npermalink: /team/\nnav: true\nnav_order: 3\n",
      "title: 网络与分布式系统研究组\ndescription: Émile Zola, café ∗†\n",
      "url: https://example.org/a#b\ntime: 12:30\ncsharp: C#\nbrackets: a [b] {c}, d\n",
      "empty_quotes: \"\"\nsingle: ''\nnull_plain: null\ntilde: ~\nupper: NULL\n",
      "dup: one\ndup: two\n",
      "last_line: without a newline",
      "tags: formatting math\ncategories: sample-posts\ngiscus_comments: true\nrelated_posts: false\n",
      "key-with-dash: v\nunder_score: v\n9lives: v\n",
  };
  for (const char* text : taken) {
    INFO(text);
    CHECK(check_against_yaml_cpp(text));
  }
}

TEST_CASE("the simple YAML reader leaves everything else to yaml-cpp", "[yaml]") {
  const char* const left[] = {
      "toc:\n  sidebar: left\n",           // nesting
      "tags: [a, b]\n",                     // flow sequence
      "authors:\n- a\n- b\n",               // block sequence
      "text: |\n  block\n",                 // block scalar
      "a: &x 1\nb: *x\n",                   // anchors
      "a: !!str 1\n",                       // tags
      "title: long\n  continued\n",         // a plain scalar over two lines
      "title: with # comment\n",            // comment after a value
      "title: \"esc\\\"aped\"\n",           // escapes
      "title: \"open\n",                    // an unclosed quote
      "title: \"closed\" trailing\n",       // text after a quote
      "a:\tb\n",                            // tab
      "a: b\r\n",                           // CR
      "a:\n",                               // no value
      "a:b\n",                              // not a pair
      "a : b\n",                            // space before the colon
      "a: b: c\n",                          // a colon in a plain value
      "a: b:\n",                            // a final colon
      "---\na: b\n",                        // a document marker
      "\xEF\xBB\xBF" "a: b\n",              // byte order mark
      "null: x\n",                          // a null key
      "- a\n",                              // a list
      "? complex\n: key\n",                 // explicit key
      "a: -1\n",                            // indicator first
      "a: 'b' # c\n",                       // comment after a quote
      "",                                   // empty
      "# only a comment\n",
  };
  for (const char* text : left) {
    INFO(text);
    CHECK_FALSE(folio::parse_simple_yaml(text).has_value());
  }
}

TEST_CASE("every front matter in the fixtures and content reads as yaml-cpp reads it", "[yaml]") {
  namespace fs = std::filesystem;
  int taken = 0, files = 0;
  for (const fs::path& root : {fs::path(FOLIO_FIXTURES_DIR), fs::path(FOLIO_FIXTURES_DIR) / ".." / ".." / "content"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      const std::string ext = entry.path().extension().string();
      if (!entry.is_regular_file() || (ext != ".md" && ext != ".markdown" && ext != ".html" && ext != ".liquid")) {
        continue;
      }
      std::ifstream in(entry.path(), std::ios::binary);
      const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      folio::Diagnostics diagnostics;
      const folio::FrontMatterSplit split = folio::split_front_matter(text, entry.path().string(), diagnostics);
      if (!split.has_front_matter) continue;
      ++files;
      bool parsed = false;
      try {
        YAML::Load(std::string(split.yaml));
        parsed = true;
      } catch (const YAML::Exception&) {
      }
      INFO(entry.path().string());
      if (parsed) {
        taken += check_against_yaml_cpp(std::string(split.yaml)) ? 1 : 0;
      } else {
        CHECK_FALSE(folio::parse_simple_yaml(split.yaml).has_value());  // yaml-cpp reports the error
      }
    }
  }
  CHECK(files > 50);
  CHECK(taken > files / 3);  // the common case is the fast one
}

TEST_CASE("generated flat YAML reads as yaml-cpp reads it", "[yaml]") {
  // Lines from both sides of the reader's edges, in random documents.
  const std::vector<std::string> lines = {
      "title: Plain", "title: \"Double\"", "title: 'Single'", "t: 'It''s'", "date: 2024-05-01 10:00:00 +0800",
      "a: x:y", "a: x :y", "a: x: y", "a: x #y", "a: x#y", "a: #y", "a: [x]", "a: {x}", "a: x, y", "a: -x",
      "a: ~", "a: null", "a: Null", "a: nulls", "a: true", "a: 'q' ", "a: \"q\"  ", "a:  two  spaces ", "  indented: v",
      "", "   ", "# comment", "  # comment", "k: é∗†", "k: 中文 标题", "k: a\"b", "k: a'b", "k: \"a'b\"", "k: 'a\"b'",
      "k-2_x: v", "k: v:", "k:", "k:v", "-: v", "k: @v", "k: `v`", "k: %v", "k: |", "k: >", "k: !v", "k: &v",
      "k: *v", "k: ?v", "k: ,v", "k: ]v", "k: =v", "k: .v", "k: 1.5", "k: 0x1F", "k: 'unclosed", "k: \"unclosed",
      "k: 42", "k: -7", "k: 1_000", "k: 012", "k: yes", "k: off", "k: 2024-05-01", "k: '42'", "k: .inf", "k: 1e5",
  };
  std::mt19937 random(20261203);
  int taken = 0;
  for (int document = 0; document < 3000; ++document) {
    std::string text;
    const int count = 1 + static_cast<int>(random() % 6);
    for (int i = 0; i < count; ++i) text += lines[random() % lines.size()] + (random() % 8 == 0 ? "" : "\n");
    bool parsed = false;
    try {
      YAML::Load(text);
      parsed = true;
    } catch (const YAML::Exception&) {
    }
    if (parsed) {
      taken += check_against_yaml_cpp(text) ? 1 : 0;
    } else {
      INFO(text);
      CHECK_FALSE(folio::parse_simple_yaml(text).has_value());
    }
  }
  CHECK(taken > 100);
}
