#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bibtex/bibtex_parser.h"
#include "bibtex/field_names.h"
#include "bibtex/latex_to_unicode.h"
#include "bibtex/names.h"

using folio::BibEntry;
using folio::BibFile;
using folio::Diagnostic;
using folio::Diagnostics;
using folio::Severity;

namespace {

const std::string kFile = "_bibliography/papers.bib";

BibFile parse(const std::string& text, Diagnostics& diagnostics) {
  return folio::parse_bibtex(text, kFile, diagnostics);
}

BibFile parse_clean(const std::string& text) {
  Diagnostics diagnostics;
  BibFile file = parse(text, diagnostics);
  for (const Diagnostic& d : diagnostics.all()) UNSCOPED_INFO(folio::format_diagnostic(d));
  CHECK(diagnostics.size() == 0);
  return file;
}

// path: under tests/fixtures/.
std::string read_fixture_file(const std::string& path) {
  std::ifstream in(std::string(FOLIO_FIXTURES_DIR) + "/" + path, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string read_fixture(const std::string& name) { return read_fixture_file("bibtex/" + name); }

const BibEntry* find_entry(const BibFile& file, const std::string& key) {
  for (const BibEntry& entry : file.entries) {
    if (entry.key == key) return &entry;
  }
  return nullptr;
}

// The diagnostics at `line` whose message mentions `words`.
size_t count_diagnostics(const Diagnostics& diagnostics, Severity severity, int line,
                         const std::string& words) {
  size_t count = 0;
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.severity == severity && d.line == line && d.file == kFile &&
        d.message.find(words) != std::string::npos) {
      ++count;
    }
  }
  return count;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (size_t pos = text.find(from); pos != std::string::npos;
       pos = text.find(from, pos + to.size())) {
    text.replace(pos, from.size(), to);
  }
  return text;
}

}  // namespace

TEST_CASE("files without entries", "[bibtex]") {
  const char* cases[] = {
      "",
      "\n\n   \n",
      "Just some text about the bibliography.\n% a LaTeX-style comment\n",
      "@comment{This is ignored, even with = and , and {nested} braces}\n",
      "@COMMENT(jabref-meta: databaseType:bibtex;)\n",
      "@comment this line is a comment too\n",
      "Write to me at someone@example.org about papers.\n",
      "---\n---\n",
      "---\ntitle: x\n---\n% nothing else\n",
  };
  for (const char* text : cases) {
    INFO(text);
    const BibFile file = parse_clean(text);
    CHECK(file.entries.empty());
    CHECK(file.preambles.empty());
  }
}

TEST_CASE("entry types, keys and field names", "[bibtex]") {
  const BibFile file = parse_clean(
      "@ARTICLE{Upper:2020/a-b.c,\n  TITLE = {Upper},\n}\n"
      "@InProceedings{mixed_case,\n  BookTitle = {Proc.},\n}\n"
      "@misc(parens, title = {Round (and) {braces}})\n"
      "@book  {  spaced  ,  title  =  {Spaced}  ,  }\n"
      "@misc{nofields}\n");
  REQUIRE(file.entries.size() == 5);
  CHECK(file.entries[0].type == "article");
  CHECK(file.entries[0].key == "Upper:2020/a-b.c");
  CHECK(file.entries[0].value("title") == "Upper");
  CHECK(file.entries[0].fields[0].name == "title");
  CHECK(file.entries[1].type == "inproceedings");
  CHECK(file.entries[1].value("booktitle") == "Proc.");
  CHECK(file.entries[2].type == "misc");
  CHECK(file.entries[2].key == "parens");
  CHECK(file.entries[2].value("title") == "Round (and) {braces}");
  CHECK(file.entries[3].key == "spaced");
  CHECK(file.entries[3].value("title") == "Spaced");
  CHECK(file.entries[4].key == "nofields");
  CHECK(file.entries[4].fields.empty());
  CHECK(file.entries[4].field("title") == nullptr);
  CHECK(file.entries[4].value("title").empty());
}

