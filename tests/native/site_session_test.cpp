// The whole render request through SiteSession, as the wasm boundary makes it:
// limits, bad bytes and odd requests end as diagnostics or defaults, never as
// a broken page.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "api/protocol.h"
#include "api/site_session.h"
#include "model/source_files.h"

namespace {

// Answers are JSON, render answers with the HTML after it (protocol.h).
nlohmann::json json_of(const std::string& answer) { return folio::parse_answer_with_text(answer, "html"); }

bool has_diagnostic(const nlohmann::json& build, const std::string& file, const std::string& text) {
  for (const auto& d : build["diagnostics"]) {
    if (d["file"] == file && d["message"].get<std::string>().find(text) != std::string::npos) return true;
  }
  return false;
}

const char* const kAbout = "---\ntitle: about\nsubtitle: Sub\nnews: true\n---\nHello **world**.\n";

}  // namespace

TEST_CASE("a file over the size limit is left out with an error; the rest renders", "[site_session]") {
  folio::SiteSession session;
  session.put_file("_pages/about.md", kAbout);
  session.put_file("_news/big.md", std::string(folio::kMaxFileBytes + 1, 'x'));
  const auto build = json_of(session.build(""));
  CHECK(build["ok"] == false);
  CHECK(has_diagnostic(build, "_news/big.md", "more than the 32 MB folio reads"));
  const auto about = json_of(session.render(R"({"view":"about"})"));
  CHECK(about["html"].get<std::string>().find("Hello <strong>world</strong>.") != std::string::npos);
  // Replaced by a file within the limit, it is read again.
  session.put_file("_news/big.md", "---\ntitle: Small now\ndate: 2024-01-01\n---\n");
  CHECK(json_of(session.build(""))["ok"] == true);
}

TEST_CASE("invalid UTF-8 reaches the page as U+FFFD, never as the bytes", "[site_session]") {
  folio::SiteSession session;
  session.put_file("_pages/about.md",
                   "---\ntitle: t\nsubtitle: \"a\xFF\xFE b\"\n---\nc\xC0\xAF d \xED\xA0\x80 e\xF4\x90\x80\x80\n");
  session.put_file("_config.yml", "title: \"Lab \xE2\x82\"\n");
  const auto build = json_of(session.build(""));
  CHECK(has_diagnostic(build, "_pages/about.md", "not UTF-8"));
  CHECK(has_diagnostic(build, "_config.yml", "not UTF-8"));
  const std::string html = json_of(session.render(R"({"view":"about"})"))["html"];
  CHECK(html.find("a\xEF\xBF\xBD\xEF\xBF\xBD b") != std::string::npos);
  CHECK(html.find("c\xEF\xBF\xBD\xEF\xBF\xBD d \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD e") != std::string::npos);
  CHECK(html.find("Lab \xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("route and asset bases must be linkable URLs", "[site_session]") {
  folio::SiteSession session;
  session.put_file("_pages/about.md", "---\ntitle: t\nprofile:\n  image: me.jpg\n---\n");
  session.put_file("_news/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\n");
  session.build("");
  const auto html = [&](const nlohmann::json& request) {
    return json_of(session.render(request.dump()))["html"].get<std::string>();
  };
  const auto render = [&](const std::string& route_base, const std::string& asset_base) {
    return html({{"view", "news"}, {"route_base", route_base}, {"asset_base", asset_base}}) +
           html({{"view", "about"}, {"asset_base", asset_base}});
  };
  const std::string fine = render("https://lab.example.org/#/", "https://lab.example.org/content/");
  CHECK(fine.find("href=\"https://lab.example.org/#/news/a/\"") != std::string::npos);
  CHECK(fine.find("src=\"https://lab.example.org/content/assets/img/me.jpg\"") != std::string::npos);
  const std::string hostile = render("javascript:alert(1)//", " JaVa\tScRiPt:alert(1)//");
  CHECK(hostile.find("javascript") == std::string::npos);
  CHECK(hostile.find("href=\"#/news/a/\"") != std::string::npos);
  CHECK(hostile.find("src=\"assets/img/me.jpg\"") != std::string::npos);
}

TEST_CASE("a profile image with a scheme that may not be shown is left out", "[site_session]") {
  for (const char* image : {"javascript:alert(1)", "data:image/svg+xml,<svg onload=alert(1)>", "vbscript:x"}) {
    folio::SiteSession session;
    session.put_file("_pages/about.md", std::string("---\ntitle: t\nprofile:\n  image: \"") + image + "\"\n---\n");
    session.build("");
    const std::string html = json_of(session.render(R"({"view":"about"})"))["html"];
    INFO(image);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<div class=\"profile float-right\">") != std::string::npos);
  }
}

