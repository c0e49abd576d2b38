#include <catch2/catch.hpp>

#include "core/html_sanitizer.h"
#include "core/html_text.h"
#include "parse/markdown.h"

// Markdown keeps character references as written (parse/markdown_renderer.h),
// so plain text made from its HTML (titles, slugs, feeds) decodes them.
TEST_CASE("plain text decodes the common named references", "[html_text]") {
  struct Case { const char* html; const char* text; };
  const Case cases[] = {
      {"<p>&copy; 2024 Ada</p>", "\u00A9 2024 Ada"},
      {"<h1>Results &mdash; part&nbsp;2</h1>", "Results \u2014 part\u00A02"},
      {"caf&eacute; &Eacute;cole na&iuml;ve &szlig; &AElig; &Yuml;",
       "caf\u00E9 \u00C9cole na\u00EFve \u00DF \u00C6 \u0178"},
      {"&ldquo;quoted&rdquo; &lsquo;single&rsquo; &laquo;guillemets&raquo; &hellip;",
       "\u201Cquoted\u201D \u2018single\u2019 \u00ABguillemets\u00BB \u2026"},
      {"5&deg;C &plusmn; 1 &times; 2 &divide; 3 &euro;4 &pound;5 &yen;6 &cent;7 &trade; &reg;",
       "5\u00B0C \u00B1 1 \u00D7 2 \u00F7 3 \u20AC4 \u00A35 \u00A56 \u00A27 \u2122 \u00AE"},
      {"&amp; &lt;b&gt; &quot;q&quot; &#169; &#xE9;", "& <b> \"q\" \u00A9 \u00E9"},
      // Unknown, misspelled or case-changed names stay as written.
      {"&bogus; &alpha; &Copy; &copy", "&bogus; &alpha; &Copy; &copy"},
  };
  for (const Case& c : cases) {
    INFO(c.html);
    CHECK(folio::html_to_text(c.html) == c.text);
  }
}

TEST_CASE("text of Markdown with references reads as before", "[html_text]") {
  CHECK(folio::html_to_text(folio::markdown_to_html("**Caf&eacute;** &copy; 2024 &mdash; &bogus; &amp; co")) ==
        "Caf\u00E9 \u00A9 2024 \u2014 &bogus; & co");
}

// md4c-html used to decode &#106; to "j" before the sanitizer saw a link;
// now the reference reaches it as written, and its URL check decodes it.
TEST_CASE("references that disguise a scheme in Markdown links are still caught", "[html_text]") {
  struct Case { const char* markdown; const char* html; };
  const Case cases[] = {
      {"[x](&#106;avascript:alert(1))", "<p><a>x</a></p>\n"},
      {"[x](javascript&colon;alert(1))", "<p><a>x</a></p>\n"},
      {"![x](&#x64;ata:text/html,hi)", "<p><img alt=\"x\"></p>\n"},
      {"[x](https://e.org/?a=1&amp;b=caf&eacute;)",
       "<p><a href=\"https://e.org/?a=1&amp;b=caf&eacute;\" rel=\"external nofollow noopener\" "
       "target=\"_blank\">x</a></p>\n"},
  };
  for (const Case& c : cases) {
    INFO(c.markdown);
    CHECK(folio::sanitize_html(folio::markdown_to_html(c.markdown), folio::SanitizePolicy{}) == c.html);
  }
}
