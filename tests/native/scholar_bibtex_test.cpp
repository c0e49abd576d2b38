#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scholar/entry_bibtex.h"
#include "liquid/filters/hide_custom_bibtex.h"
#include "scholar/stored_entry.h"
#include "scholar_fixture.h"

using folio::scholar::entry_bibtex;
using folio::liquid::hide_custom_bibtex;

namespace {

// al-folio's _config.yml filtered_bibtex_keywords.
const std::vector<std::string> kFilteredKeywords = {
    "abbr",    "abstract", "additional_info", "altmetric", "annotation", "arxiv",   "award",  "award_name",
    "bibtex_show", "blog", "code",            "google_scholar_id", "html", "inspirehep_id", "pdf", "poster",
    "preview", "selected", "slides",          "supp",      "video",      "website"};
const std::vector<std::string> kSkipFields = {"abstract", "month_numeric"};

std::vector<std::string> gh_pages_blocks() {
  const std::string text = scholar_test::read_scholar_fixture("gh-pages-bibtex.txt");
  std::vector<std::string> blocks;
  std::string block;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = text.find('\n', start);
    const std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    start = end == std::string::npos ? text.size() : end + 1;
    if (line.rfind("#", 0) == 0) continue;
    if (line == "====") {
      blocks.push_back(block);
      block.clear();
      continue;
    }
    block += (block.empty() ? "" : "\n") + line;
  }
  if (!block.empty()) blocks.push_back(block);
  return blocks;
}

std::string without_trailing_space(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace

// Jekyll's build shows each entry's {{ entry.bibtex | hideCustomBibtex }}
// inside {% highlight %}, which trims the last newline.
TEST_CASE("entry.bibtex through hideCustomBibtex is what Jekyll's build shows", "[scholar][bibtex]") {
  const auto file = scholar_test::parse_bib(scholar_test::read_scholar_fixture("papers.bib"));
  const std::vector<std::string> expected = gh_pages_blocks();
  // The publications page lists them newest first.
  const std::vector<std::string> order = {"xie2025ecosystem",       "zhang2024eigen",       "liu2023teleconnections",
                                          "liu2022renormalization", "chen2021simultaneous", "hu2019condensation"};
  REQUIRE(expected.size() == order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    INFO(order[i]);
    const folio::BibEntry* entry = nullptr;
    for (const folio::BibEntry& candidate : file->entries) {
      if (candidate.key == order[i]) entry = &candidate;
    }
    REQUIRE(entry != nullptr);
    CHECK(without_trailing_space(hide_custom_bibtex(entry_bibtex(*entry, kSkipFields), kFilteredKeywords)) ==
          expected[i]);
  }
}

TEST_CASE("entry.bibtex writes the entry back as bibtex-ruby does", "[scholar][bibtex]") {
  struct Case {
    const char* bib;
    const char* bibtex;
  };
  const std::vector<Case> cases = {
      {"@Article{k, Title={A {B}}, Year=2024}", "@article{k,\n  title = {A {B}},\n  year = {2024}\n}\n"},
      {"@misc{k, month={May}, year={2024}}", "@misc{k,\n  month = may,\n  year = {2024}\n}\n"},
      {"@misc{k, month=sep}", "@misc{k,\n  month = sep\n}\n"},
      {"@misc{k, month={Spring}}", "@misc{k,\n  month = {Spring}\n}\n"},
      {"@misc{k, author={Albert Einstein and Ludwig van Beethoven and others}}",
       "@misc{k,\n  author = {Einstein, Albert and van Beethoven, Ludwig and others}\n}\n"},
      {"@misc{k, author={Kurths, J{\\\"u}rgen and King, Jr, Martin}}",
       "@misc{k,\n  author = {Kurths, J{\\\"u}rgen and King, Jr, Martin}\n}\n"},
      {"@misc{k, abstract={gone}, note={two\nlines}}", "@misc{k,\n  note = {two\n  lines}\n}\n"},
      {"@string{aps = {American Physical Society,}}\n@misc{k, publisher=aps}",
       "@misc{k,\n  publisher = {American Physical Society,}\n}\n"},
  };
  for (const Case& c : cases) {
    INFO(c.bib);
    const auto file = scholar_test::parse_bib(c.bib);
    REQUIRE(file->entries.size() == 1);
    CHECK(entry_bibtex(file->entries[0], kSkipFields) == c.bibtex);
  }
}

TEST_CASE("hideCustomBibtex drops al-folio's fields and author markers", "[scholar][bibtex]") {
  const std::string bibtex =
      "@article{k,\n  author = {Chen*, X. and Liu\xE2\x80\xA0, T.},\n  pdf = {a.pdf},\n  supp_pdf = {b},\n"
      "  title = {Code = {x}},\n  selected = {true}\n}\n";
  CHECK(hide_custom_bibtex(bibtex, {"pdf", "selected", "code"}) ==
        "@article{k,\n  author = {Chen, X. and Liu, T.},\n  supp_pdf = {b},\n  title = {Code = {x}},\n}\n");
}

TEST_CASE("months are stored as bibtex-ruby's symbols", "[scholar][bibtex]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"May", "may"}, {"may", "may"}, {"January", "jan"}, {"5", "may"}, {"05", "may"},
      {"12", "dec"},  {"0", "dec"},   {"13", ""},         {"Spring", ""}, {"", ""}};
  for (const auto& [value, symbol] : cases) {
    INFO(value);
    CHECK(folio::scholar::month_symbol(value).value_or("") == symbol);
  }
}