TEST_CASE("value syntax", "[bibtex]") {
  struct Case {
    const char* value;  // as written after "x = "
    const char* expected;
  };
  const Case cases[] = {
      {"{Plain}", "Plain"},
      {"{Nested {Braces} {a {b} c}}", "Nested {Braces} {a {b} c}"},
      {"\"Quoted {with \"inner\" quotes} text\"", "Quoted {with \"inner\" quotes} text"},
      {"\"\"", ""},
      {"{}", ""},
      {"2020", "2020"},
      {"{  padded  }", "padded"},
      {"{A} # { and } # \"B\"", "A and B"},
      {"{Multi\n   line\n   value}", "Multi\n   line\n   value"},
      {"{\\\"{u}ber \\& {\\em x}}", "\\\"{u}ber \\& {\\em x}"},
      {"{100% sure}", "100% sure"},
      {"{a, b = c}", "a, b = c"},
  };
  for (const Case& c : cases) {
    INFO(c.value);
    const BibFile file = parse_clean(std::string("@misc{k, x = ") + c.value + "}\n");
    REQUIRE(file.entries.size() == 1);
    CHECK(file.entries[0].value("x") == c.expected);
  }
}

TEST_CASE("@string macros, concatenation and months", "[bibtex]") {
  const BibFile file = parse_clean(
      "@string{aps = {American Physical Society}}\n"
      "@STRING(Conf = \"Proc. of \")\n"
      "@string{ full = Conf # {ICML} }\n"
      "@article{a,\n"
      "  publisher = aps,\n"
      "  booktitle = CONF # \"NeurIPS\",\n"
      "  series = full # { 2020},\n"
      "  month = jan,\n"
      "  note = {Seen in } # dec # { } # 2019,\n"
      "}\n"
      "@string{jan = {January}}\n"
      "@article{b, month = Jan, year = 2020}\n");
  REQUIRE(file.entries.size() == 2);
  const BibEntry& a = file.entries[0];
  CHECK(a.value("publisher") == "American Physical Society");
  CHECK(a.value("booktitle") == "Proc. of NeurIPS");
  CHECK(a.value("series") == "Proc. of ICML 2020");
  CHECK(a.value("month") == "jan");  // bibtex-ruby's form; al-folio capitalizes it to "Jan"
  CHECK(a.value("note") == "Seen in dec 2019");
  CHECK(file.entries[1].value("month") == "January");  // the file redefined jan
  CHECK(file.entries[1].value("year") == "2020");
}

TEST_CASE("every month macro", "[bibtex]") {
  const char* months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                          "jul", "aug", "sep", "oct", "nov", "dec"};
  for (const char* month : months) {
    const BibFile file = parse_clean(std::string("@misc{k, month = ") + month + "}");
    REQUIRE(file.entries.size() == 1);
    CHECK(file.entries[0].value("month") == month);
  }
}

TEST_CASE("an unknown macro keeps its name and is reported", "[bibtex]") {
  Diagnostics diagnostics;
  const BibFile file = parse("@article{a,\n  publisher = ieee,\n}\n", diagnostics);
  REQUIRE(file.entries.size() == 1);
  CHECK(file.entries[0].value("publisher") == "ieee");
  CHECK(count_diagnostics(diagnostics, Severity::warning, 2, "unknown @string macro 'ieee'") == 1);
  CHECK(diagnostics.size() == 1);
}

TEST_CASE("@preamble values are collected", "[bibtex]") {
  const BibFile file = parse_clean(
      "@preamble{ \"\\newcommand{\\noopsort}[1]{}\" # \"\\newcommand{\\x}{y}\" }\n"
      "@PREAMBLE(\"second\")\n@misc{k, title={T}}\n");
  REQUIRE(file.preambles.size() == 2);
  CHECK(file.preambles[0] == "\\newcommand{\\noopsort}[1]{}\\newcommand{\\x}{y}");
  CHECK(file.preambles[1] == "second");
  CHECK(file.entries.size() == 1);
}

