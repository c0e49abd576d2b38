// The small pieces of the site model, each against what Ruby and Jekyll 4.3
// answer for the same input (Time.parse, Psych, Utils.slugify, CSV).
#include <catch2/catch.hpp>

#include "site/csv_table.h"
#include "site/entry_filter.h"
#include "site/jekyll_time.h"
#include "site/slugify.h"
#include "site/yaml_value.h"

using folio::liquid::inspect;

TEST_CASE("Dates as Ruby's Time.parse reads them, shown in UTC", "[site][time]") {
  struct Case {
    const char* text;
    const char* expected;  // Time.parse(text).localtime.to_s on a UTC machine; "" when Ruby raises
  };
  const Case cases[] = {
      {"2015-03-15", "2015-03-15 00:00:00 +0000"},
      {"2015-3-5", "2015-03-05 00:00:00 +0000"},
      {"2015-10-22 15:59:00-0400", "2015-10-22 19:59:00 +0000"},
      {"2015-10-22 15:59:00 +08:00", "2015-10-22 07:59:00 +0000"},
      {"2015-10-22T15:59Z", "2015-10-22 15:59:00 +0000"},
      {"2022-02-01 17:39", "2022-02-01 17:39:00 +0000"},
      {"2015-02-30", "2015-03-02 00:00:00 +0000"},  // Ruby rolls the day over
      {"2015-13-01", ""},
      {"2015-02-32", ""},
      {"2015-10-22 25:00", ""},
      {"soon", ""},
  };
  for (const Case& c : cases) {
    SECTION(c.text) {
      const auto time = folio::site::parse_jekyll_time(c.text);
      CHECK((time ? folio::site::ruby_time_string(folio::site::in_utc(*time)) : "") == c.expected);
    }
  }
  SECTION("a time keeps its own offset until it is shown in UTC") {
    CHECK(folio::site::ruby_time_string(*folio::site::parse_jekyll_time("2015-10-22 15:59:00 -0400")) ==
          "2015-10-22 15:59:00 -0400");
    CHECK(folio::site::ruby_time_string(*folio::site::parse_jekyll_time("2015-10-22T15:59:00Z")) ==
          "2015-10-22 15:59:00 UTC");
  }
}

TEST_CASE("strftime for permalinks, as Ruby formats", "[site][time]") {
  struct Case {
    const char* time;
    const char* pattern;
    const char* expected;  // Time#strftime
  };
  const Case cases[] = {
      {"2021-01-01", "%Y %m %d %H %M %S %-d %-m %b %B %y %G %V %u %a %A %j",
       "2021 01 01 00 00 00 1 1 Jan January 21 2020 53 5 Fri Friday 001"},
      {"2024-12-30 13:05:09", "%G %V %u %a %j", "2025 01 1 Mon 365"},
      {"2016-02-29 23:59:59", "%j %V %G %A", "060 09 2016 Monday"},
      {"1969-12-31 23:00:00 -0100", "%Y-%m-%d %H:%M", "1970-01-01 00:00"},
  };
  for (const Case& c : cases) {
    SECTION(c.time) {
      CHECK(folio::site::format_time(folio::site::in_utc(*folio::site::parse_jekyll_time(c.time)), c.pattern) ==
            c.expected);
    }
  }
}

TEST_CASE("YAML scalars typed as Psych types them", "[site][yaml]") {
  struct Case {
    const char* yaml;
    const char* expected;  // Ruby's inspect of YAML.safe_load(yaml)["a"], dates as their to_s
  };
  const Case cases[] = {
      {"a: 2015-10-22 15:59:00-0400", "\"2015-10-22 15:59:00 -0400\""},
      {"a: 2015-10-22", "\"2015-10-22\""},
      {"a: 2015-1-2", "\"2015-01-02\""},
      {"a: 2015-02-30", "\"2015-02-30\""},
      {"a: 2015-10-22 15:59", "\"2015-10-22 15:59\""},
      {"a: \"2015-10-22\"", "\"2015-10-22\""},
      {"a: 1e5", "\"1e5\""},
      {"a: 1.5", "1.5"},
      {"a: 0123", "83"},
      {"a: 0x1f", "31"},
      {"a: 1_000", "1000"},
      {"a: 7539967447", "7539967447"},
      {"a: yes", "true"},
      {"a: Off", "false"},
      {"a: ~", "nil"},
      {"a:", "nil"},
      {"a: 'true'", "\"true\""},
      {"a: |\n  x\n", "\"x\\n\""},
      {"a: [1, two, 3.0]", "[1, \"two\", 3.0]"},
      {"a: {b: 1, a: 2}", "{\"b\"=>1, \"a\"=>2}"},
  };
  for (const Case& c : cases) {
    SECTION(c.yaml) {
      const folio::liquid::Value value = folio::site::yaml_to_value(YAML::Load(c.yaml));
      CHECK(inspect(value.lookup("a")) == c.expected);
    }
  }
}

