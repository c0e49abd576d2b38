// A page holding TeX on a site with enable_math gets MathJax's script in its
// render answer, as al-folio's _includes/scripts.liquid loads it, the URL's
// `{{version}}` replaced as _plugins/download-3rd-party.rb replaces it
// (al-folio's _config.yml gives the values).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "api/protocol.h"
#include "api/site_session.h"
#include "plugins/third_party_libraries.h"

namespace {

const std::string kLibraries =
    "third_party_libraries:\n"
    "  download: false\n"
    "  mathjax:\n"
    "    integrity:\n      js: \"sha256-MASABpB4tYktI2Oitl4t+78w/lyA+D7b/s9GEP0JOGI=\"\n"
    "    url:\n"
    "      fonts: \"https://cdn.jsdelivr.net/npm/mathjax@{{version}}/es5/output/chtml/fonts/woff-v2/\"\n"
    "      js: \"https://cdn.jsdelivr.net/npm/mathjax@{{version}}/es5/tex-mml-chtml.js\"\n"
    "    version: \"3.2.2\"\n";

nlohmann::json render(folio::SiteSession& session, const std::string& path, bool widget = false) {
  return folio::parse_answer_with_text(
      session.render(nlohmann::json{{"path", path}, {"widget", widget}}.dump()), "html");
}

void open(folio::SiteSession& session, const std::string& config) {
  session.put_file("_config.yml", "title: Lab\n" + config + kLibraries);
  session.put_file("_layouts/page.liquid", "{{ content }}");
  session.put_file("math.md", "---\nlayout: page\n---\nEnergy: $$E = mc^2$$.\n");
  session.put_file("plain.md", "---\nlayout: page\n---\nIt costs $5, not $10.\n");
  session.build("");
}

}  // namespace

TEST_CASE("a page with TeX on a site with enable_math names MathJax's script", "[plugins][libraries][math]") {
  folio::SiteSession session;
  open(session, "enable_math: true\n");
  const nlohmann::json math = render(session, "/math.html");
  REQUIRE(math.contains("math"));
  CHECK(math["math"]["src"] == "https://cdn.jsdelivr.net/npm/mathjax@3.2.2/es5/tex-mml-chtml.js");
  CHECK(math["math"]["integrity"] == "sha256-MASABpB4tYktI2Oitl4t+78w/lyA+D7b/s9GEP0JOGI=");
  CHECK_FALSE(render(session, "/plain.html").contains("math"));          // dollars, not TeX
  CHECK_FALSE(render(session, "/math.html", true).contains("math"));     // a widget, in another site's page

  folio::SiteSession off;
  open(off, "enable_math: false\n");
  CHECK_FALSE(render(off, "/math.html").contains("math"));
}

TEST_CASE("has_math finds what MathJax typesets and not prices", "[plugins][math]") {
  for (const char* tex : {"a \\(x\\) b", "\\[x\\]", "$$x$$", "\\begin{equation}x\\end{equation}", "area $\\pi r^2$ here"}) {
    CAPTURE(tex);
    CHECK(folio::plugins::has_math(tex));
  }
  for (const char* plain : {"It costs $5, not $10.", "a $ b", "US$ 5", "$5\nand 6$", "no math"}) {
    CAPTURE(plain);
    CHECK_FALSE(folio::plugins::has_math(plain));
  }
}