TEST_CASE("a request of the wrong shape renders with defaults", "[site_session]") {
  folio::SiteSession session;
  session.put_file("_pages/about.md", kAbout);
  session.build("not json");
  for (const char* request : {"", "null", "[1,2]", "{\"view\": 7}", "{\"limit\": -5, \"year\": \"x\"}", "{"}) {
    INFO(request);
    const auto answer = json_of(session.render(request));
    CHECK(answer["found"] == true);
    CHECK(answer["html"].get<std::string>().find("Hello") != std::string::npos);
  }
}

TEST_CASE("folio_trusted_html lets the site's own pages embed an https iframe; widgets never", "[site_session]") {
  const std::string about =
      "---\ntitle: t\n---\n<iframe src=\"https://www.youtube-nocookie.com/embed/x\" allowfullscreen></iframe>\n\n"
      "<iframe src=\"javascript:alert(1)\"></iframe><iframe src=\"http://plain.example.org/\"></iframe>\n";
  for (const bool trusted : {false, true}) {
    folio::SiteSession session;
    session.put_file("_config.yml", trusted ? "title: t\nfolio_trusted_html: true\n" : "title: t\n");
    session.put_file("_pages/about.md", about);
    session.build("");
    const std::string shell = json_of(session.render(R"({"view":"about"})"))["html"];
    const std::string widget = json_of(session.render(R"({"view":"about","widget":true})"))["html"];
    INFO("trusted: " << trusted);
    CHECK((shell.find("<iframe src=\"https://www.youtube-nocookie.com/embed/x\" allowfullscreen></iframe>") !=
           std::string::npos) == trusted);
    CHECK(widget.find("<iframe") == std::string::npos);
    CHECK(shell.find("javascript") == std::string::npos);
    CHECK(shell.find("plain.example.org") == std::string::npos);
  }
}

TEST_CASE("file paths and request strings with bad bytes never reach the page as such", "[site_session]") {
  folio::SiteSession session;
  session.put_file("_pages/about.md", kAbout);
  session.put_file(std::string("_news/a\0b\xFF.md", 13), "---\ntitle: T\ndate: 2024-01-01\n---\nx\n");
  session.build("");
  const auto model = json_of(session.model());
  REQUIRE(model["news"].size() == 1);
  CHECK(model["news"][0]["id"] == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  const std::string archive = json_of(session.render(R"({"view":"news"})"))["html"];
  CHECK(archive.find("href=\"#/news/a%EF%BF%BDb%EF%BF%BD/\"") != std::string::npos);
  const std::string not_found = json_of(session.render(R"({"view":"news/a\u0000b"})"))["html"];
  CHECK(not_found.find('\0') == std::string::npos);
  CHECK(not_found.find("<code>a\xEF\xBF\xBD" "b</code>") != std::string::npos);
}

TEST_CASE("a render answer is its JSON, a NUL, then exactly html_bytes of HTML", "[site_session]") {
  folio::SiteSession session;
  session.put_file("_pages/about.md", "---\ntitle: about\n---\nCaf\xC3\xA9 \"quoted\" \\ <b>bold</b> \xE5\xAE\x9E\xE9\xAA\x8C.\n");
  session.build("{}");
  const std::string answer = session.render(R"({"view":"about"})");
  const size_t end = answer.find('\0');
  REQUIRE(end != std::string::npos);
  const auto header = nlohmann::json::parse(answer.substr(0, end));
  CHECK_FALSE(header.contains("html"));
  const std::string html = answer.substr(end + 1);
  CHECK(header["html_bytes"].get<size_t>() == html.size());
  // The HTML is written as it is: no JSON escapes of quotes (kramdown's curly
  // ones in text, straight ones in attributes), backslashes or non-ASCII.
  CHECK(html.find("Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \\ <b>bold</b> \xE5\xAE\x9E\xE9\xAA\x8C.") != std::string::npos);
  CHECK(html.find("<div class=\"post\">") != std::string::npos);
  CHECK(folio::parse_answer_with_text(answer, "html")["html"] == html);
  // A text cut short or grown is a broken answer, not a shorter page.
  CHECK_THROWS(folio::parse_answer_with_text(answer.substr(0, answer.size() - 1), "html"));
  CHECK_THROWS(folio::parse_answer_with_text(answer + "x", "html"));
  // Answers without text stay plain JSON.
  CHECK(folio::parse_answer_with_text(session.build("{}"), "html").count("html") == 0);
}
