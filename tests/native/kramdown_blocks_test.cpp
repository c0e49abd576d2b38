#include <catch2/catch.hpp>

#include "parse/kramdown_blocks.h"

TEST_CASE("footnote and abbreviation definitions are taken out, their lines left empty", "[markdown][kramdown]") {
  struct Case {
    const char* markdown;
    const char* rest;
    const char* footnote_name;
    const char* footnote_body;
  };
  const Case cases[] = {
      {"a[^1]\n\n[^1]: Note.\n", "a[^1]\n\n\n", "1", "Note.\n"},
      {"x\n\n[^n]: First line\n    second line\n\ny\n", "x\n\n\n\n\ny\n", "n", "First line\nsecond line\n"},
      {"x\n\n[^long]: One\n\n    Two\n", "x\n\n\n\n\n", "long", "One\n\nTwo\n"},
      {"```\n[^1]: in code\n```\n", "```\n[^1]: in code\n```\n", nullptr, nullptr},
      {"[^bad name]: no\n", "[^bad name]: no\n", nullptr, nullptr},
  };
  for (const Case& c : cases) {
    const folio::KramdownBlocks blocks = folio::take_kramdown_blocks(c.markdown);
    CHECK(blocks.markdown() == c.rest);
    if (c.footnote_name == nullptr) {
      CHECK(blocks.footnotes.empty());
    } else {
      REQUIRE(blocks.footnotes.count(c.footnote_name) == 1);
      CHECK(blocks.footnotes.at(c.footnote_name) == c.footnote_body);
    }
  }
  const folio::KramdownBlocks abbreviations = folio::take_kramdown_blocks("HTML\n*[HTML]: Hyper Text \n");
  CHECK(abbreviations.markdown() == "HTML\n\n");
  CHECK(abbreviations.abbreviations.at("HTML") == "Hyper Text");
}
