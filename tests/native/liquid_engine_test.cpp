#include <catch2/catch.hpp>

#include <map>

#include "liquid/engine.h"
#include "liquid/json_value.h"

using folio::liquid::LiquidOptions;
using folio::liquid::OrderedJson;

namespace {

class MapHost : public folio::liquid::RenderHost {
 public:
  std::map<std::string, std::string> includes;
  std::optional<folio::liquid::TemplateSource> find_include(std::string_view name) override {
    const auto found = includes.find(std::string(name));
    if (found == includes.end()) return std::nullopt;
    return folio::liquid::TemplateSource{found->second, "_includes/" + found->first};
  }
  std::optional<std::string> post_url(std::string_view name) override {
    if (name == "2020-01-02-hello") return std::string("/2020/01/02/hello.html");
    return std::nullopt;
  }
};

struct Rendered {
  std::string output;
  folio::Diagnostics diagnostics;
  bool failed = false;
};

Rendered render(const std::string& source, const std::string& data_json = "{}", MapHost host = {},
                LiquidOptions options = {}) {
  Rendered rendered;
  const auto parsed = folio::liquid::parse_template(source, "page.html", options, rendered.diagnostics);
  const auto data = folio::liquid::value_from_json(OrderedJson::parse(data_json));
  auto result = folio::liquid::render_template(*parsed, data, host, options, rendered.diagnostics);
  rendered.output = std::move(result.output);
  rendered.failed = result.failed;
  return rendered;
}

}  // namespace

// Expected outputs are what ruby-liquid prints for the same template and data.
TEST_CASE("tags render as Liquid 4 renders them", "[liquid][engine]") {
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      {"{% if a and b or c %}y{% else %}n{% endif %}", R"({"a":false,"b":true,"c":true})", "n"},
      {"{% if a or b and c %}y{% else %}n{% endif %}", R"({"a":true,"b":false,"c":false})", "y"},
      {"{% for x in list limit:2 offset:1 %}{{ forloop.index }}{{ x }}{% endfor %}", R"({"list":[1,2,3,4]})", "1223"},
      {"{% for x in (1..3) reversed %}{{ x }}{% endfor %}", "{}", "321"},
      {"{% for x in list %}{% for y in x %}{{ forloop.parentloop.index }}{{ y }}{% endfor %}{% endfor %}",
       R"({"list":[[1,2],[3]]})", "111223"},
      {"{% for p in h %}{{ p[0] }}={{ p[1] }};{% endfor %}", R"({"h":{"a":1,"b":2}})", "a=1;b=2;"},
      {"{% for x in list %}{% if x == 2 %}{% continue %}{% endif %}{% if x == 4 %}{% break %}{% endif %}{{ x }}{% endfor %}",
       R"({"list":[1,2,3,4,5]})", "13"},
      {"{% for x in empty %}a{% else %}none{% endfor %}", "{}", "none"},
      {"{% case x %}{% when 1, 2 %}low{% when 3 or 4 %}mid{% else %}high{% endcase %}", R"({"x":4})", "mid"},
      {"{% cycle 'a', 'b' %}{% cycle 'a', 'b' %}{% cycle 'a', 'b' %}", "{}", "aba"},
      {"{% increment n %}{% increment n %}{% decrement m %}", "{}", "01-1"},
      {"{% capture c %}x{{ 1 }}{% endcapture %}{{ c }}{{ c.size }}", "{}", "x12"},
      {"a {%- if true -%} b {%- endif -%} c", "{}", "abc"},
      {"{% raw %}{{ x }}{% endraw %}", "{}", "{{ x }}"},
      // ruby-liquid 5.4 (and 4.0) ignore unknown and stray tags directly in a comment.
      {"{% comment %}{% foo %}{% endif %}{% else %}{% if x %}{% endif %}{{ x | }}{% endcomment %}ok", "{}", "ok"},
      {"a{% comment %}{% comment %}x{% endcomment %}y{% raw %}{% endcomment %}{% endraw %}{% endcomment %}b", "{}", "ab"},
      {"{{ site.data.venues[entry.abbr].url }}", R"({"site":{"data":{"venues":{"ICML":{"url":"u"}}}},"entry":{"abbr":"ICML"}})", "u"},
      {"{{ include.min-width }}", R"({"include":{"min-width":"3"}})", "3"},
      {"{{ list.size }}{{ list.first }}{{ list.last }}", R"({"list":[4,5,6]})", "346"},
      {"{% if s contains 'ell' %}y{% endif %}{% if l contains 2 %}z{% endif %}", R"({"s":"hello","l":[1,2]})", "yz"},
      {"{% if x == empty %}e{% endif %}{% if y == blank %}b{% endif %}", R"({"x":[],"y":" "})", "eb"},
      {"{{ 1.0 }} {{ 0.1 }} {{ h }}", R"({"h":{"a":[1,null]}})", "1.0 0.1 {\"a\"=>[1, nil]}"},
      {"{% tablerow x in (1..3) cols:2 %}{{ x }}{% endtablerow %}", "{}",
       "<tr class=\"row1\">\n<td class=\"col1\">1</td><td class=\"col2\">2</td></tr>\n<tr class=\"row2\"><td class=\"col1\">3</td></tr>\n"},
      {"{% unless false %}u{% endunless %}", "{}", "u"},
      {"{% if 1 < 'a' %}y{% endif %}z", "{}", "z"},
      {"{% for x in list | limit: 2 %}{{ x }}{% endfor %}", R"({"list":[1,2,3]})", "12"},
  };
  for (const auto& [source, data, expected] : cases) {
    INFO(source);
    CHECK(render(source, data).output == expected);
  }
}