TEST_CASE("front matter is skipped and lines still count from the top", "[bibtex]") {
  const BibFile file = parse_clean("---\nlayout: none\n---\n\n@misc{k,\n  title = {T}\n}\n");
  REQUIRE(file.entries.size() == 1);
  CHECK(file.entries[0].line == 5);
  CHECK(file.entries[0].fields[0].line == 6);

  // A byte order mark before the front matter is tolerated too.
  const BibFile bom = parse_clean("\xEF\xBB\xBF---\n---\n@misc{k, title = {T}}\n");
  REQUIRE(bom.entries.size() == 1);
  CHECK(bom.entries[0].line == 3);
}

TEST_CASE("entries report the lines of '@' and of each field", "[bibtex]") {
  const BibFile file = parse_clean(
      "% header\n"
      "\n"
      "@article{first,\n"
      "  title = {A\n"
      "           long title},\n"
      "  year = 2020\n"
      "}\n"
      "  @misc{second, note = {x}}\n");
  REQUIRE(file.entries.size() == 2);
  CHECK(file.entries[0].line == 3);
  CHECK(file.entries[0].fields[0].line == 4);
  CHECK(file.entries[0].fields[1].line == 6);
  CHECK(file.entries[1].line == 8);
  CHECK(file.entries[0].source == "@article{first,\n  title = {A\n           long title},\n"
                                  "  year = 2020\n}");
  CHECK(file.entries[1].source == "@misc{second, note = {x}}");
}

TEST_CASE("Windows line endings read like Unix ones", "[bibtex]") {
  const std::string unix_text = read_fixture("al_folio_papers.bib");
  const std::string windows_text = replace_all(unix_text, "\n", "\r\n");
  const BibFile unix_file = parse_clean(unix_text);
  const BibFile windows_file = parse_clean(windows_text);
  REQUIRE(unix_file.entries.size() == windows_file.entries.size());
  for (size_t i = 0; i < unix_file.entries.size(); ++i) {
    const BibEntry& u = unix_file.entries[i];
    const BibEntry& w = windows_file.entries[i];
    CHECK(u.key == w.key);
    CHECK(u.line == w.line);
    REQUIRE(u.fields.size() == w.fields.size());
    for (size_t f = 0; f < u.fields.size(); ++f) {
      CHECK(u.fields[f].name == w.fields[f].name);
      CHECK(u.fields[f].value == w.fields[f].value);
      CHECK(u.fields[f].line == w.fields[f].line);
    }
  }
  const BibFile multi = parse_clean("@misc{k,\r\n  title = {Two\r\n  lines}\r\n}\r\n");
  REQUIRE(multi.entries.size() == 1);
  CHECK(multi.entries[0].value("title") == "Two\n  lines");
}

TEST_CASE("one-line and fifty-line entries", "[bibtex]") {
  const BibFile one =
      parse_clean("@article{one, author={A. B}, title={T}, year=1999, pages={1--2}}");
  REQUIRE(one.entries.size() == 1);
  CHECK(one.entries[0].fields.size() == 4);
  CHECK(one.entries[0].value("pages") == "1--2");

  std::string text = "@article{fifty,\n";
  for (int i = 1; i <= 48; ++i) {
    text += "  field" + std::to_string(i) + " = {value " + std::to_string(i) + "},\n";
  }
  text += "}\n";
  const BibFile fifty = parse_clean(text);
  REQUIRE(fifty.entries.size() == 1);
  REQUIRE(fifty.entries[0].fields.size() == 48);
  CHECK(fifty.entries[0].fields[47].name == "field48");
  CHECK(fifty.entries[0].fields[47].value == "value 48");
  CHECK(fifty.entries[0].fields[47].line == 49);
}

