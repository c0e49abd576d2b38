#include <catch2/catch.hpp>

#include "plugins/plugins.h"
#include "site/site_model.h"
#include "site_fixture.h"

using folio::testing::site_files;

namespace {

struct Read {
  folio::Diagnostics diagnostics;
  folio::site::SiteModel site;
};

Read read_with_plugins(const folio::SourceFiles& files) {
  Read read;
  read.site = folio::site::read_site_model(files, folio::site::SiteModelOptions{0}, read.diagnostics);
  folio::plugins::add_site_data(files, read.site, read.diagnostics);
  return read;
}

constexpr const char* kConfig =
    "jekyll_get_json:\n"
    "  - data: resume\n"
    "    json: assets/json/resume.json\n"
    "  - data: remote\n"
    "    json: https://example.org/resume.json\n";

}  // namespace

TEST_CASE("jekyll-get-json puts a local JSON file at site.data.NAME, beside _data") {
  const Read read = read_with_plugins(site_files({
      {"_config.yml", kConfig},
      {"_data/cv.yml", "- title: General\n"},
      {"assets/json/resume.json", R"({"basics": {"name": "Albert Einstein", "profiles": [{"network": "X"}]}})"},
  }));
  CHECK(read.site.data.lookup("resume").lookup("basics").lookup("name").as_string() == "Albert Einstein");
  CHECK(read.site.data.lookup("resume").lookup("basics").lookup("profiles").as_array().size() == 1);
  CHECK(read.site.data.lookup("cv").is_array());
  // The URL is reported, with what to do, and left out.
  CHECK(read.site.data.lookup("remote").is_nil());
  REQUIRE(read.diagnostics.all().size() == 1);
  CHECK(read.diagnostics.all()[0].file == "_config.yml");
  CHECK(read.diagnostics.all()[0].message.find("https://example.org/resume.json") != std::string::npos);
  CHECK(read.diagnostics.all()[0].message.find("save it in the repository") != std::string::npos);
}

TEST_CASE("jekyll-get-json: a missing or broken file is reported, site.data stays as _data made it") {
  const Read missing = read_with_plugins(site_files({{"_config.yml", kConfig}}));
  CHECK(missing.site.data.lookup("resume").is_nil());
  CHECK(missing.diagnostics.all().size() == 2);
  const Read broken = read_with_plugins(site_files({{"_config.yml", "jekyll_get_json:\n  - data: resume\n    json: /r.json\n"},
                                                    {"r.json", "{\"basics\": "}}));
  CHECK(broken.site.data.lookup("resume").is_nil());
  REQUIRE(broken.diagnostics.has_errors());
  CHECK(broken.diagnostics.all()[0].file == "r.json");
}

TEST_CASE("without jekyll_get_json nothing changes") {
  const Read read = read_with_plugins(site_files({{"_config.yml", "title: x\n"}, {"_data/a.yml", "k: v\n"}}));
  CHECK(read.site.data.lookup("a").lookup("k").as_string() == "v");
  CHECK(read.diagnostics.all().empty());
}