TEST_CASE("Jekyll's include reads parameters, parses lazily and reports what is missing", "[liquid][engine]") {
  MapHost host;
  host.includes["card.html"] = "[{{ include.title }}|{{ include.n }}]";
  host.includes["broken.html"] = "{% nosuchtag %}";
  host.includes["self.html"] = "{% include self.html %}";
  CHECK(render(R"({% include card.html title="A \"q\"" n=page.n %})", R"({"page":{"n":3}})", host).output == "[A \"q\"|3]");
  CHECK(render("{% assign f = 'card' %}{% include {{ f }}.html title='x' %}", "{}", host).output == "[x|]");
  // Never rendered: the unknown tag inside costs nothing.
  CHECK(render("{% if false %}{% include broken.html %}{% endif %}ok", "{}", host).diagnostics.size() == 0);
  const Rendered missing = render("a{% include nope.html %}b", "{}", host);
  CHECK(missing.output == "ab");
  REQUIRE(missing.diagnostics.size() == 1);
  CHECK(missing.diagnostics.all()[0].message.find("include 'nope.html' not found in _includes/") == 0);
  CHECK(missing.diagnostics.all()[0].column == 2);
  const Rendered recursive = render("{% include self.html %}", "{}", host);
  CHECK(!recursive.diagnostics.all().empty());
  // Including itself twice would be 2^50 renders at the depth limit: the
  // limit stops the page, with one error, as the other limits do.
  host.includes["twice.html"] = "x{% include twice.html %}{% include twice.html %}";
  const Rendered twice = render("{% include twice.html %}after", "{}", host);
  REQUIRE(twice.diagnostics.size() == 1);
  CHECK(twice.diagnostics.all()[0].message.find("Include nesting too deep") == 0);
  CHECK(twice.output == std::string(50, 'x'));
  CHECK(render("{% post_url 2020-01-02-hello %}", "{}", host).output == "/2020/01/02/hello.html");
}

TEST_CASE("syntax errors are diagnostics with a place, and the rest renders", "[liquid][engine]") {
  const Rendered unknown = render("a\n  {% frobnicate %}b");
  CHECK(unknown.output == "a\n  b");
  REQUIRE(unknown.diagnostics.size() == 1);
  CHECK(unknown.diagnostics.all()[0].line == 2);
  CHECK(unknown.diagnostics.all()[0].column == 3);
  CHECK(unknown.diagnostics.all()[0].message.find("Unknown tag 'frobnicate'") != std::string::npos);

  const Rendered unclosed = render("{% if true %}x");
  CHECK(unclosed.output == "x");
  CHECK(unclosed.diagnostics.all()[0].message.find("'if' tag was never closed") == 0);

  const Rendered stray = render("{% for x in (1..2) %}{{ x }}{% endif %}{% endfor %}");
  CHECK(stray.output == "12");
  CHECK(stray.diagnostics.all()[0].message.find("'endif' is not a valid delimiter for for tags") != std::string::npos);

  // A known tag inside a comment is parsed: ruby-liquid raises "'endcomment'
  // is not a valid delimiter for if tags" and "Syntax Error in 'for loop'".
  const Rendered comment_if = render("{% comment %}{% if x %}{% endcomment %}b");
  REQUIRE(!comment_if.diagnostics.all().empty());
  CHECK(comment_if.diagnostics.all()[0].message.find("'endcomment' is not a valid delimiter for if tags") !=
        std::string::npos);
  CHECK(!render("{% comment %}{% for %}{% endfor %}{% endcomment %}b").diagnostics.all().empty());

  LiquidOptions strict;
  strict.strict = true;
  CHECK(render("{{ a | }}", "{}", {}, strict).failed);
  CHECK(!render("{{ a | }}").failed);
}