TEST_CASE("text between entries is a comment", "[bibtex]") {
  const BibFile file = parse_clean(
      "Papers by me (me@example.org).\n"
      "@misc{a, title={A}}  trailing words, even = signs\n"
      "% @misc{commented, title={not really}} stays an entry in BibTeX too\n"
      "@comment{@misc{hidden, title={H}}}\n"
      "@misc{b, title={B}}\n");
  REQUIRE(file.entries.size() == 3);
  CHECK(file.entries[0].key == "a");
  CHECK(file.entries[1].key == "commented");  // BibTeX has no % comments outside entries
  CHECK(file.entries[2].key == "b");
}

TEST_CASE("@comment hides what its balanced braces hold, entries included", "[bibtex]") {
  struct Case {
    const char* text;
    const char* keys;  // the entries read, in order
  };
  const Case cases[] = {
      {"@comment{\n@book{a, title={A {B}}}\n\n@misc{b, title={B}}\n}\n@misc{c, title={C}}\n", "c"},
      {"@Comment{ {{deep}} @misc{a, title={A}} }@misc{b, title={B}}", "b"},
      {"@comment(jabref {meta}) @misc{a, title={A}}", "a"},
      // Without a brace, the comment is the rest of the line (bibtex-ruby's rule).
      {"@comment @misc{hidden, title={H}}\n@misc{b, title={B}}\n", "b"},
      {"@COMMENT\n@misc{a, title={A}}\n", "a"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const BibFile file = parse_clean(c.text);
    std::string keys;
    for (const BibEntry& entry : file.entries) keys += (keys.empty() ? "" : " ") + entry.key;
    CHECK(keys == c.keys);
  }
}

TEST_CASE("al-folio's papers.bib: the seven entries in @Comment stay hidden", "[bibtex]") {
  const BibFile file =
      parse_clean(read_fixture_file("sites/alfolio-template/_bibliography/papers.bib"));
  std::string keys;
  for (const BibEntry& entry : file.entries) keys += (keys.empty() ? "" : " ") + entry.key;
  CHECK(keys ==
        "liu2022renormalization liu2023teleconnections xie2025ecosystem zhang2024eigen "
        "chen2021simultaneous hu2019condensation");
}

TEST_CASE("an unclosed @comment ends, reported, at the next entry", "[bibtex]") {
  Diagnostics diagnostics;
  const BibFile file = parse("@comment{ never closed\n@misc{a, title={A}}\n", diagnostics);
  REQUIRE(file.entries.size() == 1);
  CHECK(file.entries[0].key == "a");
  CHECK(count_diagnostics(diagnostics, Severity::error, 1, "next entry on line 2") == 1);
}

TEST_CASE("a field commented out with % inside an entry is skipped", "[bibtex]") {
  const BibFile file = parse_clean("@misc{k,\n  % title = {Old},\n  title = {New},\n}\n");
  REQUIRE(file.entries.size() == 1);
  CHECK(file.entries[0].fields.size() == 1);
  CHECK(file.entries[0].value("title") == "New");
}

TEST_CASE("UTF-8 and Latin-1 bytes are kept as written", "[bibtex]") {
  const BibFile file = parse_clean(
      "@misc{utf8, author = {Schrödinger, Erwin and 张, 三}, title = {Ça va — “oui”}}\n"
      "@misc{latin1, author = {M\xFCller, J\xF6rg}}\n"
      "@misc{k\xE9y, title = {x}}\n");
  REQUIRE(file.entries.size() == 3);
  CHECK(file.entries[0].value("author") == "Schrödinger, Erwin and 张, 三");
  CHECK(file.entries[0].value("title") == "Ça va — “oui”");
  CHECK(file.entries[1].value("author") == "M\xFCller, J\xF6rg");
  CHECK(file.entries[2].key == "k\xE9y");
}

TEST_CASE("the mistakes in broken.bib are reported and the rest is read", "[bibtex]") {
  Diagnostics diagnostics;
  const BibFile file = parse(read_fixture("broken.bib"), diagnostics);
  for (const Diagnostic& d : diagnostics.all()) UNSCOPED_INFO(folio::format_diagnostic(d));

  std::vector<std::string> keys;
  for (const BibEntry& entry : file.entries) keys.push_back(entry.key);
  CHECK(keys == std::vector<std::string>{"missing_comma", "unbalanced", "after_unbalanced", "",
                                         "dup_field", "extra_brace", "last_ok"});

  const BibEntry* missing_comma = find_entry(file, "missing_comma");
  REQUIRE(missing_comma != nullptr);
  CHECK(missing_comma->value("title") == "First");
  CHECK(missing_comma->value("year") == "2001");
  CHECK(count_diagnostics(diagnostics, Severity::warning, 5, "missing ','") == 1);

  // "title={Never {closed}," ends at the entry's '}', so the entry is left
  // open; the field whose value runs on is named, and the next entry survives.
  const BibEntry* unbalanced = find_entry(file, "unbalanced");
  REQUIRE(unbalanced != nullptr);
  CHECK(unbalanced->value("title") == "Never {closed},\n  year={2002},");
  CHECK(count_diagnostics(diagnostics, Severity::error, 9,
                          "field 'title' probably lacks its '}'") == 1);
  CHECK(count_diagnostics(diagnostics, Severity::error, 9, "next entry on line 13") == 1);
  const BibEntry* after = find_entry(file, "after_unbalanced");
  REQUIRE(after != nullptr);
  CHECK(after->value("title") == "Still here");
  CHECK(after->line == 13);

  CHECK(file.entries[3].value("title") == "No key");
  CHECK(file.entries[3].line == 18);
  CHECK(count_diagnostics(diagnostics, Severity::warning, 19, "has no key") == 1);

  // The second entry with the same key is dropped, the first kept.
  CHECK(after->value("year") == "2003");
  CHECK(count_diagnostics(diagnostics, Severity::warning, 23,
                          "already used by the entry on line 13") == 1);

  const BibEntry* dup_field = find_entry(file, "dup_field");
  REQUIRE(dup_field != nullptr);
  CHECK(dup_field->value("title") == "One");
  CHECK(dup_field->fields.size() == 2);
  CHECK(count_diagnostics(diagnostics, Severity::warning, 29, "second 'title' field") == 1);

  const BibEntry* extra = find_entry(file, "extra_brace");
  REQUIRE(extra != nullptr);
  CHECK(extra->value("title") == "Extra");
  CHECK(count_diagnostics(diagnostics, Severity::warning, 34, "extra '}'") == 1);

  const BibEntry* last = find_entry(file, "last_ok");
  REQUIRE(last != nullptr);
  CHECK(last->value("year") == "2007");

  CHECK(diagnostics.size() == 6);
}

TEST_CASE("an unbalanced brace does not swallow the rest of the file", "[bibtex]") {
  Diagnostics diagnostics;
  const BibFile file = parse(
      "@article{a,\n"
      "  title = {Open {brace,\n"
      "  year = 2020\n"
      "}\n"
      "\n"
      "@article{b,\n"
      "  title = {B}\n"
      "}\n",
      diagnostics);
  REQUIRE(file.entries.size() == 2);
  CHECK(file.entries[1].key == "b");
  CHECK(file.entries[1].value("title") == "B");
  REQUIRE(diagnostics.size() == 1);
  const Diagnostic& d = diagnostics.all()[0];
  CHECK(d.severity == Severity::error);
  CHECK(d.line == 2);
  CHECK(d.column == 11);
  CHECK(d.message.find("'title'") != std::string::npos);
  CHECK(d.message.find("line 6") != std::string::npos);
}

TEST_CASE("values and entries cut off by the end of the file", "[bibtex]") {
  struct Case {
    const char* text;
    int line;
    const char* words;
  };
  const Case cases[] = {
      {"@article{a,\n  title = {Never closed\n", 2, "never closed; add the missing '}'"},
      {"@article{a,\n  title = \"Never closed\n", 2, "never closed; add the missing '\"'"},
      {"@article{a,\n  title = {Fine},\n", 3, "not closed before the end of the file; add '}'"},
      {"@article(a, title = {Fine}", 1, "add ')'"},
      {"@comment{never closed\n", 1, "never closed"},
      {"@string{x = {y}", 1, "not closed"},
      {"@preamble{\"x\"", 1, "not closed"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Diagnostics diagnostics;
    parse(c.text, diagnostics);
    for (const Diagnostic& d : diagnostics.all()) UNSCOPED_INFO(folio::format_diagnostic(d));
    CHECK(diagnostics.size() == 1);
    CHECK(count_diagnostics(diagnostics, Severity::error, c.line, c.words) == 1);
  }
}

TEST_CASE("an entry missing its closing brace ends at the next entry", "[bibtex]") {
  Diagnostics diagnostics;
  const BibFile file = parse(
      "@article{a,\n  title = {A},\n  year = 2020\n\n@article{b, title = {B}}\n", diagnostics);
  REQUIRE(file.entries.size() == 2);
  CHECK(file.entries[0].value("year") == "2020");
  CHECK(file.entries[1].value("title") == "B");
  CHECK(diagnostics.size() == 1);
  CHECK(count_diagnostics(diagnostics, Severity::error, 5, "next entry on line 5") == 1);
}

TEST_CASE("an entry cut short by the next one keeps the next one whole", "[bibtex]") {
  struct Case {
    const char* text;
    std::vector<std::string> keys;
    size_t diagnostics;
    int next_entry_line;
  };
  const Case cases[] = {
      {"@article{\n@misc{b, title = {B}}\n", {"", "b"}, 2, 2},      // no key, not closed
      {"@article{a\n@misc{b, title = {B}}\n", {"a", "b"}, 1, 2},    // not closed
      {"@article{a,\n  title =\n@misc{b, title = {B}}\n", {"a", "b"}, 2, 3},  // no value
      {"@article{a,\n  title\n@misc{b, title = {B}}\n", {"a", "b"}, 2, 3},    // no '='
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Diagnostics diagnostics;
    const BibFile file = parse(c.text, diagnostics);
    for (const Diagnostic& d : diagnostics.all()) UNSCOPED_INFO(folio::format_diagnostic(d));
    std::vector<std::string> keys;
    for (const BibEntry& entry : file.entries) keys.push_back(entry.key);
    CHECK(keys == c.keys);
    REQUIRE(file.entries.size() == 2);
    CHECK(file.entries[1].value("title") == "B");
    CHECK(diagnostics.size() == c.diagnostics);
    CHECK(count_diagnostics(diagnostics, Severity::error, c.next_entry_line,
                            "not closed before the next entry on line " +
                                std::to_string(c.next_entry_line)) == 1);
  }
}

TEST_CASE("malformed fields are reported and skipped", "[bibtex]") {
  struct Case {
    const char* text;
    std::vector<std::string> fields;  // names read, in order
    Severity severity;
    int line;
    const char* words;
  };
  const Case cases[] = {
      {"@misc{k,\n  title {T},\n  year = 1\n}", {"year"}, Severity::error, 2, "has no '='"},
      {"@misc{k,\n  title = ,\n  year = 1\n}", {"year"}, Severity::error, 2, "has no value"},
      {"@misc{k,\n  = {T},\n  year = 1\n}", {"year"}, Severity::error, 2, "unexpected '='"},
      {"@misc{k\n  title = {T}\n}", {"title"}, Severity::warning, 2, "missing ',' after the key"},
      {"@misc{k, title = {T}) }", {"title"}, Severity::error, 1, "unexpected ')'"},
      {"@misc{,\n  title = {T}\n}", {"title"}, Severity::warning, 1, "has no key"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Diagnostics diagnostics;
    const BibFile file = parse(c.text, diagnostics);
    for (const Diagnostic& d : diagnostics.all()) UNSCOPED_INFO(folio::format_diagnostic(d));
    REQUIRE(file.entries.size() == 1);
    std::vector<std::string> names;
    for (const auto& field : file.entries[0].fields) names.push_back(field.name);
    CHECK(names == c.fields);
    CHECK(diagnostics.size() == 1);
    CHECK(count_diagnostics(diagnostics, c.severity, c.line, c.words) == 1);
  }
}

TEST_CASE("an '@' word at a line start without a brace is reported", "[bibtex]") {
  Diagnostics diagnostics;
  const BibFile file = parse("@article key,\n  title = {T}\n\n@misc{ok}\n", diagnostics);
  REQUIRE(file.entries.size() == 1);
  CHECK(file.entries[0].key == "ok");
  CHECK(count_diagnostics(diagnostics, Severity::warning, 1,
                          "'@article' is not followed by '{'") == 1);
}

TEST_CASE("duplicate keys differ only in case too", "[bibtex]") {
  Diagnostics diagnostics;
  const BibFile file = parse("@misc{Key, title={1}}\n@misc{key, title={2}}\n", diagnostics);
  REQUIRE(file.entries.size() == 1);
  CHECK(file.entries[0].value("title") == "1");
  CHECK(count_diagnostics(diagnostics, Severity::warning, 2, "'key' is already used") == 1);
}

TEST_CASE("hostile input stays linear and safe", "[bibtex]") {
  SECTION("every byte value") {
    std::string all;
    for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
    Diagnostics diagnostics;
    CHECK_NOTHROW(parse(all + "@misc{" + all + "=" + all + "}" + all, diagnostics));
  }
  SECTION("deep braces") {
    const std::string deep = std::string(100000, '{') + "x" + std::string(100000, '}');
    const BibFile file = parse_clean("@misc{k, title = " + deep + "}");
    REQUIRE(file.entries.size() == 1);
    CHECK(file.entries[0].value("title").size() == deep.size() - 2);
  }
  SECTION("macros that double") {
    std::string text = "@string{m0 = {0123456789}}\n";
    for (int i = 1; i <= 40; ++i) {
      text += "@string{m" + std::to_string(i) + " = m" + std::to_string(i - 1) + " # m" +
              std::to_string(i - 1) + "}\n";
    }
    text += "@misc{k, title = m40}\n";
    Diagnostics diagnostics;
    const BibFile file = parse(text, diagnostics);
    REQUIRE(file.entries.size() == 1);
    CHECK(file.entries[0].value("title").size() < 64u * text.size() + (1u << 21));
    CHECK(diagnostics.size() == 1);
    CHECK(diagnostics.has_errors());
  }
  SECTION("many unterminated pieces") {
    std::string text;
    for (int i = 0; i < 2000; ++i) text += "@misc{k" + std::to_string(i) + ", title = {\n";
    Diagnostics diagnostics;
    const BibFile file = parse(text, diagnostics);
    CHECK(file.entries.size() == 2000);
    CHECK(diagnostics.size() == 2000);
  }
}

TEST_CASE("a real al-folio papers.bib", "[bibtex]") {
  const BibFile file = parse_clean(read_fixture("al_folio_papers.bib"));
  REQUIRE(file.entries.size() == 6);

  const BibEntry* epr = find_entry(file, "PhysRev.47.777");
  REQUIRE(epr != nullptr);
  CHECK(epr->type == "article");
  CHECK(epr->line == 36);
  CHECK(epr->value("abbr") == "PhysRev");
  CHECK(epr->value("selected") == "true");
  CHECK(epr->value("pdf") == "example_pdf.pdf");
  CHECK(epr->value("code") == "https://github.com/alshedivat/al-folio");
  CHECK(epr->value("award") == "Best paper award");
  CHECK(epr->value("award_name") == "Best Paper");
  CHECK(epr->value("additional_info") ==
        ". *More Information* can be [found here](https://github.com/alshedivat/al-folio/)");
  CHECK(epr->value("annotation") == "* Example use of superscripts<br>† Albert Einstein");
  CHECK(epr->value("publisher") == "American Physical Society,");
  CHECK(epr->value("month") == "may");
  CHECK(epr->value("pages") == "777--780");
  CHECK(epr->value("inspirehep_id") == "3255");
  CHECK(epr->field("bibtex_show") == nullptr);
  CHECK(epr->fields.size() == 28);
  CHECK(epr->source.rfind("@article{PhysRev.47.777,\n  abbr={PhysRev},", 0) == 0);
  CHECK(epr->source.back() == '}');

  Diagnostics diagnostics;
  const std::vector<folio::PersonName> authors =
      folio::parse_author_field(*epr, "author", kFile, diagnostics);
  REQUIRE(authors.size() == 3);
  CHECK(authors[0].first == "A.");
  CHECK(authors[0].last == "Einstein*†");
  CHECK(authors[2].last == "Rosen*");

  const BibEntry* relativity = find_entry(file, "einstein1950meaning");
  REQUIRE(relativity != nullptr);
  CHECK(relativity->value("bibtex_show") == "true");
  CHECK(folio::latex_to_text(relativity->value("pages")) == "403–404");

  const BibEntry* german = find_entry(file, "einstein1905molekularkinetischen");
  REQUIRE(german != nullptr);
  CHECK(folio::latex_to_text(german->value("title")) ==
        "Über die von der molekularkinetischen Theorie der Wärme geforderte Bewegung von in "
        "ruhenden Flüssigkeiten suspendierten Teilchen");

  const BibEntry* letters = find_entry(file, "przibram1967letters");
  REQUIRE(letters != nullptr);
  CHECK(letters->value("preview") == "wave-mechanics.gif");
  const std::vector<folio::PersonName> five =
      folio::parse_author_field(*letters, "author", kFile, diagnostics);
  REQUIRE(five.size() == 5);
  CHECK(five[1].last == "Schrödinger");
  CHECK(five[3].first == "Hendrik Antoon");

  const BibEntry* book = find_entry(file, "einstein1920relativity");
  REQUIRE(book != nullptr);
  CHECK(folio::latex_to_html(book->value("publisher")) == "Methuen &amp; Co Ltd");

  for (const BibEntry& entry : file.entries) folio::check_field_names(entry, kFile, diagnostics);
  CHECK(diagnostics.size() == 0);
}

TEST_CASE("misspelt field names get a suggestion", "[bibtex]") {
  struct Case {
    const char* name;
    const char* suggestion;
  };
  const Case cases[] = {
      {"authod", "author"},        {"titel", "title"},          {"jounral", "journal"},
      {"autor", "author"},         {"yaer", "year"},            {"booktitel", "booktitle"},
      {"bibtex-show", "bibtex_show"}, {"bibtexshow", "bibtex_show"}, {"selcted", "selected"},
      {"additonal_info", "additional_info"}, {"keyword", "keywords"}, {"page", "pages"},
      {"publsiher", "publisher"},  {"slide", "slides"},
      // Known fields and custom fields far from any known one are left alone.
      {"author", ""},              {"bibtex_show", ""},         {"google_scholar_id", ""},
      {"pdf", ""},                 {"abc", ""},                 {"funding", ""},
      {"my_custom_field", ""},     {"tldr", ""},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(folio::suggest_field_name(c.name) == c.suggestion);
  }
  CHECK(folio::suggest_field_name(std::string(100000, 'x')).empty());
}

TEST_CASE("check_field_names warns at the misspelt field's line", "[bibtex]") {
  Diagnostics diagnostics;
  const BibFile file = parse("@article{k,\n  titel = {T},\n  jounral = {J},\n  year = 2020\n}\n",
                             diagnostics);
  REQUIRE(file.entries.size() == 1);
  folio::check_field_names(file.entries[0], kFile, diagnostics);
  CHECK(diagnostics.size() == 2);
  CHECK(count_diagnostics(diagnostics, Severity::warning, 2, "did you mean 'title'?") == 1);
  CHECK(count_diagnostics(diagnostics, Severity::warning, 3, "did you mean 'journal'?") == 1);
}
