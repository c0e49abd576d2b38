#include <catch2/catch.hpp>

#include <string>

#include "bibtex/latex_to_unicode.h"
#include "bibtex/scholar_fields.h"
#include "core/html_sanitizer.h"

namespace {

struct Case {
  const char* latex;
  const char* text;  // latex_to_text
  const char* html;  // latex_to_html
};

void check(const Case& c) {
  INFO(c.latex);
  CHECK(folio::latex_to_text(c.latex) == c.text);
  CHECK(folio::latex_to_html(c.latex) == c.html);
}

}  // namespace

// What latex-decode (jekyll-scholar's latex filter) makes of TeX's typography.
TEST_CASE("BibTeX typography: quotes, dashes and ties as latex-decode gives them", "[latex][typography]") {
  const Case cases[] = {
      {"Don't Stop Pretraining", "Don’t Stop Pretraining", "Don’t Stop Pretraining"},
      {"``Trustworthy Deep Learning''", "“Trustworthy Deep Learning”", "“Trustworthy Deep Learning”"},
      {"`Attention' is all", "‘Attention’ is all", "‘Attention’ is all"},
      {"the authors' code", "the authors’ code", "the authors’ code"},
      {"pages 1--10", "pages 1–10", "pages 1–10"},
      {"yes---no", "yes—no", "yes—no"},
      {"Pre-training", "Pre-training", "Pre-training"},
      {"Fig.~3", "Fig.\xC2\xA0" "3", "Fig.\xC2\xA0" "3"},
      // Math keeps what it writes: primes, minus signs, a tie.
      {"$f'(x)$ and $g''$", "f'(x) and g''", "f&#39;(x) and g&#39;&#39;"},
      {"$a--b$", "a--b", "a--b"},
      {R"(\(x'\) then y's)", "x' then y’s", "x&#39; then y’s"},
      // URLs stay as written, in running text and in \url.
      {"see https://x.org/a--b~c's/ now", "see https://x.org/a--b~c's/ now", "see https://x.org/a--b~c&#39;s/ now"},
      {"at www.x.org/~me--you.", "at www.x.org/~me--you.", "at www.x.org/~me--you."},
      {"(http://x.org/a--b), it's", "(http://x.org/a--b), it’s", "(http://x.org/a--b), it’s"},
      {R"(\url{https://x.org/a--b})", "https://x.org/a--b", "https://x.org/a--b"},
      {"notahttp://x--y", "notahttp://x–y", "notahttp://x–y"},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("HTML in BibTeX values: kept as HTML, left out of plain text", "[latex][html]") {
  const Case cases[] = {
      {"Yim SS<sup>+</sup>", "Yim SS⁺", "Yim SS<sup>+</sup>"},
      {"<i>Chlamydomonas reinhardtii</i> cells", "Chlamydomonas reinhardtii cells",
       "<i>Chlamydomonas reinhardtii</i> cells"},
      {"CO<sub>2</sub> capture", "CO₂ capture", "CO<sub>2</sub> capture"},
      {"x<sup>-(10)</sup>", "x⁻⁽¹⁰⁾", "x<sup>-(10)</sup>"},
      {"1<sup>st</sup> place", "1st place", "1<sup>st</sup> place"},
      {"a<sub>2</sub", "a2</sub", "a<sub>2&lt;/sub</sub>"},  // the sanitizer closes what is open
      {"<b>Best</b> <em>paper</em> <strong>award</strong>", "Best paper award",
       "<b>Best</b> <em>paper</em> <strong>award</strong>"},
      {"line one<br>line two<br/>three", "line one line two three", "line one<br>line two<br>three"},
      // An external link opens as al-folio's do (the sanitizer's rel and target).
      {R"(<a href="https://x.org/a--b">Don't</a>)", "Don’t",
       R"(<a href="https://x.org/a--b" rel="external nofollow noopener" target="_blank">Don’t</a>)"},
      {"<I>Upper</I>", "Upper", "<i>Upper</i>"},
      // Not a tag of an inline element: text, as written.
      {"a < b and c > d", "a < b and c > d", "a &lt; b and c &gt; d"},
      {"Learning <T> tokens", "Learning <T> tokens", "Learning &lt;T&gt; tokens"},
      {"<script>alert(1)</script>", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"},
      {"<sup", "<sup", "&lt;sup"},
      {"$a<b>c$", "a<b>c", "a&lt;b&gt;c"},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("HTML in BibTeX values passes the sanitizer like Markdown's", "[latex][html][sanitizer]") {
  struct SafeCase {
    const char* latex;
    const char* safe;
  };
  const SafeCase cases[] = {
      {"Yim SS<sup>+</sup>", "Yim SS<sup>+</sup>"},
      {"<i>open", "<i>open</i>"},
      {"close</b> only", "close only"},
      {R"~(<a href="javascript:alert(1)">x</a>)~", "<a>x</a>"},
      {R"~(<span onclick="alert(1)">x</span>)~", "<span>x</span>"},
  };
  for (const SafeCase& c : cases) {
    INFO(c.latex);
    CHECK(folio::sanitize_html(folio::latex_to_html(c.latex), folio::SanitizePolicy{}) == c.safe);
  }
}

// bibtex-ruby's MONTHS_FILTER (parse_months, on in jekyll-scholar): the
// value al-folio's bib.liquid reads as entry.month.
TEST_CASE("month fields as jekyll-scholar hands them to templates", "[bibtex][month]") {
  const struct {
    const char* value;
    const char* month;
  } cases[] = {
      {"jun", "jun"},      {"June", "jun"},   {"Jun.", "jun"},   {"JUNE", "jun"},  {"Juni", "jun"},
      {" jul ", "jul"},    {"sept", "sep"},   {"6", "jun"},      {"06", "jun"},    {"12", "dec"},
      {"0", "dec"},        {"13", "13"},      {"Spring", "Spring"}, {"{Jun.}", "Jun."}, {"Mai", "Mai"},
      {"M{\\\"a}rz", "März"}, {"", ""},
  };
  for (const auto& c : cases) {
    INFO(c.value);
    CHECK(folio::scholar_month(c.value) == c.month);
  }
}

TEST_CASE("fields as templates see them: verbatim ones as written", "[bibtex][scholar]") {
  const auto value = [](const char* name, const char* text) {
    return folio::scholar_field_value(folio::BibField{name, text, 1});
  };
  CHECK(value("title", "Don't {S}top") == "Don’t Stop");
  CHECK(value("title", R"(\emph{Deep} <sup>+</sup>)") == "<em>Deep</em> <sup>+</sup>");
  CHECK(value("url", "https://x.org/a--b~c") == "https://x.org/a--b~c");
  CHECK(value("doi", "10.1000/x--y") == "10.1000/x--y");
  CHECK(value("eprint", "2406.18485") == "2406.18485");
  CHECK(value("month", "jun") == "jun");
  CHECK(folio::is_verbatim_field("file"));
  CHECK_FALSE(folio::is_verbatim_field("note"));
}
