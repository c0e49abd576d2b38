// A lazy build (api/site_session.h): build reads the config alone, and each
// model is read when an answer first needs it, reporting its problems in
// that answer. What a page shows must not depend on it.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <string>

#include "api/protocol.h"
#include "api/site_session.h"

namespace {

const std::map<std::string, std::string> kSite = {
    {"_config.yml", "title: Lab\ninclude: [_pages]\n"},
    {"_pages/about.md", "---\nlayout: about\ntitle: about\npermalink: /\nselected_papers: true\nnews: true\n---\nWe build systems.\n"},
    {"_pages/blog.md",
     "---\nlayout: page\ntitle: blog\npermalink: /blog/\nnav: true\nnav_order: 1\n---\n"
     "{% for post in site.posts %}[{{ post.title }}]{% endfor %}\n"},
    {"_posts/2024-01-02-first.md", "---\ntitle: First post\n---\nBody.\n"},
    // Only the Jekyll site reads posts: its warning comes with the first page that reads them.
    {"_posts/undated.md", "---\ntitle: Undated\n---\nBody.\n"},
    {"_news/2024-03-01-award.md", "---\ndate: 2024-03-01\ninline: true\n---\nWe won an award.\n"},
    // Only folio's model reads the bibliography: its error comes with the first view.
    {"_bibliography/papers.bib", "@article{ok, title={A Paper}, author={Ada Lovelace}, year={2024}, selected={true}}\n"
                                 "@article{broken, title={Unclosed\n"},
};

folio::SiteSession session_of(bool lazy) {
  folio::SiteSession session;
  for (const auto& [path, text] : kSite) session.put_file(path, text);
  session.build(nlohmann::json{{"lazy", lazy}, {"time", 1796860800}}.dump());
  return session;
}

nlohmann::json answer_of(const std::string& answer) { return folio::parse_answer_with_text(answer, "html"); }

nlohmann::json render(folio::SiteSession& session, const nlohmann::json& request) {
  return answer_of(session.render(request.dump()));
}

// The files the diagnostics name.
std::set<std::string> files_of(const nlohmann::json& diagnostics) {
  std::set<std::string> files;
  if (!diagnostics.is_array()) return files;
  for (const auto& d : diagnostics) files.insert(d["file"].get<std::string>());
  return files;
}

}  // namespace

TEST_CASE("a lazy build reports each model's problems with the answer that first read it", "[session][lazy]") {
  folio::SiteSession session;
  for (const auto& [path, text] : kSite) session.put_file(path, text);
  const nlohmann::json built = nlohmann::json::parse(session.build(R"({"lazy": true, "time": 1796860800})"));
  CHECK(files_of(built["diagnostics"]).empty());

  const nlohmann::json about = render(session, {{"view", "about"}});
  CHECK(files_of(about["site_diagnostics"]) == std::set<std::string>{"_bibliography/papers.bib"});
  CHECK(about["html"].get<std::string>().find("A Paper") != std::string::npos);
  CHECK(about["nav_html"].get<std::string>().find(">blog</a>") != std::string::npos);

  const nlohmann::json blog = render(session, {{"path", "/blog/"}});
  CHECK(files_of(blog["site_diagnostics"]) == std::set<std::string>{"_posts/undated.md"});
  CHECK(blog["html"].get<std::string>().find("[First post]") != std::string::npos);

  // Reported once: the next answers carry nothing new.
  CHECK_FALSE(render(session, {{"view", "about"}}).contains("site_diagnostics"));
  CHECK_FALSE(render(session, {{"path", "/blog/"}}).contains("site_diagnostics"));
}

TEST_CASE("a build that is not lazy reports every model's problems at once", "[session][lazy]") {
  folio::SiteSession session;
  for (const auto& [path, text] : kSite) session.put_file(path, text);
  const nlohmann::json built = nlohmann::json::parse(session.build(R"({"time": 1796860800})"));
  CHECK(files_of(built["diagnostics"]) == std::set<std::string>{"_bibliography/papers.bib", "_posts/undated.md"});
  CHECK_FALSE(render(session, {{"view", "about"}}).contains("site_diagnostics"));
}

TEST_CASE("a lazy session draws every page as an eager one does", "[session][lazy]") {
  const std::vector<nlohmann::json> requests = {
      {{"view", "about"}},        {{"view", "news"}},          {{"view", "publications"}},
      {{"view", "blog/"}},        {{"path", "/blog/"}},        {{"path", "/2024/01/02/first.html"}},
      {{"view", "about"}, {"widget", true}},
  };
  for (const nlohmann::json& request : requests) {
    // A fresh lazy session per request: each is the first to read what it needs.
    folio::SiteSession lazy = session_of(true);
    folio::SiteSession eager = session_of(false);
    const nlohmann::json from_lazy = render(lazy, request);
    const nlohmann::json from_eager = render(eager, request);
    INFO(request.dump());
    for (const char* key : {"html", "nav_html", "footer_html", "title", "found"}) {
      INFO(key);
      CHECK(from_lazy.value(key, nlohmann::json()) == from_eager.value(key, nlohmann::json()));
    }
    CHECK(from_lazy.value("html", std::string()).size() > 0);
  }
  folio::SiteSession lazy = session_of(true);
  folio::SiteSession eager = session_of(false);
  CHECK(nlohmann::json::parse(lazy.routes()) == nlohmann::json::parse(eager.routes()));
}
