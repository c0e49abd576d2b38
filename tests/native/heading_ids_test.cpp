#include <catch2/catch.hpp>

#include "parse/heading_ids.h"

// Expected ids: kramdown 2.4 with kramdown-parser-gfm 1.1 (input: GFM), for
// headings of that text.
TEST_CASE("heading ids follow kramdown's GFM algorithm", "[markdown][heading-ids]") {
  struct Case { const char* text; const char* expected; };
  const Case cases[] = {
      {"Related Work", "related-work"},
      {"Results & Discussion", "results--discussion"},
      {"What’s new? (2024 edition!)", "whats-new-2024-edition"},
      {"1. First section", "1-first-section"},
      {"Über Größe — Ærøskøbing", "über-größe--ærøskøbing"},
      {"Приветствие и мир", "приветствие-и-мир"},
      {"研究方向", "研究方向"},
      {"教育背景（本科）", "教育背景本科"},
      {"Under_score and hy-phen", "under_score-and-hy-phen"},
      {"C++ and C#", "c-and-c"},
      {"Emoji 🎉 party", "emoji--party"},
  };
  for (const Case& c : cases) CHECK(folio::gfm_heading_slug(c.text) == c.expected);
}

TEST_CASE("repeated heading ids get kramdown's counters and the prefix", "[markdown][heading-ids]") {
  folio::HeadingIds ids("sec-");
  CHECK(ids.next("A") == "sec-a");
  CHECK(ids.next("A") == "sec-a-1");
  CHECK(ids.next("a-1") == "sec-a-1");  // as kramdown: counted per id before the suffix
  CHECK(ids.next("A") == "sec-a-2");
}