TEST_CASE("Slugs and titles as Jekyll makes them", "[site][slug]") {
  using folio::site::SlugMode;
  struct Case {
    const char* text;
    SlugMode mode;
    const char* expected;  // Jekyll::Utils.slugify
  };
  const Case cases[] = {
      {"The _config.yml file?!", SlugMode::default_mode, "the-config-yml-file"},
      {"The _config.yml file?!", SlugMode::pretty, "the-_config.yml-file-!"},
      {"Caf\xC3\xA9 \xC3\x9Cn\xC3\xAF" "code", SlugMode::ascii, "caf-n-code"},
      {"  --Hello   World--  ", SlugMode::default_mode, "hello-world"},
      {"Hello World", SlugMode::raw, "hello-world"},
      {"\xC3\x89" "COLE", SlugMode::default_mode, "\xC3\xA9" "cole"},
  };
  for (const Case& c : cases) {
    SECTION(c.text) { CHECK(folio::site::slugify(c.text, c.mode) == c.expected); }
  }
  CHECK(folio::site::titleize_slug("formatting-and-links") == "Formatting And Links");
  CHECK(folio::site::titleize_slug("hELLO-wORLD") == "Hello World");
  CHECK(folio::site::titleize_slug("announcement_1") == "Announcement_1");
}

TEST_CASE("Which files Jekyll reads: special names, include and exclude", "[site][filter]") {
  const folio::site::EntryFilter filter({".htaccess", "_pages"},
                                        {"bin/", "README.md", "_pages/about_einstein.md", "node_modules",
                                         "vendor/bundle/", "*.log"});
  struct Case {
    const char* path;
    bool read;
  };
  const Case cases[] = {
      {"index.md", true},
      {"_pages/about.md", true},
      {"_pages/about_einstein.md", false},  // within an included folder, an excluded file stays out (al-folio)
      {".htaccess", true},
      {"_config.yml", false},
      {"_layouts/default.liquid", false},
      {".github/workflows/x.yml", false},
      {"#draft.md", false},
      {"notes.md~", false},
      {"bin/deploy", false},
      {"README.md", false},
      {"README.md.bak", false},  // Jekyll's exclude also matches as a prefix
      {"docs/README.md", true},
      {"node_modules/x/index.html", false},
      {"vendor/bundle/x.md", false},
      {"debug.log", false},
      {"assets/_private/x.md", false},
  };
  for (const Case& c : cases) {
    SECTION(c.path) { CHECK(filter.accepts(c.path) == c.read); }
  }
}

TEST_CASE("CSV rows as Ruby's CSV reads them with headers", "[site][data]") {
  folio::Diagnostics diagnostics;
  const folio::liquid::Value rows =
      folio::site::read_csv_table("name,age\nAda,36\n\n\"Multi\nline\",\"say \"\"hi\"\"\",extra\n", ',', "x.csv",
                                  diagnostics);
  // Ruby: [{"name"=>"Ada", "age"=>"36"}, {"name"=>nil, "age"=>nil}, {"name"=>"Multi\nline", "age"=>"say \"hi\"", nil=>"extra"}]
  CHECK(inspect(rows) ==
        "[{\"name\"=>\"Ada\", \"age\"=>\"36\"}, {\"name\"=>nil, \"age\"=>nil}, "
        "{\"name\"=>\"Multi\\nline\", \"age\"=>\"say \\\"hi\\\"\"}]");
  REQUIRE(diagnostics.size() == 1);  // the unnamed extra field
  CHECK(diagnostics.all()[0].line == 4);
  CHECK(diagnostics.all()[0].severity == folio::Severity::warning);
  SECTION("Windows line ends") {
    CHECK(inspect(folio::site::read_csv_table("a,b\r\n1,2\r\n", ',', "x.csv", diagnostics)) ==
          "[{\"a\"=>\"1\", \"b\"=>\"2\"}]");
  }
}
