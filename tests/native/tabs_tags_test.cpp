// jekyll-tabs' {% tabs %} and {% tab %}: the plugin's template (its
// template.erb; al-folio's _posts/2024-05-01-tabs.md and Jekyll's build of
// it are the example), each tab's body through Markdown, the first active.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "api/protocol.h"
#include "api/site_session.h"

namespace {

const char* const kPost = R"(---
layout: none
---
{% tabs log %}

{% tab log php %}

```php
var_dump('hello');
```

{% endtab %}

{% tab log js %}
Some *text*.
{% endtab %}

{% tab log php %}
Again.
{% endtab %}

{% endtabs %}

After.
)";

struct Rendered {
  std::string html;
  nlohmann::json diagnostics;
};

Rendered render_post(const std::string& text) {
  folio::SiteSession session;
  session.put_file("_config.yml", "title: Lab\npermalink: /blog/:title/\n");
  session.put_file("_layouts/none.liquid", "{{ content }}");
  session.put_file("_posts/2024-05-01-tabs.md", text);
  const nlohmann::json built = nlohmann::json::parse(session.build(""));
  const nlohmann::json answer =
      folio::parse_answer_with_text(session.render(nlohmann::json{{"path", "/blog/tabs/"}}.dump()), "html");
  // The post's own diagnostics (the site has no about page, which is said too).
  nlohmann::json diagnostics = nlohmann::json::array();
  for (const nlohmann::json* list : {&built["diagnostics"], &answer["diagnostics"]}) {
    for (const auto& d : list->is_array() ? *list : nlohmann::json::array()) {
      if (d["file"] == "_posts/2024-05-01-tabs.md") diagnostics.push_back(d);
    }
  }
  return {answer["html"].get<std::string>(), diagnostics};
}

size_t count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("tabs: the labels, then the bodies through Markdown, the first active", "[plugins][tabs]") {
  const Rendered post = render_post(kPost);
  CHECK(post.diagnostics.dump() == "[]");
  const std::string& html = post.html;
  INFO(html);
  // A repeated label replaces its body and keeps its place: two tabs.
  CHECK(count(html, "<a href=\"#\">") == 2);
  const size_t labels = html.find("class=\"tab\"");
  const size_t php = html.find("<a href=\"#\">php </a>");
  const size_t js = html.find("<a href=\"#\">js </a>");
  const size_t bodies = html.find("class=\"tab-content\"");
  REQUIRE(labels != std::string::npos);
  REQUIRE(bodies != std::string::npos);
  CHECK((labels < php && php < js && js < bodies));
  CHECK(html.find("<li class=\"active\" id=\"user-content-log-php\">") != std::string::npos);
  CHECK(html.find("<li id=\"user-content-log-js\">") != std::string::npos);
  // Bodies: the second php tab's, then js's, as Markdown; the first php body is gone.
  CHECK(html.find("var_dump") == std::string::npos);
  const size_t again = html.find("<li class=\"active\">\n<p>Again.</p>");
  const size_t text = html.find("<li>\n<p>Some <em>text</em>.</p>");
  CHECK((bodies < again && again < text));
  CHECK(html.find("<p>After.</p>") > text);
}

TEST_CASE("tabs without a name, or a tab without a label, are reported and left out", "[plugins][tabs]") {
  const Rendered post = render_post("{% tabs %}{% tab log %}x{% endtab %}{% endtabs %}\n\n{% tab only %}y{% endtab %}\nrest\n");
  std::string messages;
  for (const auto& d : post.diagnostics) messages += d["message"].get<std::string>() + "\n";
  CHECK(messages.find("{% tabs %} needs the group's name") != std::string::npos);
  CHECK(messages.find("{% tab %} needs its group's name and its label") != std::string::npos);
  CHECK(post.html.find("class=\"tab") == std::string::npos);
  CHECK(post.html.find("rest") != std::string::npos);
}
