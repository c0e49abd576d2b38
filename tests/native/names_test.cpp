#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "bibtex/bib_entry.h"
#include "bibtex/names.h"
#include "core/diagnostics.h"

using folio::PersonName;

namespace {

struct Expected {
  const char* first;
  const char* von;
  const char* last;
  const char* jr;
};

struct Case {
  const char* value;
  Expected name;
};

void check_name(const PersonName& actual, const Expected& expected) {
  CHECK(actual.first == expected.first);
  CHECK(actual.von == expected.von);
  CHECK(actual.last == expected.last);
  CHECK(actual.jr == expected.jr);
  CHECK_FALSE(actual.others);
}

folio::BibEntry entry_with(const char* field, const char* value) {
  folio::BibEntry entry;
  entry.type = "article";
  entry.key = "duan2024";
  entry.line = 3;
  entry.fields.push_back({field, value, 5});
  return entry;
}

}  // namespace

TEST_CASE("one name in each of BibTeX's three forms", "[names]") {
  const Case cases[] = {
      {"Albert Einstein", {"Albert", "", "Einstein", ""}},
      {"Einstein, Albert", {"Albert", "", "Einstein", ""}},
      {"Einstein, A.", {"A.", "", "Einstein", ""}},
      {"Taub, AH", {"AH", "", "Taub", ""}},
      {"Donald E. Knuth", {"Donald E.", "", "Knuth", ""}},
      {"Donald~E. Knuth", {"Donald E.", "", "Knuth", ""}},
      {"Ludwig van Beethoven", {"Ludwig", "van", "Beethoven", ""}},
      {"van Beethoven, Ludwig", {"Ludwig", "van", "Beethoven", ""}},
      {"Charles Louis Xavier Joseph de la Vall{\\'e}e Poussin",
       {"Charles Louis Xavier Joseph", "de la", "Vallée Poussin", ""}},
      {"de la Vall{\\'e}e Poussin, Charles Louis Xavier Joseph",
       {"Charles Louis Xavier Joseph", "de la", "Vallée Poussin", ""}},
      {"Van der Waals, J. D.", {"J. D.", "Van der", "Waals", ""}},
      {"King, Jr, Martin Luther", {"Martin Luther", "", "King", "Jr"}},
      {"von Hippel, Jr., Arthur", {"Arthur", "von", "Hippel", "Jr."}},
      {"jean de la fontaine", {"", "jean de la", "fontaine", ""}},
      {"Jean-Paul Sartre", {"Jean-Paul", "", "Sartre", ""}},
      {"Sartre, Jean-Paul", {"Jean-Paul", "", "Sartre", ""}},
      {"Jean-Baptiste Poquelin", {"Jean-Baptiste", "", "Poquelin", ""}},
      {"{Barnes and Noble, Inc.}", {"", "", "Barnes and Noble, Inc.", ""}},
      {"{World Health Organization}", {"", "", "World Health Organization", ""}},
      {"张三", {"", "", "张三", ""}},
      {"Zhang San", {"Zhang", "", "San", ""}},
      {"Einstein", {"", "", "Einstein", ""}},
      {"Kurt G{\\\"o}del", {"Kurt", "", "Gödel", ""}},
      {"{\\\"U}ber Mensch", {"Über", "", "Mensch", ""}},
      {"Paul {\\'E}rd{\\H{o}}s", {"Paul", "", "Érdős", ""}},
      {"Paul \\'Erd\\H{o}s", {"Paul", "", "Érdős", ""}},
      {"Érdi Péter", {"Érdi", "", "Péter", ""}},
      {"Ole {\\o}stergaard", {"Ole", "", "østergaard", ""}},
      {"Ole {\\O}stergaard", {"Ole", "", "Østergaard", ""}},
      {"Maria {da Silva}", {"Maria", "", "da Silva", ""}},
      {"Einstein*†, A.", {"A.", "", "Einstein*†", ""}},
      {"  Albert \n  Einstein  ", {"Albert", "", "Einstein", ""}},
  };
  for (const Case& c : cases) {
    INFO(c.value);
    const std::vector<PersonName> names = folio::parse_names(c.value);
    REQUIRE(names.size() == 1);
    check_name(names[0], c.name);
  }
}

