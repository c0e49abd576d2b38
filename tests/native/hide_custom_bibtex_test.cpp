// al-folio's hideCustomBibtex, case by case against the plugin's own Ruby
// (its gsub calls with the keywords given; expected values printed by Ruby 3.1).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "liquid/filters/hide_custom_bibtex.h"

namespace {

struct HideCase {
  std::string bibtex;
  std::vector<std::string> keywords;
  std::string expected;
};

const HideCase kCases[] = {
    {"@a{k,\n  pdf = {a.pdf},\n  ñpdf = {b},\n  _pdf = {c},\n  x.pdf = {d},\n  pdfs = {e},\n  pdf= {f}\n}\n", {"pdf"}, "@a{k,\n  ñpdf = {b},\n  _pdf = {c},\n  pdfs = {e},\n}\n"},
    {"@a{k,\n  title = {A},\n  pdf = {last}", {"pdf"}, "@a{k,\n  title = {A},\n  pdf = {last}"},
    {"@a{k,\n  pdf = {a},\n  code = {b},\n  url = {c},\n}\n", {"pdf|code"}, "@a{k,\n = {a},\n    url = {c},\n}\n"},
    {"@a{k,\n  pdf = {a},\n  code = {b},\n  url = {c},\n}\n", {"url", "p.f", "code"}, "@a{k,\n}\n"},
    {"@a{k,\n  author = {Chen*, X. and Liu†‡, T. and Wu∗ and A \\& B^1},\n  editor = {E*},\n}\n", {}, "@a{k,\n  author = {Chen, X. and Liu, T. and Wu∗ and A \\ B1},\n  editor = {E*},\n}\n"},
    {"@a{k,\n  title = {selected = {no}},\n  note = {x}, selected = {true}\n}\n", {"selected"}, "@a{k,\n}\n"},
    {"@a{k,\n  abbr   =   {X},\n  abbr = X,\n  abbr == {Y}\n}\n", {"abbr"}, "@a{k,\n  abbr = X,\n  abbr == {Y}\n}\n"},
    {"@a{k,\n  é = {1},\n  ß = {2}\n}\n", {"é"}, "@a{k,\n  ß = {2}\n}\n"},
    {"", {"pdf"}, ""},
    {"\n\npdf = {x}\n", {"pdf"}, "\n\n"},
};

}  // namespace

TEST_CASE("hideCustomBibtex removes the lines Ruby's gsub removes", "[liquid][filters][plugin]") {
  for (const HideCase& c : kCases) {
    INFO(c.bibtex);
    CHECK(folio::liquid::hide_custom_bibtex(c.bibtex, c.keywords) == c.expected);
  }
}

TEST_CASE("hideCustomBibtex reports a keyword folio's regex cannot read", "[liquid][filters][plugin]") {
  CHECK_THROWS_WITH(folio::liquid::hide_custom_bibtex("pdf = {x}\n", {"(?=pdf)"}),
                    Catch::Contains("hideCustomBibtex"));
}
