#include <catch2/catch.hpp>

#include <string>

#include "scholar/tag_options.h"

using folio::scholar::parse_citation_markup;
using folio::scholar::parse_tag_options;
using folio::scholar::TagOptions;

namespace {

const folio::scholar::TagPlace kPlace{"_pages/publications.md", 28};

std::string describe(const TagOptions& o) {
  std::string out;
  for (const std::string& file : o.files) out += "file=" + file + ";";
  if (o.query) out += "query=" + *o.query + ";";
  if (o.group_by) out += "group_by=" + *o.group_by + ";";
  if (o.group_order) {
    out += "group_order=";
    for (const std::string& order : *o.group_order) out += order + ",";
    out += ";";
  }
  if (o.template_name) out += "template=" + *o.template_name + ";";
  if (o.prefix) out += "prefix=" + *o.prefix + ";";
  if (o.list_tag) out += "list_tag=" + *o.list_tag + ";";
  if (o.cited) out += "cited;";
  if (o.cited_in_order) out += "in_order;";
  if (o.offset) out += "offset=" + std::to_string(o.offset) + ";";
  if (o.max) out += "max=" + std::to_string(*o.max) + ";";
  return out;
}

}  // namespace

TEST_CASE("bibliography markup reads as jekyll-scholar's option parser", "[scholar][options]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", ""},
      {"--query @*[year=2024] --group_by none", "query=@*[year=2024];group_by=none;"},
      {"--group_by year --group_order descending --query @*[selected=true]*",
       "query=@*[selected=true]*;group_by=year;group_order=descending,;"},
      {"--cited_in_order", "cited;in_order;"},
      {"--group_by none --cited_in_order", "group_by=none;cited;in_order;"},
      {"-c", "cited;"},
      {"-C -T bib", "template=bib;cited;in_order;"},
      {"-f papers -f talks", "file=papers;file=talks;"},
      {"--file=papers", "file=papers;"},
      {"-fpapers", "file=papers;"},
      {"--query @article[year=2024], @book --max 3", "query=@article[year=2024], @book;max=3;"},
      {"-q @*[title~=self-organized] -o 1 -m 2", "query=@*[title~=self-organized];offset=1;max=2;"},
      {"--group_by year,month --group_order descending, ascending",
       "group_by=year,month;group_order=descending,ascending,;"},
      {"--prefix a --bibliography_list_tag ul", "prefix=a;list_tag=ul;"},
      {"--template   bib  ", "template=bib;"},
  };
  for (const auto& [markup, expected] : cases) {
    INFO(markup);
    folio::Diagnostics diagnostics;
    CHECK(describe(parse_tag_options(markup, kPlace, diagnostics)) == expected);
    CHECK(diagnostics.size() == 0);
  }
}

TEST_CASE("markup mistakes are warnings at the tag that say what to do", "[scholar][options]") {
  struct Case {
    std::string markup;
    std::string parsed;
    std::string message;
  };
  const std::vector<Case> cases = {
      // jekyll-scholar reads an unknown long option as "--", which ends the options.
      {"--limit 3 --group_by none", "", "unknown option --limit"},
      {"--query", "", "--query needs a value"},
      {"stray --cited", "cited;", "'stray'"},
      {"--cited yes", "cited;", "takes no value"},
  };
  for (const Case& c : cases) {
    INFO(c.markup);
    folio::Diagnostics diagnostics;
    CHECK(describe(parse_tag_options(c.markup, kPlace, diagnostics)) == c.parsed);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics.all()[0].file == kPlace.file);
    CHECK(diagnostics.all()[0].line == kPlace.line);
    CHECK_THAT(diagnostics.all()[0].message, Catch::Contains(c.message));
  }
}

TEST_CASE("cite markup: keys first, then options", "[scholar][options]") {
  folio::Diagnostics diagnostics;
  const auto one = parse_citation_markup(" einstein1950meaning ", kPlace, diagnostics);
  CHECK(one.keys == std::vector<std::string>{"einstein1950meaning"});
  const auto two = parse_citation_markup("a b --prefix x", kPlace, diagnostics);
  CHECK(two.keys == std::vector<std::string>{"a", "b"});
  CHECK(two.options.prefix == std::optional<std::string>("x"));
  CHECK(diagnostics.size() == 0);
}