TEST_CASE("lists split at a whole-word 'and' outside braces", "[names]") {
  struct ListCase {
    const char* value;
    std::vector<const char*> lasts;
  };
  const ListCase cases[] = {
      {"Einstein, Albert and Taub, AH", {"Einstein", "Taub"}},
      {"A. Einstein and B. Podolsky and N. Rosen", {"Einstein", "Podolsky", "Rosen"}},
      {"A. Einstein AND B. Podolsky And N. Rosen", {"Einstein", "Podolsky", "Rosen"}},
      {"Alexander Anderson and Sandy Band", {"Anderson", "Band"}},
      {"{Barnes and Noble} and John Smith", {"Barnes and Noble", "Smith"}},
      {"A. Einstein and\nB. Podolsky", {"Einstein", "Podolsky"}},
      {"A. Einstein and and B. Podolsky", {"Einstein", "Podolsky"}},
      {"and A. Einstein and", {"Einstein"}},
      {"", {}},
      {"   ", {}},
  };
  for (const ListCase& c : cases) {
    INFO(c.value);
    const std::vector<PersonName> names = folio::parse_names(c.value);
    REQUIRE(names.size() == c.lasts.size());
    for (size_t i = 0; i < names.size(); ++i) CHECK(names[i].last == c.lasts[i]);
  }
}

TEST_CASE("'and others' marks an unnamed rest of the list", "[names]") {
  for (const char* value : {"Einstein, A. and others", "A. Einstein and Others"}) {
    INFO(value);
    const std::vector<PersonName> names = folio::parse_names(value);
    REQUIRE(names.size() == 2);
    CHECK(names[0].last == "Einstein");
    CHECK_FALSE(names[0].others);
    CHECK(names[1].others);
    CHECK(names[1].last.empty());
    CHECK(names[1].first.empty());
  }
}

TEST_CASE("comma-separated lists are recognised only when unambiguous", "[names]") {
  struct DetectCase {
    const char* value;
    bool expected;
  };
  const DetectCase cases[] = {
      {"Jiangfei Duan, Shuo Zhang, Zerui Wang", true},
      {"Jiangfei Duan, Shuo Zhang, Zerui Wang,", true},
      {"Jiangfei Duan, Shuo Zhang, Zerui Maria de Wang", true},
      {"A. B. Smith, C. D. Jones, E. F. Brown", true},
      {"Einstein, Albert", false},                        // one "Last, First"
      {"King, Jr, Martin Luther", false},                 // "Last, Jr, First"
      {"von Hippel, Jr., Arthur", false},
      {"Jiangfei Duan, Shuo Zhang, Zerui Wang and Xin Jin", true},  // " and " last
      {"Jiangfei Duan, Shuo Zhang, Zerui Wang, and Xin Jin", true},
      {"Jiangfei Duan and Shuo Zhang, Zerui Wang", false},  // " and " before a comma
      {"Duan, Jiangfei and Zhang, Shuo and Wang, Zerui", false},  // BibTeX's own form
      {"Jiangfei Duan, Shuo Zhang, Zerui Wang and Xin Jin and Y Z", false},
      {"Jiangfei Duan, Shuo Zhang", false},               // only one comma
      {"Duan, Jiangfei, Zhang, Shuo", false},             // one-word chunks
      {"Jiangfei Duan, Shuo Zhang, A Very Long Five Word", false},
      {"{Duan, Zhang, Wang} Group", false},               // commas inside braces
  };
  for (const DetectCase& c : cases) {
    INFO(c.value);
    CHECK(folio::looks_like_comma_separated_names(c.value) == c.expected);
  }
}

