#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "parse/html_block_extent.h"
#include "parse/html_blocks.h"
#include "parse/markdown.h"

namespace {

size_t lines_of(std::string_view text) { return static_cast<size_t>(std::count(text.begin(), text.end(), '\n')); }

}  // namespace

TEST_CASE("a block-level element runs to its matching end tag, across blank lines", "[markdown][html-blocks]") {
  struct Case {
    const char* name;
    const char* text;
    const char* element;  // what the block holds, as kramdown writes it back
  };
  const Case cases[] = {
      {"nested, blank lines", "<div>\n  <div>a</div>\n\n  <div>b</div>\n</div>\nafter\n",
       "<div>\n  <div>a</div>\n\n  <div>b</div>\n</div>"},
      {"start tag over lines", "<figure\n  class=\"f\"\n\n>\n<img\n src=\"a\"\n\n>\n</figure>x",
       "<figure\n  class=\"f\"\n\n>\n<img\n src=\"a\"\n\n>\n</figure>"},
      {"end tag in another case", "<DIV>\n\n</div>\n", "<DIV>\n\n</div>"},
      {"void element", "<hr>\ntext\n", "<hr>"},
      {"self-closed", "<custom-el/>\n", "<custom-el/>"},
      {"comment holding an end tag", "<div><!-- </div> -->\n\n</div>\n", "<div><!-- </div> -->\n\n</div>"},
      {"script holding an end tag", "<div><script>\"</div>\"\n\n</script></div>\n",
       "<div><script>\"</div>\"\n\n</script></div>"},
      {"stray end tag is text", "<div>a</p>\n\n</div>\n", "<div>a&lt;/p>\n\n</div>"},
      {"a '<' that starts no tag", "<div>\na < b <img src=x.png>\n</div>\n", "<div>\na &lt; b &lt;img src=x.png>\n</div>"},
      {"unclosed, closed at the end", "<div>\n<p>open\n\nrest\n", "<div>\n<p>open\n\nrest\n</p></div>"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const std::string_view text = c.text;
    const std::optional<folio::HtmlBlockExtent> block = folio::kramdown_html_block(text, 0);
    REQUIRE(block);
    CHECK(block->html == c.element);
  }
  const std::string_view nested = "<div>\n  <div>a</div>\n\n  <div>b</div>\n</div>\nafter\n";
  CHECK(folio::kramdown_html_block(nested, 0)->end == nested.find("\nafter"));
}

TEST_CASE("span elements and malformed tags start no HTML block", "[markdown][html-blocks]") {
  for (const char* text : {"<span>\n\nx</span>\n", "<img src=\"a.png\">\n", "<a href=\"x\">l</a>\n", "<div class=a-b>\n",
                           "<div\n", "< div>\n", "</div>\n"}) {
    INFO(text);
    CHECK_FALSE(folio::kramdown_html_block(text, 0));
  }
}

TEST_CASE("md4c sees a placeholder over the block's lines", "[markdown][html-blocks]") {
  const std::string_view markdown = "Intro\n\n<div>\n    a\n\n    b\n</div>\n*after*\n";
  folio::HtmlBlocks blocks = folio::take_html_blocks(markdown);
  REQUIRE(blocks.html.size() == 1);
  CHECK(blocks.html[0] == "<div>\n    a\n\n    b\n</div>");
  CHECK(lines_of(blocks.markdown()) == lines_of(markdown));
  CHECK(blocks.markdown().substr(0, 7) == "Intro\n\n");
  CHECK(blocks.markdown().substr(blocks.markdown().size() - 8) == "*after*\n");
  std::string restored;
  {
    folio::HtmlOut out(restored);
    folio::append_restoring_html_blocks(out, blocks.markdown().substr(7, blocks.markdown().size() - 7 - 8), blocks);
  }
  CHECK(restored == "<div>\n    a\n\n    b\n</div>\n");
}

TEST_CASE("text after the end tag keeps its line", "[markdown][html-blocks]") {
  const std::string_view markdown = "<div>\n\n</div> tail\nmore\n";
  const folio::HtmlBlocks blocks = folio::take_html_blocks(markdown);
  REQUIRE(blocks.html.size() == 1);
  CHECK(lines_of(blocks.markdown()) == lines_of(markdown));
  CHECK(blocks.markdown().substr(blocks.markdown().size() - 10) == "tail\nmore\n");
}

TEST_CASE("fenced code and comments are left to md4c", "[markdown][html-blocks]") {
  for (const char* text : {"```\n<div>\n\n</div>\n```\n", "~~~~\n<div>\n~~~\n\n</div>\n~~~~\n",
                           "<!-- a\n<div>\n\n</div> -->\n", "no html\n",
                           "text <div>\n\n</div>\n"}) {
    INFO(text);
    const folio::HtmlBlocks blocks = folio::take_html_blocks(text);
    CHECK(blocks.html.empty());
    CHECK(blocks.markdown() == text);
  }
}

TEST_CASE("a placeholder the author wrote never copies a block", "[markdown][html-blocks]") {
  const std::string html = folio::markdown_to_html("<?\x02" "0?>\n\n<div>\n\nsecret\n</div>\n\n<?\x02" "0?>\n");
  const size_t first = html.find("secret");
  REQUIRE(first != std::string::npos);
  CHECK(html.find("secret", first + 1) == std::string::npos);
}

TEST_CASE("Markdown keeps an HTML block with blank lines raw, as kramdown does", "[markdown][html-blocks]") {
  struct Case {
    const char* name;
    const char* markdown;
    const char* html;
  };
  const Case cases[] = {
      {"indented content is not code", "<div class=\"row\">\n    <div>\n        *x*\n    </div>\n\n    <div>y</div>\n</div>\n",
       "<div class=\"row\">\n    <div>\n        *x*\n    </div>\n\n    <div>y</div>\n</div>\n"},
      {"Markdown after the end tag", "<div>\n\n</div>\n*em*\n", "<div>\n\n</div>\n<p><em>em</em></p>\n"},
      {"the block ends a paragraph", "para\n<div>\n\n  x\n</div>\n", "<p>para</p>\n<div>\n\n  x\n</div>\n"},
      {"markdown=\"1\" across blank lines", "<div markdown=\"1\">\n\n*x*\n\n</div>\n",
       "<div>\n<p><em>x</em></p>\n</div>\n"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(folio::markdown_to_html(c.markdown) == c.html);
  }
}
