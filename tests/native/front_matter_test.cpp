#include <catch2/catch.hpp>

#include "parse/front_matter.h"

using folio::Diagnostics;
using folio::split_front_matter;

TEST_CASE("front matter splits as Jekyll does", "[front_matter]") {
  struct Case {
    const char* name;
    const char* text;
    bool has_front_matter;
    const char* yaml;
    const char* body;
    int body_first_line;
    bool error;
  };
  const Case cases[] = {
      {"valid", "---\ntitle: a\n---\nbody\n", true, "title: a\n", "body\n", 4, false},
      {"no front matter", "# just markdown\n", false, "", "# just markdown\n", 1, false},
      {"empty front matter", "---\n---\nbody", true, "", "body", 3, false},
      {"only front matter", "---\na: 1\n---\n", true, "a: 1\n", "", 4, false},
      {"no newline after closing fence", "---\na: 1\n---", true, "a: 1\n", "", 4, false},
      {"windows line endings", "---\r\na: 1\r\n---\r\nbody\r\n", true, "a: 1\r\n", "body\r\n", 4, false},
      {"dots close the front matter", "---\na: 1\n...\nbody", true, "a: 1\n", "body", 4, false},
      {"trailing spaces after fences", "---  \na: 1\n--- \nbody", true, "a: 1\n", "body", 4, false},
      {"unmatched fence", "---\na: 1\nbody\n", false, "", "a: 1\nbody\n", 2, true},
      {"fence not on first line", "\n---\na: 1\n---\n", false, "", "\n---\na: 1\n---\n", 1, false},
      {"four dashes is not a fence", "----\na\n", false, "", "----\na\n", 1, false},
      {"horizontal rule in body stays", "---\na: 1\n---\ntext\n---\nmore", true, "a: 1\n", "text\n---\nmore", 4, false},
      {"empty file", "", false, "", "", 1, false},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      Diagnostics diagnostics;
      const auto split = split_front_matter(c.text, "_pages/x.md", diagnostics);
      CHECK(split.has_front_matter == c.has_front_matter);
      CHECK(split.yaml == c.yaml);
      CHECK(split.body == c.body);
      CHECK(split.body_first_line == c.body_first_line);
      CHECK(diagnostics.has_errors() == c.error);
      if (c.error) {
        CHECK(diagnostics.all()[0].file == "_pages/x.md");
        CHECK(diagnostics.all()[0].line == 1);
        CHECK_THAT(diagnostics.all()[0].message, Catch::Contains("never closed"));
      }
    }
  }
}