TEST_CASE("parse_author_field reads a comma list and says to use ' and '", "[names]") {
  folio::Diagnostics diagnostics;
  const folio::BibEntry entry = entry_with("author", "Jiangfei Duan, Shuo Zhang, Zerui Wang");
  const std::vector<PersonName> names =
      folio::parse_author_field(entry, "author", "_bibliography/papers.bib", diagnostics);
  REQUIRE(names.size() == 3);
  check_name(names[0], {"Jiangfei", "", "Duan", ""});
  check_name(names[1], {"Shuo", "", "Zhang", ""});
  check_name(names[2], {"Zerui", "", "Wang", ""});

  REQUIRE(diagnostics.size() == 1);
  const folio::Diagnostic& d = diagnostics.all()[0];
  CHECK(d.severity == folio::Severity::warning);
  CHECK(d.file == "_bibliography/papers.bib");
  CHECK(d.line == 5);
  CHECK(d.message.find("duan2024") != std::string::npos);
  CHECK(d.message.find("\" and \"") != std::string::npos);
}

TEST_CASE("a comma list ending in ' and ' keeps its order", "[names]") {
  // The NDS group's LoongTrain entry, as its site had it.
  folio::Diagnostics diagnostics;
  const folio::BibEntry entry = entry_with(
      "author", "Diandian Gu, Peng Sun, Qinghao Hu, Ting Huang, Xin Jin and Xuanzhe Liu");
  const std::vector<PersonName> names =
      folio::parse_author_field(entry, "author", "_bibliography/papers.bib", diagnostics);
  REQUIRE(names.size() == 6);
  check_name(names[0], {"Diandian", "", "Gu", ""});
  check_name(names[1], {"Peng", "", "Sun", ""});
  check_name(names[4], {"Xin", "", "Jin", ""});
  check_name(names[5], {"Xuanzhe", "", "Liu", ""});
  CHECK(diagnostics.size() == 1);
}

TEST_CASE("parse_author_field leaves proper lists alone", "[names]") {
  folio::Diagnostics diagnostics;
  const folio::BibEntry entry = entry_with("editor", "Einstein, Albert and Taub, AH");
  const std::vector<PersonName> names =
      folio::parse_author_field(entry, "editor", "papers.bib", diagnostics);
  REQUIRE(names.size() == 2);
  check_name(names[0], {"Albert", "", "Einstein", ""});
  check_name(names[1], {"AH", "", "Taub", ""});
  CHECK(diagnostics.size() == 0);

  CHECK(folio::parse_author_field(entry, "author", "papers.bib", diagnostics).empty());
  CHECK(folio::parse_author_field(entry, "EDITOR", "papers.bib", diagnostics).size() == 2);
  CHECK(diagnostics.size() == 0);
}

TEST_CASE("parse_author_field warns about a name with too many commas", "[names]") {
  folio::Diagnostics diagnostics;
  const folio::BibEntry entry = entry_with("author", "Duan, Jiangfei, Zhang, Shuo");
  const std::vector<PersonName> names =
      folio::parse_author_field(entry, "author", "papers.bib", diagnostics);
  REQUIRE(names.size() == 1);
  CHECK(names[0].last == "Duan");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics.all()[0].line == 5);
  CHECK(diagnostics.all()[0].message.find("\" and \"") != std::string::npos);
}

TEST_CASE("names survive arbitrary bytes and unbalanced braces", "[names]") {
  std::string all;
  for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
  CHECK_NOTHROW(folio::parse_names(all));
  CHECK_NOTHROW(folio::parse_names("{Unclosed and Brace"));
  CHECK_NOTHROW(folio::parse_names("}}} and {{{"));
  CHECK_NOTHROW(folio::parse_names("\\"));
  CHECK_NOTHROW(folio::parse_names(", , ,"));
  const std::vector<PersonName> names = folio::parse_names("M\xFCller, Hans");
  REQUIRE(names.size() == 1);
  CHECK(names[0].last == "M\xFCller");
}
