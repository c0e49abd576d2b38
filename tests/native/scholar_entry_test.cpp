#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scholar/entry_drop.h"
#include "scholar/entry_environment.h"
#include "scholar_fixture.h"

using folio::liquid::Value;
using scholar_test::text_of;

namespace {

Value entry_value(const std::shared_ptr<const folio::BibFile>& file, const std::string& key) {
  for (const folio::BibEntry& entry : file->entries) {
    if (entry.key == key) {
      return Value(folio::scholar::make_entry_drop(std::shared_ptr<const folio::BibEntry>(file, &entry),
                                                   {"abstract", "month_numeric"}));
    }
  }
  FAIL("no entry " << key);
  return Value();
}

}  // namespace

// The fields al-folio's _layouts/bib.liquid reads, with the values
// jekyll-scholar gives it for the gh-pages entries.
TEST_CASE("the entry drop answers what al-folio's bib layout reads", "[scholar][entry]") {
  const auto file = scholar_test::parse_bib(scholar_test::read_scholar_fixture("papers.bib"));
  const Value entry = entry_value(file, "liu2023teleconnections");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"key", "liu2023teleconnections"},
      {"type", "article"},
      {"abbr", "Nat. Clim. Change"},
      {"title", "Teleconnections among tipping elements in the Earth system"},
      {"journal", "Nature Climate Change"},
      {"year", "2023"},
      {"pages", "67–74"},
      {"doi", "10.1038/s41558-022-01558-4"},
      {"altmetric", "140859266"},
      {"dimensions", "true"},
      {"selected", "true"},
      {"bibtex_show", "true"},
      {"pdf", "amazon_teleconnection.pdf"},
      {"preview", "tele1.jpg"},
      {"author_9_first", "Jürgen"},
      {"author_9_last", "Kurths"},
      {"author_10_last", "others"},
      {"author_10_first", ""},
  };
  for (const auto& [field, text] : cases) {
    INFO(field);
    CHECK(text_of(entry.lookup(field)) == text);
  }
  for (const char* absent : {"booktitle", "month", "award", "html", "google_scholar_id", "inspirehep_id"}) {
    INFO(absent);
    CHECK(entry.lookup(absent).is_nil());
  }
  CHECK(text_of(entry.lookup("author")).rfind("Liu, Teng and Chen, Dean and Yang, Lan", 0) == 0);
  const Value authors = entry.lookup("author_array");
  REQUIRE(authors.is_array());
  CHECK(authors.lookup("size").as_integer() == 11);
  CHECK(folio::liquid::inspect(authors.as_array()[0]) ==
        R"({"first"=>"Teng", "last"=>"Liu", "prefix"=>"", "suffix"=>""})");
  CHECK(text_of(entry.lookup("abstract")).rfind("Tipping elements are components", 0) == 0);
  CHECK(text_of(entry.lookup("bibtex")).find("abstract") == std::string::npos);
}

TEST_CASE("fields are decoded, months are symbols", "[scholar][entry]") {
  const auto file = scholar_test::parse_bib(R"(
@article{k, title="{{\"U}ber einen {H}euristischen Gesichtspunkt}", author={Ludwig van Beethoven and King, Jr, Martin},
  journal={Science China Physics, Mechanics \& Astronomy}, month={May}, annotation={* Equal<br>† Einstein}, award={**Nobel**}})");
  const Value entry = entry_value(file, "k");
  CHECK(text_of(entry.lookup("title")) == "Über einen Heuristischen Gesichtspunkt");
  CHECK(text_of(entry.lookup("journal")) == "Science China Physics, Mechanics & Astronomy");
  CHECK(text_of(entry.lookup("month")) == "may");
  CHECK(text_of(entry.lookup("month_numeric")) == "5");
  CHECK(text_of(entry.lookup("annotation")) == "* Equal<br>† Einstein");  // HTML stays for the template
  CHECK(text_of(entry.lookup("award")) == "**Nobel**");                   // Markdown for | markdownify
  CHECK(text_of(entry.lookup("author")) == "van Beethoven, Ludwig and King, Jr, Martin");
  CHECK(folio::liquid::inspect(entry.lookup("author_array")) ==
        R"([{"first"=>"Ludwig", "last"=>"Beethoven", "prefix"=>"van", "suffix"=>""}, )"
        R"({"first"=>"Martin", "last"=>"King", "prefix"=>"", "suffix"=>"Jr"}])");
  const std::vector<std::string> keys = entry.as_drop().keys();
  const std::vector<std::string> expected = {"key", "type", "bibtex", "title", "author", "author_array",
                                             "author_0_first", "author_0_last", "author_0_prefix",
                                             "author_0_suffix", "author_1_first", "author_1_last",
                                             "author_1_prefix", "author_1_suffix", "journal", "month",
                                             "annotation", "award", "month_numeric"};
  CHECK(keys == expected);
}

TEST_CASE("the environment holds the variables jekyll-scholar sets", "[scholar][entry]") {
  auto site = scholar_test::al_folio_site("@book{b, title={T}, author={Einstein, Albert}, year={1956}, publisher={P}}");
  site->pretty_permalinks = false;
  auto page = folio::scholar::make_scholar_page(*site, "_pages/x.md", {});
  const auto& file = site->library.find_shared("_bibliography/papers.bib");
  const Value environment = folio::scholar::make_entry_environment(
      std::shared_ptr<const folio::BibEntry>(file, &file->entries[0]), 2, page, "");
  CHECK(text_of(environment.lookup("key")) == "b");
  CHECK(text_of(environment.lookup("type")) == "book");
  CHECK(environment.lookup("index").as_integer() == 2);
  CHECK(text_of(environment.lookup("details")) == "/al-folio/bibliography/b.html");
  CHECK(environment.lookup("link").is_nil());
  CHECK(text_of(environment.lookup("reference")) ==
        "<span id=\"b\">Einstein, A. (1956). <i>T</i>. P.</span>");
  CHECK(text_of(environment.lookup("entry").lookup("title")) == "T");
}
