#include <catch2/catch.hpp>

#include <string>

#include "bibtex/latex_to_unicode.h"

namespace {

struct Case {
  const char* latex;
  const char* expected;
};

}  // namespace

TEST_CASE("accents become precomposed characters", "[latex]") {
  const Case cases[] = {
      {R"({\"u})", "ü"},          {R"(\"{u})", "ü"},          {R"(\"u)", "ü"},
      {R"(\" u)", "ü"},           {R"({\"U}ber)", "Über"},    {R"(\'e)", "é"},
      {R"(\'{E})", "É"},          {R"({\c{c}})", "ç"},        {R"(\c c)", "ç"},
      {R"(\c{C})", "Ç"},          {R"(\v{s})", "š"},          {R"(\v{C})", "Č"},
      {R"(\~n)", "ñ"},            {R"(\~{N})", "Ñ"},          {R"(\^o)", "ô"},
      {R"(\`a)", "à"},            {R"(\=a)", "ā"},            {R"(\.z)", "ż"},
      {R"(\.{Z})", "Ż"},          {R"(\u{a})", "ă"},          {R"(\H{o})", "ő"},
      {R"(\H{U})", "Ű"},          {R"(\r{a})", "å"},          {R"(\r{u})", "ů"},
      {R"(\k{a})", "ą"},          {R"(\d{s})", "ṣ"},          {R"(\'{\i})", "í"},
      {R"(\'\i)", "í"},           {R"(\"{\i})", "ï"},         {R"({\'\i}ndice)", "índice"},
      {R"(\v{\j})", "ǰ"},         {R"(\={\"u})", "ǖ"},        {R"(\'{y})", "ý"},
      {R"(Erd\H{o}s)", "Erdős"},  {R"(Sch{\"o}lkopf)", "Schölkopf"},
      {R"(Fran\c{c}ois)", "François"},
      {R"(Dvo\v{r}\'ak)", "Dvořák"},
  };
  for (const Case& c : cases) {
    INFO(c.latex);
    CHECK(folio::latex_to_text(c.latex) == c.expected);
  }
}

TEST_CASE("an accent Unicode has no precomposed letter for keeps a combining mark", "[latex]") {
  CHECK(folio::latex_to_text(R"(\v{x})") == "x\xCC\x8C");      // x + U+030C
  CHECK(folio::latex_to_text(R"(\t{oo})") == "o\xCD\xA1o");    // o + U+0361 + o
  CHECK(folio::latex_to_text(R"(\"{ab})") == "äb");  // the mark sits on the first letter
}

TEST_CASE("an accent with nothing to sit on shows the mark", "[latex]") {
  CHECK(folio::latex_to_text(R"(\~{}user)") == "~user");
  CHECK(folio::latex_to_text(R"(x\^{})") == "x^");
  CHECK(folio::latex_to_text(R"(\')") == "´");
}

TEST_CASE("special letters", "[latex]") {
  const Case cases[] = {
      {R"({\ss})", "ß"},          {R"(Stra\ss e)", "Straße"}, {R"({\o})", "ø"},
      {R"({\O})", "Ø"},           {R"({\aa})", "å"},          {R"({\AA})", "Å"},
      {R"({\ae})", "æ"},          {R"({\AE})", "Æ"},          {R"({\oe})", "œ"},
      {R"({\OE})", "Œ"},          {R"(\L ukasz)", "Łukasz"},  {R"({\L}ukasz)", "Łukasz"},
      {R"(\l)", "ł"},             {R"(\i)", "ı"},             {R"(Bj{\o}rn)", "Bjørn"},
      {R"(Bj\o rn)", "Bjørn"},    {R"({\th}orn)", "þorn"},
  };
  for (const Case& c : cases) {
    INFO(c.latex);
    CHECK(folio::latex_to_text(c.latex) == c.expected);
  }
}

TEST_CASE("punctuation, escapes and symbols", "[latex]") {
  const Case cases[] = {
      {"pages 403--404", "pages 403–404"},
      {"yes---no", "yes—no"},
      {"a-b", "a-b"},
      {R"(1\textendash 5)", "1–5"},
      {R"(a\textemdash b)", "a—b"},
      {R"(\&)", "&"},
      {R"(100\%)", "100%"},
      {R"(snake\_case)", "snake_case"},
      {R"(\$5)", "$5"},
      {R"(\#1)", "#1"},
      {R"(\{x\})", "{x}"},
      {"Donald~E. Knuth", "Donald\xC2\xA0" "E. Knuth"},
      {R"(Wait\ldots)", "Wait…"},
      {R"(\dots{} and more)", "… and more"},
      {"``quoted''", "“quoted”"},
      {"`single'", "‘single’"},
      {"it's", "it’s"},
      {R"(\LaTeX{} rocks)", "LaTeX rocks"},
      {R"(Methuen & Co)", "Methuen & Co"},
      {R"(\textbackslash)", "\\"},
      {R"(a\\b)", "a b"},
      {R"(etc.\@ so)", "etc. so"},
      {R"(hy\-phen)", "hyphen"},
      {R"(\copyright 2020)", "©2020"},
  };
  for (const Case& c : cases) {
    INFO(c.latex);
    CHECK(folio::latex_to_text(c.latex) == c.expected);
  }
}