TEST_CASE("limits end a render with a diagnostic, never a crash", "[liquid][engine]") {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "{% if true %}";
  const Rendered nested = render(deep + "x");
  CHECK(nested.diagnostics.all()[0].message.find("Nesting too deep") == 0);

  LiquidOptions small;
  small.limits.max_loop_iterations = 1000;
  const Rendered loop = render("{% for a in (1..100) %}{% for b in (1..100) %}.{% endfor %}{% endfor %}", "{}", {}, small);
  CHECK(loop.output.size() <= 1000);
  CHECK(loop.diagnostics.all()[0].message.find("Loop limit reached") == 0);

  small.limits.max_output_bytes = 100;
  const Rendered big = render("{% for a in (1..50) %}abc{% endfor %}", "{}", {}, small);
  CHECK(big.output.size() <= 100);
  CHECK(big.diagnostics.all()[0].message.find("Output limit reached") == 0);
}

TEST_CASE("custom tags and blocks come from outside the engine", "[liquid][engine]") {
  folio::liquid::TagRegistry tags;
  tags.add_tag("cite", [](const folio::liquid::CustomTagCall& call, folio::liquid::TagContext& context, std::string& out) {
    out += "[" + std::string(call.markup) + ":" + folio::liquid::to_output(context.evaluate("page.n")) + "]";
  });
  tags.add_block("details", [](const folio::liquid::CustomTagCall& call, folio::liquid::TagContext& context,
                               std::string& out) {
    out += "<details><summary>" + std::string(call.markup) + "</summary>";
    context.render_body(out);
    out += "</details>";
  });
  LiquidOptions options;
  options.tags = &tags;
  CHECK(render("{% cite key1 %}{% details More %}{{ page.n }}{% enddetails %}", R"({"page":{"n":7}})", {}, options).output ==
        "[key1:7]<details><summary>More</summary>7</details>");
}

// What Jekyll 4 with Rouge writes (al-folio's sample post /blog/2015/code/ on
// its gh-pages branch), but for Rouge's colour spans, which folio has not.
TEST_CASE("highlight with linenos writes Rouge's table of line numbers", "[liquid][engine]") {
  CHECK(render("{% highlight c++ linenos %}\n\nint main()\n{\n  return 0;\n}\n\n{% endhighlight %}").output ==
        "<figure class=\"highlight\"><pre><code class=\"language-c--\" data-lang=\"c++\"><table class=\"rouge-table\">"
        "<tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n2\n3\n4\n</pre></td><td class=\"code\"><pre>"
        "int main()\n{\n  return 0;\n}\n</pre></td></tr></tbody></table></code></pre></figure>");
  CHECK(render("{% highlight python linenos=table %}a < b{% endhighlight %}").output ==
        "<figure class=\"highlight\"><pre><code class=\"language-python\" data-lang=\"python\"><table "
        "class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n</pre></td><td "
        "class=\"code\"><pre>a &lt; b\n</pre></td></tr></tbody></table></code></pre></figure>");
  // Only line breaks are trimmed (Jekyll's LEADING_OR_TRAILING_LINE_TERMINATORS).
  CHECK(render("{% highlight python %}\n\n    indented\n  {% endhighlight %}").output ==
        "<figure class=\"highlight\"><pre><code class=\"language-python\" data-lang=\"python\">    indented\n  "
        "</code></pre></figure>");
  CHECK(render("{% highlight python %}\nx = 1\n{% endhighlight %}").output ==
        "<figure class=\"highlight\"><pre><code class=\"language-python\" data-lang=\"python\">x = 1</code></pre></figure>");
}
