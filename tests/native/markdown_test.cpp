#include <catch2/catch.hpp>

#include "parse/markdown.h"

using Catch::Contains;

TEST_CASE("Markdown renders the GitHub dialect al-folio sites use", "[markdown]") {
  struct Case { const char* name; const char* markdown; const char* expected_fragment; };
  const Case cases[] = {
      {"table", "| a | b |\n|:--|--:|\n| 1 | 2 |\n", "<th style=\"text-align: left\">a</th>"},
      {"table body", "| a | b |\n|---|---|\n| 1 | 2 |\n", "<td>1</td>"},
      {"strikethrough", "~~old~~", "<del>old</del>"},
      {"task list", "- [x] done\n",
       "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\" />"},
      {"autolink", "see <https://example.org> now", "<a href=\"https://example.org\">https://example.org</a>"},
      {"raw inline html", "a <b>bold</b> move", "a <b>bold</b> move"},
      {"raw html block", "<div class=\"note\">\nhi\n</div>\n", "<div class=\"note\">"},
      {"CJK text", "**联合培养博士项目**", "<strong>联合培养博士项目</strong>"},
      {"CJK link", "[招生简介](https://www.shlab.org.cn/enrollment#channel_599)",
       "<a href=\"https://www.shlab.org.cn/enrollment#channel_599\">招生简介</a>"},
      {"fullwidth punctuation kept", "（2025年入学）（名额已满）", "（2025年入学）（名额已满）"},
      {"escaped text", "a < b & c", "a &lt; b &amp; c"},
      {"fenced code", "```cpp\nint x;\n```\n",
       "<div class=\"language-cpp highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>int x;\n"},
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

// Whole documents: kramdown's markup (as kramdown 2.4 writes it for
// al-folio, checked under tests/kramdown/normalize.mjs) in folio's layout (a
// newline after each block tag, no indentation). Where kramdown's grammar is
// not CommonMark's, folio keeps md4c's reading, and these cases say so:
// "~also~", "\\&copy;", "~~~ ruby startline=3", "3) three", "\\\"" in a link
// title, link URLs (percent-encoded), image alt text (plain), a leading BOM.
// Character references stay as written.
TEST_CASE("Markdown renders each construct in kramdown's markup, keeping references", "[markdown]") {
  struct Case { const char* name; const char* markdown; const char* expected; };
  const Case cases[] = {
      {"ATX heading", "# Title\n", "<h1 id=\"title\">Title</h1>\n"},
      {"deep heading with emphasis", "###### Deep *em*\n", "<h6 id=\"deep-em\">Deep <em>em</em></h6>\n"},
      {"setext headings", "Title\n=====\n\nSub\n---\n", "<h1 id=\"title\">Title</h1>\n<h2 id=\"sub\">Sub</h2>\n"},
      {"paragraphs and a soft break", "one\ntwo\n\nthree\n", "<p>one\ntwo</p>\n<p>three</p>\n"},
      {"hard break (spaces)", "a  \nb\n", "<p>a<br />\nb</p>\n"},
      {"hard break (backslash)", "a\\\nb\n", "<p>a<br />\nb</p>\n"},
      {"emphasis and strong", "*a* **b** _c_ __d__\n",
       "<p><em>a</em> <strong>b</strong> <em>c</em> <strong>d</strong></p>\n"},
      {"strikethrough", "~~gone~~ ~also~\n", "<p><del>gone</del> <del>also</del></p>\n"},
      {"code span", "`a < b && \"c\"`\n", "<p><code class=\"language-plaintext highlighter-rouge\">a &lt; b &amp;&amp; &quot;c&quot;</code></p>\n"},
      {"special characters in text", "a \"q\" < b > c & d 'e'\n",
       "<p>a \xE2\x80\x9Cq\xE2\x80\x9D &lt; b &gt; c &amp; d \xE2\x80\x98" "e\xE2\x80\x99</p>\n"},
      {"backslash escapes", "\\*not em\\* \\&copy;\n", "<p>*not em* &amp;copy;</p>\n"},
      {"fenced code with a language", "```python\nif a < b:\n    pass\n```\n",
       "<div class=\"language-python highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>if a &lt; b:\n    pass\n</code></pre></div></div>\n"},
      {"language is the info string's first word", "~~~ ruby startline=3\nx\n~~~\n",
       "<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>x\n</code></pre></div></div>\n"},
      {"fenced code without a language", "```\nplain\n```\n", "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>plain\n</code></pre></div></div>\n"},
      {"indented code", "    x = 1\n", "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>x = 1\n</code></pre></div></div>\n"},
      {"block quote", "> quoted\n", "<blockquote>\n<p>quoted</p>\n</blockquote>\n"},
      {"thematic break", "a\n\n***\n", "<p>a</p>\n<hr />\n"},
      {"tight bullet list", "- a\n- b\n", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"},
      {"loose bullet list", "- a\n\n- b\n", "<ul>\n<li><p>a</p>\n</li>\n<li><p>b</p>\n</li>\n</ul>\n"},
      {"ordered list from 1", "1. one\n2. two\n", "<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n"},
      {"ordered list with a start", "3) three\n4) four\n",
       "<ol>\n<li>three</li>\n<li>four</li>\n</ol>\n"},
      {"nested lists in a quote", "> - a\n>   1. b\n",
       "<blockquote>\n<ul>\n<li>a<ol>\n<li>b</li>\n</ol>\n</li>\n</ul>\n</blockquote>\n"},
      {"task list", "- [ ] todo\n- [x] done\n- [X] also\n",
       "<ul class=\"task-list\">\n<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />todo</li>\n<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\" />done</li>\n<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\" />also</li>\n</ul>\n"},
      {"table with alignments", "| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n",
       "<table>\n<thead>\n<tr>\n<th style=\"text-align: left\">a</th>\n<th style=\"text-align: center\">b</th>\n<th style=\"text-align: right\">c</th>\n<th>d</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td style=\"text-align: left\">1</td>\n<td style=\"text-align: center\">2</td>\n<td style=\"text-align: right\">3</td>\n<td>4</td>\n</tr>\n</tbody>\n</table>\n"},
      {"table cell with inline markup and an escaped pipe", "| x |\n|---|\n| `a` **c** \\| d |\n",
       "<table>\n<thead>\n<tr>\n<th>x</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><code class=\"language-plaintext highlighter-rouge\">a</code> <strong>c</strong> | d</td>\n</tr>\n</tbody>\n</table>\n"},
      {"link with a title", "[a](https://e.org/x \"T & \\\"q\\\"\")\n",
       "<p><a href=\"https://e.org/x\" title=\"T &amp; &quot;q&quot;\">a</a></p>\n"},
      {"link without a title", "[*a*](/x)\n", "<p><a href=\"/x\"><em>a</em></a></p>\n"},
      {"link URL escaped", "[a](</my page?x=1&y=\xC3\xA4'~>)\n",
       "<p><a href=\"/my%20page?x=1&amp;y=%C3%A4%27%7E\">a</a></p>\n"},
      {"link URL keeps percent-encoding", "[a](/a%20b?q=(1)+2;c:d@e,f$!*#g)\n",
       "<p><a href=\"/a%20b?q=(1)+2;c:d@e,f$!*#g\">a</a></p>\n"},
      {"reference link", "[x][r]\n\n[r]: /u \"t\"\n", "<p><a href=\"/u\" title=\"t\">x</a></p>\n"},
      {"angle autolink", "<https://a.org/?q=1>\n", "<p><a href=\"https://a.org/?q=1\">https://a.org/?q=1</a></p>\n"},
      {"email autolink", "<me@x.org>\n", "<p><a href=\"mailto:me@x.org\">me@x.org</a></p>\n"},
      {"permissive www autolink", "see www.example.org\n",
       "<p>see www.example.org</p>\n"},
      {"image with a title", "![alt *text*](/i.png \"T\")\n",
       "<p><img src=\"/i.png\" alt=\"alt text\" title=\"T\" /></p>\n"},
      {"image alt is plain text", "![a `b` [c](/d)\nnext](/i.png)\n",
       "<p><img src=\"/i.png\" alt=\"a b c next\" /></p>\n"},
      {"image in a link", "[![logo](/l.png)](/home)\n",
       "<p><a href=\"/home\"><img src=\"/l.png\" alt=\"logo\" /></a></p>\n"},
      {"raw inline HTML", "a <span class=\"x\">b</span> c\n", "<p>a <span class=\"x\">b</span> c</p>\n"},
      {"HTML block", "<div>\n*x*\n</div>\n", "<div>\n*x*\n</div>\n"},
      {"HTML comment", "<!-- note -->\n", "<!-- note -->\n"},
      {"byte order mark skipped", "\xEF\xBB\xBF# T\n", "<h1 id=\"t\">T</h1>\n"},
      // The deliberate difference from md4c-html: references stay as written.
      {"references in text", "&copy; &#169; &#x41; &amp; &nbsp; &lt;b&gt;\n",
       "<p>&copy; &#169; &#x41; &amp; &nbsp; &lt;b&gt;</p>\n"},
      {"unknown named reference", "&bogus; &MadeUpEntity;\n", "<p>&bogus; &MadeUpEntity;</p>\n"},
      {"references in emphasis and headings", "# caf&eacute; *&mdash;*\n", "<h1 id=\"caf\xC3\xA9-\">caf&eacute; <em>&mdash;</em></h1>\n"},
      {"references in a link URL and title", "[a](/x?a=1&amp;b=&#x41; \"&copy; 2024\")\n",
       "<p><a href=\"/x?a=1&amp;b=&#x41;\" title=\"&copy; 2024\">a</a></p>\n"},
      {"references in an image alt", "![caf&eacute; &amp; co](/&#105;.png)\n",
       "<p><img src=\"/&#105;.png\" alt=\"caf&eacute; &amp; co\" /></p>\n"},
      {"reference in a code block language", "```c&#43;&#43;\nx\n```\n",
       "<pre><code class=\"language-c&#43;&#43;\">x\n</code></pre>\n"},
      {"no references in code", "`&copy;`\n\n    &amp;\n",
       "<p><code class=\"language-plaintext highlighter-rouge\">&amp;copy;</code></p>\n<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>&amp;amp;\n</code></pre></div></div>\n"},
  };
  for (const Case& c : cases) {
    SECTION(c.name) { CHECK(folio::markdown_to_html(c.markdown) == c.expected); }
  }
}

TEST_CASE("a NUL in Markdown becomes U+FFFD, as in md4c-html", "[markdown]") {
  constexpr char kMarkdown[] = "a\0b [l](/x \"t\0u\")\n";
  CHECK(folio::markdown_to_html(std::string(kMarkdown, sizeof kMarkdown - 1)) ==
        "<p>a\xEF\xBF\xBD" "b <a href=\"/x\" title=\"t\xEF\xBF\xBD" "u\">l</a></p>\n");
}

// kramdown's markup for each construct al-folio content uses: the HTML that
// kramdown 2.4 (input: GFM, Rouge, as Jekyll runs it) writes for the same
// Markdown, in folio's layout (a newline after each block tag, no indent).
// tests/node/kramdown.test.mjs compares whole documents with kramdown itself.
TEST_CASE("Markdown is written as kramdown writes it", "[markdown][kramdown]") {
  struct Case { const char* name; const char* markdown; const char* expected; };
  const Case cases[] = {
      {"heading ids, repeated", "## Notes\n\n## Notes\n", "<h2 id=\"notes\">Notes</h2>\n<h2 id=\"notes-1\">Notes</h2>\n"},
      {"heading id written", "## Title {#mine}\n", "<h2 id=\"mine\">Title</h2>\n"},
      {"paragraph IAL", "Para\n{: .lead}\n", "<p class=\"lead\">Para</p>\n"},
      {"IAL before a paragraph", "{: #intro}\nPara\n", "<p id=\"intro\">Para</p>\n"},
      {"IAL after a block quote", "> tip\n{: .block-tip}\n",
       "<blockquote class=\"block-tip\">\n<p>tip</p>\n</blockquote>\n"},
      {"span IAL", "A *b*{: .c} d\n", "<p>A <em class=\"c\">b</em> d</p>\n"},
      {"footnote", "x[^1]\n\n[^1]: N.\n",
       "<p>x<sup id=\"fnref:1\" role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\" rel=\"footnote\">1</a></sup></p>\n"
       "<div class=\"footnotes\" role=\"doc-endnotes\">\n<ol>\n<li id=\"fn:1\" role=\"doc-endnote\">\n"
       "<p>N.\u00A0<a href=\"#fnref:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n"
       "</li>\n</ol>\n</div>\n"},
      {"abbreviation", "HTML\n\n*[HTML]: Hyper\n", "<p><abbr title=\"Hyper\">HTML</abbr></p>\n"},
      {"definition list", "T\n: D\n", "<dl>\n<dt>T</dt>\n<dd>D</dd>\n</dl>\n"},
      {"markdown=\"1\"", "<div markdown=\"1\">\n*x*\n</div>\n", "<div>\n<p><em>x</em></p>\n</div>\n"},
      {"inline math", "a $$x<y$$ b\n", "<p>a \\(x&lt;y\\) b</p>\n"},
      {"display math", "$$\nx\n$$\n", "\\[x\\]\n"},
      {"single dollars are text", "$5 or $x$\n", "<p>$5 or $x$</p>\n"},
      {"table alignment", "| a |\n|:-:|\n| 1 |\n",
       "<table>\n<thead>\n<tr>\n<th style=\"text-align: center\">a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
       "<td style=\"text-align: center\">1</td>\n</tr>\n</tbody>\n</table>\n"},
      {"hard break", "a  \nb\n", "<p>a<br />\nb</p>\n"},
      {"task list", "- [x] t\n",
       "<ul class=\"task-list\">\n<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" "
       "disabled=\"disabled\" checked=\"checked\" />t</li>\n</ul>\n"},
      {"code Rouge knows", "```python\nx\n```\n",
       "<div class=\"language-python highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>x\n"
       "</code></pre></div></div>\n"},
      {"code Rouge does not know", "```mermaid\ng\n```\n", "<pre><code class=\"language-mermaid\">g\n</code></pre>\n"},
      {"code span", "`c`\n", "<p><code class=\"language-plaintext highlighter-rouge\">c</code></p>\n"},
      {"ordered lists start at 1", "3. x\n", "<ol>\n<li>x</li>\n</ol>\n"},
      {"no bare URL links", "see https://e.org\n", "<p>see https://e.org</p>\n"},
      {"image alt escaped", "![a \"q\"](i.png)\n", "<p><img src=\"i.png\" alt=\"a &quot;q&quot;\" /></p>\n"},
      {"smart quotes", "\"It's\" -- ok...\n", "<p>“It’s” – ok…</p>\n"},
  };
  for (const Case& c : cases) {
    SECTION(c.name) { CHECK(folio::markdown_to_html(c.markdown) == c.expected); }
  }
}

TEST_CASE("the kramdown: options of _config.yml change the HTML", "[markdown][kramdown]") {
  folio::MarkdownSettings no_ids;
  no_ids.auto_ids = false;
  CHECK(folio::markdown_to_html("# T\n", no_ids) == "<h1>T</h1>\n");
  folio::MarkdownSettings prefixed;
  prefixed.auto_id_prefix = "sec-";
  CHECK(folio::markdown_to_html("# T\n", prefixed) == "<h1 id=\"sec-t\">T</h1>\n");
  folio::MarkdownSettings wrapped;
  wrapped.hard_wrap = true;
  CHECK(folio::markdown_to_html("a\nb\n", wrapped) == "<p>a<br />\nb</p>\n");
  folio::MarkdownSettings css;
  css.highlight_css_class = "hl";
  CHECK(folio::markdown_to_html("```ruby\nx\n```\n", css) ==
        "<div class=\"language-ruby highlighter-rouge\"><div class=\"hl\"><pre class=\"hl\"><code>x\n</code></pre></div></div>\n");
  folio::MarkdownSettings plain;
  plain.smart_typography = false;
  CHECK(folio::markdown_to_html("\"a\" -- b\n", plain) == "<p>&quot;a&quot; -- b</p>\n");
}
