#include <catch2/catch.hpp>

#include "parse/about_page_parser.h"
#include "parse/liquid_check.h"

using folio::Diagnostics;
using folio::warn_about_liquid;

namespace {

Diagnostics check(const char* body, int first_line = 1) {
  Diagnostics diagnostics;
  warn_about_liquid(body, "_pages/about.md", first_line, diagnostics);
  return diagnostics;
}

}  // namespace

TEST_CASE("Liquid in a body is reported once, at its first use", "[liquid]") {
  const Diagnostics diagnostics = check(
      "Intro.\n\n"
      "<img src=\"{{ '/assets/img/lab.jpg' | relative_url }}\">\n"
      "{% include figure.liquid path=\"x.png\" %} and {{ site.title }}\n",
      5);
  REQUIRE(diagnostics.size() == 1);
  const folio::Diagnostic& d = diagnostics.all()[0];
  CHECK(d.severity == folio::Severity::warning);
  CHECK(d.file == "_pages/about.md");
  CHECK(d.line == 7);
  CHECK(d.column == 11);
  CHECK_THAT(d.message, Catch::Contains("{{ '/assets/img/lab.jpg' | relative_url }} shows on the page as written"));
  CHECK_THAT(d.message, Catch::Contains("(and 2 more Liquid in this file)"));
  CHECK_THAT(d.message, Catch::Contains("write what the Liquid produces instead"));
}

TEST_CASE("Liquid shown as code, and text that only looks like it, is not reported", "[liquid]") {
  const char* bodies[] = {
      "Use `{% include x %}` in Jekyll.\n",
      "Two ``{{ a }}`` backticks.\n",
      "```liquid\n{% for p in site.posts %}\n{{ p.title }}\n{% endfor %}\n```\n",
      "~~~~\n{{ x }}\n~~~\n{% still code %}\n~~~~\n",
      "    {% indented code %}\n",
      "A set {x} and {{ unclosed, and %} alone.\n",
      "",
  };
  for (const char* body : bodies) {
    INFO(body);
    CHECK(check(body).size() == 0);
  }
  // After the fence closes, Liquid counts again.
  const Diagnostics after = check("```\n{{ code }}\n```\n{{ site.url }}\n");
  REQUIRE(after.size() == 1);
  CHECK(after.all()[0].line == 4);
  CHECK(after.all()[0].column == 1);
}

TEST_CASE("a long Liquid use is shortened on a character boundary", "[liquid]") {
  const Diagnostics diagnostics = check("{% include figure.liquid caption=\"日本語のキャプションはとても長いのでここで切られるはずです、たぶん\" %}\n");
  REQUIRE(diagnostics.size() == 1);
  const std::string& message = diagnostics.all()[0].message;
  CHECK_THAT(message, Catch::Contains("…"));
  CHECK_THAT(message, !Catch::Contains("%}"));
}

TEST_CASE("the about page reports Liquid with the line in the file", "[liquid]") {
  Diagnostics diagnostics;
  folio::parse_about_page("---\nlayout: about\n---\n\nHello {{ site.first_name }}.\n", "_pages/about.md", diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics.all()[0].line == 5);
  CHECK(diagnostics.all()[0].column == 7);
}
