// A site opened with some documents as their front matter only (what a
// large site's shell does first): each render names the bodies it read, so
// the shell fetches exactly those; the rest renders from the front matter.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api/protocol.h"
#include "api/site_session.h"

namespace {

nlohmann::json json_of(const std::string& answer) { return folio::parse_answer_with_text(answer, "html"); }

using Paths = std::vector<std::string>;

Paths needs_of(const nlohmann::json& answer) { return answer.at("needs").get<Paths>(); }

const char* const kConfig = "title: Lab\nannouncements:\n  enabled: true\n  limit: 2\n";
const char* const kAbout = "---\nlayout: about\ntitle: about\npermalink: /\nnews: true\n---\nWelcome.\n";

std::string news(const std::string& date, bool is_inline, const std::string& body) {
  return "---\ndate: " + date + "\ninline: " + (is_inline ? "true" : "false") + "\ntitle: Item " + date +
         "\n---\n" + body;
}

// The front matter alone, as folio.json's index carries it.
std::string front_matter_of(const std::string& text) { return text.substr(0, text.find("---\n", 4) + 4); }

}  // namespace

TEST_CASE("the about page reads the bodies of the inline news it shows, and no others", "[body_reads]") {
  const std::string newest = news("2024-03-01", true, "Newest body.\n");
  const std::string linked = news("2024-02-01", false, "Linked body.\n");
  const std::string older = news("2024-01-01", true, "Older body.\n");
  folio::SiteSession session;
  session.put_file("_config.yml", kConfig);
  session.put_file("_pages/about.md", kAbout);
  session.put_file("_news/c.md", front_matter_of(newest));
  session.put_file("_news/b.md", front_matter_of(linked));
  session.put_file("_news/a.md", front_matter_of(older));
  const auto build = json_of(session.build(R"({"partial":["_news/a.md","_news/b.md","_news/c.md"],"document_index":true})"));
  // News files are indexed whether or not _config.yml declares the collection.
  CHECK(build["documents"]["_news/b.md"] == front_matter_of(linked));
  CHECK(build["documents"].size() == 3);
  const auto first = json_of(session.render(R"({"view":"about"})"));
  // Two rows: the inline one shows its body, the linked one only its title.
  CHECK(needs_of(first) == Paths{"_news/c.md"});
  CHECK(first["html"].get<std::string>().find("Item 2024-02-01") != std::string::npos);

  session.put_file("_news/c.md", newest);
  json_of(session.build(R"({"partial":["_news/a.md","_news/b.md"]})"));
  const auto complete = json_of(session.render(R"({"view":"about"})"));
  CHECK(needs_of(complete).empty());
  CHECK(complete["html"].get<std::string>().find("Newest body.") != std::string::npos);

  // A news item's own page needs its body; the archive needs every inline one.
  CHECK(needs_of(json_of(session.render(R"({"view":"news/b"})"))) == Paths{"_news/b.md"});
  CHECK(needs_of(json_of(session.render(R"({"view":"news"})"))) == Paths{"_news/a.md"});
}

TEST_CASE("a page through its layouts needs the bodies its templates read", "[body_reads]") {
  const std::string post_one = "---\nlayout: post\ntitle: One\n---\nfirst post has five words\n";
  const std::string post_two = "---\nlayout: post\ntitle: Two\n---\nsecond post\n";
  const std::string post_three = "---\nlayout: post\ntitle: Three\n---\nthird post\n";
  folio::SiteSession session;
  session.put_file("_config.yml", "title: Lab\ninclude: [_pages]\n");
  session.put_file("_layouts/post.liquid", "<p>{{ page.previous.title }}</p>{{ content }}");
  session.put_file("_pages/blog.md",
                   "---\npermalink: /blog/\n---\n{% for post in site.posts limit: 2 %}"
                   "{{ post.title }}: {{ post.content | number_of_words }} words. {% endfor %}\n");
  session.put_file("_posts/2024-01-01-one.md", front_matter_of(post_one) + "\n");
  session.put_file("_posts/2024-01-02-two.md", front_matter_of(post_two));
  session.put_file("_posts/2024-01-03-three.md", front_matter_of(post_three));
  const auto build = json_of(session.build(
      R"({"partial":["_posts/2024-01-01-one.md","_posts/2024-01-02-two.md","_posts/2024-01-03-three.md"],)"
      R"("document_index":true})"));

  // The index holds each post's front matter as written, and no page.
  CHECK(build["documents"]["_posts/2024-01-02-two.md"] == front_matter_of(post_two));
  CHECK_FALSE(build["documents"].contains("_pages/blog.md"));

  // The list reads the content of the two newest posts.
  const auto blog = json_of(session.render(R"({"path":"/blog/"})"));
  CHECK(needs_of(blog) == Paths{"_posts/2024-01-02-two.md", "_posts/2024-01-03-three.md"});
  // A post needs its own body; its neighbour's title is front matter.
  const auto post = json_of(session.render(R"({"path":"/2024/01/02/two.html"})"));
  CHECK(post["found"] == true);
  CHECK(needs_of(post) == Paths{"_posts/2024-01-02-two.md"});
  CHECK(post["html"].get<std::string>().find("<p>One</p>") != std::string::npos);

  // With every body in, nothing more is needed and the counts are real.
  session.put_file("_posts/2024-01-03-three.md", post_three);
  session.put_file("_posts/2024-01-02-two.md", post_two);
  json_of(session.build(R"({"partial":["_posts/2024-01-01-one.md"]})"));
  const auto complete = json_of(session.render(R"({"path":"/blog/"})"));
  CHECK(needs_of(complete).empty());
  CHECK(complete["html"].get<std::string>().find("Three: 2 words. Two: 2 words.") != std::string::npos);
}

TEST_CASE("a partial build formats a paper when a view shows it; the complete build reports what that finds",
          "[body_reads]") {
  const std::string bib =
      "@inproceedings{a2024,\n  title = {Fast {S}ystems},\n  author = {Sun, Peng, Zhang, Wei},\n"
      "  booktitle = {OSDI},\n  year = {2024},\n  selected = {true}\n}\n";
  const auto has_comma_warning = [](const nlohmann::json& build) {
    for (const auto& d : build["diagnostics"]) {
      if (d["message"].get<std::string>().find("commas") != std::string::npos) return true;
    }
    return false;
  };
  folio::SiteSession session;
  session.put_file("_config.yml", "title: Lab\n");
  session.put_file("_pages/about.md", "---\nlayout: about\ntitle: about\nselected_papers: true\n---\nHi.\n");
  session.put_file("_bibliography/papers.bib", bib);
  session.put_file("_news/a.md", "---\ndate: 2024-01-01\ninline: true\n---\n");
  const auto partial = json_of(session.build(R"({"partial":["_news/a.md"]})"));
  CHECK_FALSE(has_comma_warning(partial));
  const std::string about = json_of(session.render(R"({"view":"about"})"))["html"];
  CHECK(about.find("Fast Systems") != std::string::npos);
  CHECK(about.find("Zhang") != std::string::npos);

  session.put_file("_news/a.md", "---\ndate: 2024-01-01\ninline: true\n---\nBody.\n");
  const auto complete = json_of(session.build("{}"));
  CHECK(has_comma_warning(complete));
  CHECK(json_of(session.render(R"({"view":"about"})"))["html"] == about);
}