TEST_CASE("braces, styles, math and white space", "[latex]") {
  const Case cases[] = {
      {"{BERT}: Pre-training", "BERT: Pre-training"},
      {"{{Deep}} Learning", "Deep Learning"},
      {R"(\textit{Nature})", "Nature"},
      {R"(\emph{very} good)", "very good"},
      {R"(\textbf{Bold})", "Bold"},
      {R"(\textsc{Sc})", "Sc"},
      {R"(\texttt{code})", "code"},
      {R"({\em emphasis} here)", "emphasis here"},
      {R"({\sc Small Caps})", "Small Caps"},
      {R"(\url{https://x.org/~me/a_b%20c})", "https://x.org/~me/a_b%20c"},
      {R"(\href{https://x.org}{the site})", "the site"},
      {"$O(n^2)$ time", "O(n^2) time"},
      {R"($\alpha$-stable)", "α-stable"},
      {R"($x \leq y$)", "x ≤ y"},
      {R"($\mathcal{O}(n \log n)$)", "O(n log n)"},
      {R"($\frac{1}{2}$)", "1/2"},
      {"$a-b$", "a-b"},
      {"  many \n\t spaces\r\n here  ", "many spaces here"},
      {"line\none", "line one"},
      {R"({\noopsort{a}}Zeta)", "Zeta"},
  };
  for (const Case& c : cases) {
    INFO(c.latex);
    CHECK(folio::latex_to_text(c.latex) == c.expected);
  }
}

TEST_CASE("unknown commands keep their text", "[latex]") {
  const Case cases[] = {
      {R"(\foo{bar})", "bar"},
      {R"(\MakeUppercase{word})", "word"},
      {R"(\mbox{in a box})", "in a box"},
      {R"(\unknowncmd)", "unknowncmd"},
      {R"($\log n$)", "log n"},
      {R"(\foo {spaced})", "spaced"},
  };
  for (const Case& c : cases) {
    INFO(c.latex);
    CHECK(folio::latex_to_text(c.latex) == c.expected);
  }
}

TEST_CASE("broken LaTeX is safe", "[latex]") {
  const Case cases[] = {
      {"", ""},
      {"\\", ""},
      {"trailing\\", "trailing"},
      {"{unclosed", "unclosed"},
      {"closed}}", "closed"},
      {"}{", ""},
      {R"(\textbf{never closed)", "never closed"},
      {R"(\url{open)", "open"},
      {R"(\")", "¨"},
      {"$unclosed math", "unclosed math"},
      {R"(\c)", "¸"},
  };
  for (const Case& c : cases) {
    INFO(c.latex);
    CHECK(folio::latex_to_text(c.latex) == c.expected);
  }
}

TEST_CASE("UTF-8 and stray bytes pass through", "[latex]") {
  CHECK(folio::latex_to_text("Schrödinger 张三") == "Schrödinger 张三");
  CHECK(folio::latex_to_text("M\xFCller") == "M\xFCller");   // Latin-1 byte kept as is
  CHECK(folio::latex_to_text("\\'\xFF") == "\xFF\xCC\x81");  // no crash, mark after the byte
  CHECK(folio::latex_to_text(R"(\'ı)") == "ı\xCC\x81");       // no precomposed dotless i + acute
  CHECK(folio::latex_to_text(R"(\"Ö)") == "Ö\xCC\x88");
}

TEST_CASE("every byte value is handled", "[latex]") {
  std::string all;
  for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
  const std::string converted = folio::latex_to_text(all + all);
  CHECK_FALSE(converted.empty());
  CHECK_FALSE(folio::latex_to_html(all).empty());
}

TEST_CASE("deep nesting does not recurse", "[latex]") {
  const std::string deep = std::string(200000, '{') + "x" + std::string(200000, '}');
  CHECK(folio::latex_to_text(deep) == "x");
  CHECK(folio::latex_to_html(std::string(100000, '{') + "\\em x") ==
        "<em>x</em>");
}

TEST_CASE("HTML output escapes text and tags styles", "[latex]") {
  const Case cases[] = {
      {R"(\textit{Nature})", "<em>Nature</em>"},
      {R"(\emph{a} b)", "<em>a</em> b"},
      {R"(\textbf{Bold} move)", "<strong>Bold</strong> move"},
      {R"(a {\em b} c)", "a <em>b</em> c"},
      {R"({\bf x {\it y}})", "<strong>x <em>y</em></strong>"},
      {R"(\textbf{a \textit{b}})", "<strong>a <em>b</em></strong>"},
      {R"(\textit{unclosed)", "<em>unclosed</em>"},
      {R"({\em x)", "<em>x</em>"},
      {R"(\em to the end)", "<em>to the end</em>"},
      {R"(\textsuperscript{th})", "<sup>th</sup>"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {R"(Tom \& Jerry's "show")", "Tom &amp; Jerry’s &quot;show&quot;"},
      {R"(\url{https://a.org/?x=1&y=2})", "https://a.org/?x=1&amp;y=2"},
      {R"(\textless b\textgreater)", "&lt;b&gt;"},
      {R"(Sch{\"o}lkopf)", "Schölkopf"},
      {R"(\textsc{Sc})", "Sc"},
      {"x}}</em>", "x"},  // a stray end tag: the sanitizer drops it
  };
  for (const Case& c : cases) {
    INFO(c.latex);
    CHECK(folio::latex_to_html(c.latex) == c.expected);
  }
}
