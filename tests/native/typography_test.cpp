#include <catch2/catch.hpp>

#include "parse/typography.h"

// Expected text: kramdown 2.4's output for the same text as a paragraph
// (input: GFM, entity_output: as_char), as Jekyll writes al-folio pages.
TEST_CASE("typographic conversion is kramdown's", "[markdown][typography]") {
  struct Case { const char* run; const char* expected; };
  const Case cases[] = {
      {"\"Hello,\" she said.", "“Hello,” she said."},
      {"It's John's", "It’s John’s"},
      {"the '90s", "the ’90s"},
      {"'single' quotes", "‘single’ quotes"},
      {"\"nested 'inner' quotes\"", "“nested ‘inner’ quotes”"},
      {"a -- b", "a – b"},
      {"a --- b", "a — b"},
      {"wait...", "wait…"},
      {"<< a >>", "«\u00A0a\u00A0»"},
      {"<<b>>", "«b»"},
      {"('p')", "(‘p’)"},
      {"[\"b\"]", "[“b”]"},
      {"x\"y", "x”y"},
      {"end\"", "end”"},
      {"\"", "”"},
      {"5' 10\"", "5’ 10”"},
      {"rock 'n' roll", "rock ‘n’ roll"},
      {"--\"q\"", "–“q”"},
      {"a ... b", "a … b"},
      {"\"x\".", "“x”."},
      {"a & b < c", "a &amp; b &lt; c"},
  };
  for (const Case& c : cases) {
    std::string html;
    folio::append_typographic_html(html, c.run);
    CHECK(html == c.expected);
  }
}

TEST_CASE("a quote before emphasis opens, seen through the source that follows the run", "[markdown][typography]") {
  std::string html;
  folio::append_typographic_html(html, "\"", "*em*\"");
  CHECK(html == "“");
}

TEST_CASE("an escaped quote stays straight", "[markdown][typography]") {
  std::string html;
  folio::append_typographic_html(html, std::string(1, folio::kEscapedDoubleQuote) + "x");
  CHECK(html == "&quot;x");
}
