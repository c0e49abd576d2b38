#include <catch2/catch.hpp>

#include "parse/markdown.h"

using Catch::Contains;

TEST_CASE("Markdown renders the GitHub dialect al-folio sites use", "[markdown]") {
  struct Case { const char* name; const char* markdown; const char* expected_fragment; };
  const Case cases[] = {
      {"table", "| a | b |\n|:--|--:|\n| 1 | 2 |\n", "<th align=\"left\">a</th>"},
      {"table body", "| a | b |\n|---|---|\n| 1 | 2 |\n", "<td>1</td>"},
      {"strikethrough", "~~old~~", "<del>old</del>"},
      {"task list", "- [x] done\n", "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled checked>"},
      {"autolink", "see https://example.org now", "<a href=\"https://example.org\">https://example.org</a>"},
      {"raw inline html", "a <b>bold</b> move", "a <b>bold</b> move"},
      {"raw html block", "<div class=\"note\">\nhi\n</div>\n", "<div class=\"note\">"},
      {"CJK text", "**联合培养博士项目**", "<strong>联合培养博士项目</strong>"},
      {"CJK link", "[招生简介](https://www.shlab.org.cn/enrollment#channel_599)",
       "<a href=\"https://www.shlab.org.cn/enrollment#channel_599\">招生简介</a>"},
      {"fullwidth punctuation kept", "（2025年入学）（名额已满）", "（2025年入学）（名额已满）"},
      {"escaped text", "a < b & c", "a &lt; b &amp; c"},
      {"fenced code", "```cpp\nint x;\n```\n", "<pre><code class=\"language-cpp\">int x;\n</code></pre>"},
  };
  for (const Case& c : cases) {
    SECTION(c.name) { CHECK_THAT(folio::markdown_to_html(c.markdown), Contains(c.expected_fragment)); }
  }
}

TEST_CASE("inline Markdown drops the single wrapping paragraph", "[markdown]") {
  struct Case { const char* markdown; const char* expected; };
  const Case cases[] = {
      {"A **bold** move :tada:", "A <strong>bold</strong> move :tada:"},
      {"two\n\nparagraphs", "<p>two</p>\n<p>paragraphs</p>"},
      {"", ""},
      {"- a list", "<ul>\n<li>a list</li>\n</ul>"},
  };
  for (const Case& c : cases) CHECK(folio::markdown_to_inline_html(c.markdown) == c.expected);
}
