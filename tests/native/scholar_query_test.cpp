#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scholar/query.h"
#include "scholar/selection.h"
#include "scholar_fixture.h"

using folio::scholar::parse_query;
using folio::scholar::query_matches;

namespace {

// Small entries for the operators; each case lists the keys it selects.
const char* kOperatorsBib = R"(
@article{a2024, title={Alpha Networks}, author={Liu, Teng and Chen, Dean}, year={2024}, month={May}, selected={true}, doi={10.1/x}}
@inproceedings{b2023, title={Beta Systems}, author={Albert Einstein}, booktitle={Proc. of Things}, year={2023}, month=jan}
@book{c2019, title={Gamma Book}, author={von Neumann, John}, year={2019}, selected={false}, type={Handbook}}
@Article{d1999, title={Delta}, author={Zhang, Yongwen}, year={999}}
)";

std::vector<std::string> selected_keys(const std::string& query_text, const folio::BibFile& file) {
  const folio::scholar::QueryParse parsed = parse_query(query_text);
  INFO(query_text << ": " << parsed.error);
  REQUIRE(parsed.query);
  std::vector<std::string> keys;
  for (const folio::BibEntry& entry : file.entries) {
    if (query_matches(*parsed.query, entry)) keys.push_back(entry.key);
  }
  return keys;
}

}  // namespace

TEST_CASE("queries select as bibtex-ruby's Bibliography#query", "[scholar][query]") {
  const auto file = scholar_test::parse_bib(kOperatorsBib);
  using Keys = std::vector<std::string>;
  const std::vector<std::pair<std::string, Keys>> cases = {
      {"@*", {"a2024", "b2023", "c2019", "d1999"}},
      {"@entry", {"a2024", "b2023", "c2019", "d1999"}},
      {"@article", {"a2024", "d1999"}},
      {"@ARTICLE", {"a2024", "d1999"}},
      {"!@article", {"b2023", "c2019"}},
      {"@book, @inproceedings", {"b2023", "c2019"}},
      {"@*[selected=true]", {"a2024"}},
      {"@*[selected=true]*", {"a2024"}},  // al-folio's selected papers
      {"@article[year=2024]", {"a2024"}},
      {"@*[year=2024 || year=2019]", {"a2024", "c2019"}},
      {"@*[year=2023, month=jan]", {"b2023"}},
      {"@*[year=2024 && month=may]", {"a2024"}},  // {May} is stored as the symbol may
      {"@*[month=5]", {}},
      {"@*[month_numeric=5]", {"a2024"}},
      {"@*[selected!=true]", {"b2023", "c2019", "d1999"}},  // != holds for a missing field
      {"@*[title^=Be]", {"b2023"}},
      {"@*[title^=eta]", {}},
      {"@*[title~=ta]", {"b2023", "d1999"}},
      {"@*[title!~a$]", {"a2024", "b2023", "c2019"}},
      {"@*[year>=2023]", {"a2024", "b2023"}},
      {"@*[year<2020]", {"c2019", "d1999"}},  // 999 < 2020 as integers
      {"@*[author~=Einstein]", {"b2023"}},    // names as written back: "Einstein, Albert"
      {"@*[author=Einstein, Albert]", {}},    // the comma splits the condition
      {"@*[author^=von Neumann]", {"c2019"}},
      {"@*[doi]", {"a2024"}},
      {"@*[key=c2019]", {"c2019"}},
      {"@*[type=Handbook]", {"c2019"}},  // the field called type, not the entry type
      {"@*[type=book]", {}},
      {"@book[selected=true], @article[year=999]", {"d1999"}},
      {"@*[]", {"a2024", "b2023", "c2019", "d1999"}},
  };
  for (const auto& [query, keys] : cases) {
    INFO(query);
    CHECK(selected_keys(query, *file) == keys);
  }
}

TEST_CASE("text that is no query says how to write one", "[scholar][query]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "starts with @"},
      {"selected=true", "starts with @"},
      {"@", "names no type"},
      {"@*[title~=(]", "not a regular expression"},
  };
  for (const auto& [text, error] : cases) {
    INFO(text);
    const folio::scholar::QueryParse parsed = parse_query(text);
    CHECK_FALSE(parsed.query);
    CHECK_THAT(parsed.error, Catch::Contains(error));
  }
}

// Jekyll's build of al-folio (gh-pages index.html) shows these two under
// "selected publications", newest first.
TEST_CASE("selected=true picks the papers al-folio's about page shows", "[scholar][query]") {
  const auto site = scholar_test::al_folio_site(scholar_test::read_scholar_fixture("papers.bib"));
  std::vector<folio::scholar::EntryPtr> entries;
  for (const folio::BibEntry& entry : site->library.find_shared("_bibliography/papers.bib")->entries) {
    entries.emplace_back(site->library.find_shared("_bibliography/papers.bib"), &entry);
  }
  const auto query = parse_query("@*[selected=true]*");
  REQUIRE(query.query);
  const auto selected = folio::scholar::select_entries(entries, *query.query, site->config, {}, {});
  std::vector<std::string> keys;
  for (const auto& entry : selected) keys.push_back(entry->key);
  CHECK(keys == std::vector<std::string>{"liu2022renormalization", "liu2023teleconnections"});
}

TEST_CASE("sort_by and order sort as jekyll-scholar, cited keys filter", "[scholar][query]") {
  const auto file = scholar_test::parse_bib(kOperatorsBib);
  std::vector<folio::scholar::EntryPtr> entries;
  for (const folio::BibEntry& entry : file->entries) entries.emplace_back(file, &entry);
  const auto all = parse_query("@*");
  REQUIRE(all.query);
  auto keys_of = [](const std::vector<folio::scholar::EntryPtr>& list) {
    std::vector<std::string> keys;
    for (const auto& entry : list) keys.push_back(entry->key);
    return keys;
  };
  folio::scholar::ScholarConfig config;
  folio::scholar::TagOptions options;
  CHECK(keys_of(select_entries(entries, *all.query, config, options, {})) ==
        std::vector<std::string>{"a2024", "b2023", "c2019", "d1999"});  // sort_by none: file order

  config.sort_by = {"year"};
  config.order = {"ascending"};
  CHECK(keys_of(select_entries(entries, *all.query, config, options, {})) ==
        std::vector<std::string>{"d1999", "c2019", "b2023", "a2024"});  // 999 before 2019: integers

  config.sort_by = {"title"};
  config.order = {"descending"};
  CHECK(keys_of(select_entries(entries, *all.query, config, options, {})) ==
        std::vector<std::string>{"c2019", "d1999", "b2023", "a2024"});

  const std::vector<std::string> cited = {"c2019", "a2024", "c2019", "nope"};
  options.cited = true;
  CHECK(keys_of(select_entries(entries, *all.query, config, options, cited)) ==
        std::vector<std::string>{"c2019", "a2024"});  // sorted order, cited ones
  options.cited_in_order = true;
  config.sort_by = {"year"};
  CHECK(keys_of(select_entries(entries, *all.query, config, options, cited)) ==
        std::vector<std::string>{"c2019", "a2024"});  // citation order, once each
}
