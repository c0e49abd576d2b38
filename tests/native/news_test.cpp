#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "core/emoji.h"
#include "news/news_date.h"
#include "parse/news_parser.h"
#include "parse/site_parser.h"
#include "views/view_router.h"

using Catch::Contains;

namespace {

struct ParsedSite {
  folio::Site site;
  folio::Diagnostics diagnostics;
};

ParsedSite parse(const std::map<std::string, std::string>& files) {
  folio::SourceFiles sources;
  for (const auto& [path, text] : files) sources.text_by_path[path] = text;
  ParsedSite parsed;
  parsed.site = folio::parse_site(sources, parsed.diagnostics);
  return parsed;
}

std::string news_file(const std::string& front_matter, const std::string& body = "") {
  return "---\n" + front_matter + "---\n" + body;
}

std::vector<std::string> ids_of(const folio::Site& site) {
  std::vector<std::string> ids;
  for (const folio::NewsItem& item : site.news) ids.push_back(item.id);
  return ids;
}

size_t count_of(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++count;
  return count;
}

const folio::Diagnostic* find_diagnostic(const folio::Diagnostics& diagnostics, const std::string& file,
                                         const std::string& fragment) {
  for (const folio::Diagnostic& d : diagnostics.all()) {
    if (d.file == file && d.message.find(fragment) != std::string::npos) return &d;
  }
  return nullptr;
}

std::vector<std::string> news_diagnostics(const folio::Diagnostics& diagnostics) {
  std::vector<std::string> found;
  for (const folio::Diagnostic& d : diagnostics.all()) {
    if (d.file.rfind("_news/", 0) == 0 || d.file == "_data/news.yml") found.push_back(folio::format_diagnostic(d));
  }
  return found;
}

constexpr const char* kAbout = "---\nlayout: about\nnews: true\n---\nHello\n";

}  // namespace

// Expected values printed by Ruby 3.1 doing what Jekyll does with a front
// matter date: Time.parse(YAML.load("date: <text>")["date"].to_s).localtime
// with TZ set to the site's timezone, then strftime("%b %d, %Y %H:%M %z").
TEST_CASE("news dates in every form Jekyll reads, shown in the site's timezone", "[news][date]") {
  struct Case {
    const char* text;
    bool quoted;
    const char* utc;
    const char* new_york;
    const char* shanghai;
  };
  const Case cases[] = {
      {"2024-06-29", false, "Jun 29, 2024 00:00 +0000", "Jun 29, 2024 00:00 -0400", "Jun 29, 2024 00:00 +0800"},
      {"2024-06-29", true, "Jun 29, 2024 00:00 +0000", "Jun 29, 2024 00:00 -0400", "Jun 29, 2024 00:00 +0800"},
      {"2024-06-29 16:11:00-0400", false, "Jun 29, 2024 20:11 +0000", "Jun 29, 2024 16:11 -0400", "Jun 30, 2024 04:11 +0800"},
      {"2024-06-29 16:11:00-0400", true, "Jun 29, 2024 20:11 +0000", "Jun 29, 2024 16:11 -0400", "Jun 30, 2024 04:11 +0800"},
      {"2024-06-29T16:11:00Z", false, "Jun 29, 2024 16:11 +0000", "Jun 29, 2024 12:11 -0400", "Jun 30, 2024 00:11 +0800"},
      {"2024-06-29T16:11:00Z", true, "Jun 29, 2024 16:11 +0000", "Jun 29, 2024 12:11 -0400", "Jun 30, 2024 00:11 +0800"},
      {"2024-06-29t16:11:00z", false, "Jun 29, 2024 16:11 +0000", "Jun 29, 2024 12:11 -0400", "Jun 30, 2024 00:11 +0800"},
      {"2024-06-29t16:11:00z", true, "Jun 29, 2024 16:11 +0000", "Jun 29, 2024 12:11 -0400", "Jun 30, 2024 00:11 +0800"},
      {"2024-06-29T16:11:00+08:00", false, "Jun 29, 2024 08:11 +0000", "Jun 29, 2024 04:11 -0400", "Jun 29, 2024 16:11 +0800"},
      {"2024-06-29T16:11:00+08:00", true, "Jun 29, 2024 08:11 +0000", "Jun 29, 2024 04:11 -0400", "Jun 29, 2024 16:11 +0800"},
      {"2024-06-29 16:11:00 +0530", false, "Jun 29, 2024 10:41 +0000", "Jun 29, 2024 06:41 -0400", "Jun 29, 2024 18:41 +0800"},
      {"2024-06-29 16:11:00 +0530", true, "Jun 29, 2024 10:41 +0000", "Jun 29, 2024 06:41 -0400", "Jun 29, 2024 18:41 +0800"},
      {"2024-06-29 16:11:00 -04", false, "Jun 29, 2024 20:11 +0000", "Jun 29, 2024 16:11 -0400", "Jun 30, 2024 04:11 +0800"},
      {"2024-06-29 16:11:00 -04", true, "Jun 29, 2024 20:11 +0000", "Jun 29, 2024 16:11 -0400", "Jun 30, 2024 04:11 +0800"},
      {"2024-06-29 16:11:00 UTC", false, "Jun 29, 2024 16:11 +0000", "Jun 29, 2024 12:11 -0400", "Jun 30, 2024 00:11 +0800"},
      {"2024-06-29 16:11:00 UTC", true, "Jun 29, 2024 16:11 +0000", "Jun 29, 2024 12:11 -0400", "Jun 30, 2024 00:11 +0800"},
      {"2024-06-29 16:11:00.250-0400", false, "Jun 29, 2024 20:11 +0000", "Jun 29, 2024 16:11 -0400", "Jun 30, 2024 04:11 +0800"},
      {"2024-06-29 16:11:00.250-0400", true, "Jun 29, 2024 20:11 +0000", "Jun 29, 2024 16:11 -0400", "Jun 30, 2024 04:11 +0800"},
      {"2024-06-29 16:11", false, "Jun 29, 2024 16:11 +0000", "Jun 29, 2024 16:11 -0400", "Jun 29, 2024 16:11 +0800"},
      {"2024-06-29 16:11", true, "Jun 29, 2024 16:11 +0000", "Jun 29, 2024 16:11 -0400", "Jun 29, 2024 16:11 +0800"},
      {"2024-06-29   9:05:07", false, "Jun 29, 2024 09:05 +0000", "Jun 29, 2024 05:05 -0400", "Jun 29, 2024 17:05 +0800"},
      {"2024-06-29   9:05:07", true, "Jun 29, 2024 09:05 +0000", "Jun 29, 2024 09:05 -0400", "Jun 29, 2024 09:05 +0800"},
      {"2024-6-9", false, "Jun 09, 2024 00:00 +0000", "Jun 09, 2024 00:00 -0400", "Jun 09, 2024 00:00 +0800"},
      {"2024-6-9", true, "Jun 09, 2024 00:00 +0000", "Jun 09, 2024 00:00 -0400", "Jun 09, 2024 00:00 +0800"},
      {"2024-02-29", false, "Feb 29, 2024 00:00 +0000", "Feb 29, 2024 00:00 -0500", "Feb 29, 2024 00:00 +0800"},
      {"2024-02-29", true, "Feb 29, 2024 00:00 +0000", "Feb 29, 2024 00:00 -0500", "Feb 29, 2024 00:00 +0800"},
      {"June 29, 2024", false, "Jun 29, 2024 00:00 +0000", "Jun 29, 2024 00:00 -0400", "Jun 29, 2024 00:00 +0800"},
      {"June 29, 2024", true, "Jun 29, 2024 00:00 +0000", "Jun 29, 2024 00:00 -0400", "Jun 29, 2024 00:00 +0800"},
      {"2024/06/29", false, "Jun 29, 2024 00:00 +0000", "Jun 29, 2024 00:00 -0400", "Jun 29, 2024 00:00 +0800"},
      {"2024/06/29", true, "Jun 29, 2024 00:00 +0000", "Jun 29, 2024 00:00 -0400", "Jun 29, 2024 00:00 +0800"},
      {"2024-06-29 16:11:00 PST", false, "Jun 30, 2024 00:11 +0000", "Jun 29, 2024 20:11 -0400", "Jun 30, 2024 08:11 +0800"},
      {"2024-06-29 16:11:00 PST", true, "Jun 30, 2024 00:11 +0000", "Jun 29, 2024 20:11 -0400", "Jun 30, 2024 08:11 +0800"},
      {"2026-03-05 22:00:00-0400", false, "Mar 06, 2026 02:00 +0000", "Mar 05, 2026 21:00 -0500", "Mar 06, 2026 10:00 +0800"},
      {"2026-03-05 22:00:00-0400", true, "Mar 06, 2026 02:00 +0000", "Mar 05, 2026 21:00 -0500", "Mar 06, 2026 10:00 +0800"},
      {"2026-03-05 22:00:00", false, "Mar 05, 2026 22:00 +0000", "Mar 05, 2026 17:00 -0500", "Mar 06, 2026 06:00 +0800"},
      {"2026-03-05 22:00:00", true, "Mar 05, 2026 22:00 +0000", "Mar 05, 2026 22:00 -0500", "Mar 05, 2026 22:00 +0800"},
      {"2024-12-31 23:30:00", false, "Dec 31, 2024 23:30 +0000", "Dec 31, 2024 18:30 -0500", "Jan 01, 2025 07:30 +0800"},
      {"2024-12-31 23:30:00", true, "Dec 31, 2024 23:30 +0000", "Dec 31, 2024 23:30 -0500", "Dec 31, 2024 23:30 +0800"},
  };
  const folio::TimeZone new_york = *folio::TimeZone::named("America/New_York");
  const folio::TimeZone shanghai = *folio::TimeZone::named("Asia/Shanghai");
  for (const Case& c : cases) {
    CAPTURE(c.text, c.quoted);
    for (const auto& [zone, expected] : {std::pair{folio::TimeZone::utc(), c.utc}, std::pair{new_york, c.new_york},
                                         std::pair{shanghai, c.shanghai}}) {
      CAPTURE(zone.name());
      const folio::NewsDateParse parsed = folio::parse_news_date(c.text, c.quoted, zone);
      REQUIRE(parsed.date);
      CHECK(parsed.problem.empty());
      CHECK(folio::format_strftime("%b %d, %Y %H:%M %z", *parsed.date) == expected);
    }
  }
}

TEST_CASE("news dates that are not dates say why", "[news][date]") {
  struct Case { const char* text; const char* problem; bool still_a_date; };
  const Case cases[] = {
      {"", "empty", false},
      {"soon", "not a date Jekyll can read", false},
      {"2024", "not a date Jekyll can read", false},
      {"2024-13-01", "no month 13", false},
      {"2024-00-10", "no month 0", false},
      {"2024-06-29 25:00:00", "not a date Jekyll can read", false},
      {"2024-06-29 12:60:00", "not a date Jekyll can read", false},
      // Ruby moves a day the month lacks into the next month; folio does too, and says so.
      {"2024-02-30", "February 2024 has no day 30, so Jekyll shows March 01, 2024", true},
      {"2023-02-29", "February 2023 has no day 29", true},
      {"2024-06-31", "June 2024 has no day 31, so Jekyll shows July 01, 2024", true},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const folio::NewsDateParse parsed = folio::parse_news_date(c.text, false, folio::TimeZone::utc());
    CHECK(parsed.date.has_value() == c.still_a_date);
    CHECK_THAT(parsed.problem, Contains(c.problem));
  }
}

TEST_CASE("news dates order by instant and print in the site's timezone", "[news][date]") {
  const auto instant = [](const char* text) {
    return folio::parse_news_date(text, false, folio::TimeZone::utc()).date->unix_seconds;
  };
  CHECK(instant("1970-01-01") == 0);
  CHECK(instant("2024-06-29 16:11:00-0400") == instant("2024-06-29T20:11:00Z"));
  CHECK(instant("2024-06-29T20:11:00+08:00") == instant("2024-06-29 12:11:00 UTC"));
  CHECK(instant("2024-06-29") < instant("2024-06-29T00:00:01Z"));
  CHECK(instant("2024-06-29 23:00:00-0400") > instant("2024-06-30 01:00:00 +0000"));

  struct Format { const char* text; const char* row; const char* page; const char* iso; };
  const Format formats[] = {
      {"2024-06-29", "Jun 29, 2024", "June 29, 2024", "2024-06-29"},
      {"2024-04-05", "Apr 05, 2024", "April 05, 2024", "2024-04-05"},
      {"2023-3-1", "Mar 01, 2023", "March 01, 2023", "2023-03-01"},
      {"2024-12-31 16:11:00-0400", "Dec 31, 2024", "December 31, 2024", "2024-12-31T20:11:00Z"},
      {"2026-03-05 22:00:00-0400", "Mar 06, 2026", "March 06, 2026", "2026-03-06T02:00:00Z"},
      {"2024-09-02T08:00:00Z", "Sep 02, 2024", "September 02, 2024", "2024-09-02T08:00:00Z"},
  };
  for (const Format& f : formats) {
    INFO(f.text);
    const folio::Timestamp date = *folio::parse_news_date(f.text, false, folio::TimeZone::utc()).date;
    CHECK(folio::format_news_row_date(date) == f.row);
    CHECK(folio::format_news_page_date(date) == f.page);
    CHECK(folio::format_iso_date(date) == f.iso);
  }
  const folio::TimeZone shanghai = *folio::TimeZone::named("Asia/Shanghai");
  CHECK(folio::format_iso_date(*folio::parse_news_date("2026-03-05 22:00:00-0400", false, shanghai).date) ==
        "2026-03-06T10:00:00+08:00");
}

TEST_CASE("the site's timezone moves news days; an unknown zone is reported", "[news][date][config]") {
  const std::string item = news_file("title: Late\ndate: 2026-03-05 22:00:00-0400\n");
  const auto utc = parse({{"_news/late.md", item}});
  CHECK(folio::format_news_row_date(*utc.site.news[0].date) == "Mar 06, 2026");
  const auto new_york = parse({{"_config.yml", "timezone: America/New_York\n"}, {"_news/late.md", item}});
  CHECK(folio::format_news_row_date(*new_york.site.news[0].date) == "Mar 05, 2026");
  const auto quoted = parse({{"_config.yml", "timezone: Asia/Shanghai\n"},
                             {"_news/late.md", news_file("title: Late\ndate: \"2026-03-05 22:00:00\"\n")}});
  CHECK(folio::format_iso_date(*quoted.site.news[0].date) == "2026-03-05T22:00:00+08:00");

  const auto unknown = parse({{"_config.yml", "title: Lab\ntimezone: Shanghai\n"}, {"_news/late.md", item}});
  CHECK(folio::format_news_row_date(*unknown.site.news[0].date) == "Mar 06, 2026");
  bool reported = false;
  for (const folio::Diagnostic& d : unknown.diagnostics.all()) {
    if (d.file == "_config.yml" && d.line == 2 && d.message.find("timezone: Shanghai") != std::string::npos &&
        d.message.find("Asia/Shanghai") != std::string::npos) {
      reported = true;
    }
  }
  CHECK(reported);
}

TEST_CASE("a date in the file name counts when the front matter has none, as in Jekyll", "[news][date]") {
  const folio::TimeZone utc = folio::TimeZone::utc();
  CHECK(folio::format_iso_date(*folio::date_from_file_name("2024-06-29-torchgt.md", utc)) == "2024-06-29");
  CHECK_FALSE(folio::date_from_file_name("announcement_1.md", utc));
  CHECK_FALSE(folio::date_from_file_name("2024-13-01-x.md", utc));
  CHECK_FALSE(folio::date_from_file_name("2024-06-29.md", utc));
  // Midnight in the site's zone.
  const folio::TimeZone shanghai = *folio::TimeZone::named("Asia/Shanghai");
  CHECK(folio::date_from_file_name("2024-06-29-torchgt.md", shanghai)->unix_seconds == 1719590400);

  const auto parsed = parse({{"_news/2024-06-29-torchgt-at-sc.md", news_file("inline: false\n", "Body\n")},
                             {"_news/2024-07-01-other.md", news_file("title: Other\ndate: 2023-01-01\n")}});
  REQUIRE(parsed.site.news.size() == 2);
  const folio::NewsItem& named = parsed.site.news[0];
  CHECK(named.id == "2024-06-29-torchgt-at-sc");
  CHECK(named.title_html == "Torchgt At Sc");
  CHECK(folio::format_iso_date(*named.date) == "2024-06-29");
  // The front matter's date wins over the name's.
  CHECK(folio::format_iso_date(*parsed.site.news[1].date) == "2023-01-01");
  // Jekyll's default title is a guess worth replacing.
  const auto problems = news_diagnostics(parsed.diagnostics);
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], Contains("_news/2024-06-29-torchgt-at-sc.md:1: warning: has no title"));
}

TEST_CASE("news are listed newest first; ties in reverse file-name order", "[news][order]") {
  struct Case {
    const char* name;
    std::map<std::string, std::string> files;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"newest first",
       {{"_news/a.md", news_file("title: A\ndate: 2023-03-27\n")},
        {"_news/b.md", news_file("title: B\ndate: 2024-06-29\n")},
        {"_news/c.md", news_file("title: C\ndate: 2024-04-30\n")}},
       {"b", "c", "a"}},
      {"same day: reverse of byte-wise file-name order",
       {{"_news/announcement_1.md", news_file("title: One\ndate: 2024-06-29\n")},
        {"_news/announcement_2.md", news_file("title: Two\ndate: 2024-06-29\n")},
        {"_news/announcement_10.md", news_file("title: Ten\ndate: 2024-06-29\n")},
        {"_news/announcement_3.md", news_file("title: Three\ndate: 2024-07-01\n")}},
       {"announcement_3", "announcement_2", "announcement_10", "announcement_1"}},
      {"the instant decides, not the day as written",
       {{"_news/ny.md", news_file("title: NY\ndate: 2024-06-29 23:00:00-0400\n")},
        {"_news/utc.md", news_file("title: UTC\ndate: 2024-06-30T01:00:00Z\n")},
        {"_news/day.md", news_file("title: Day\ndate: 2024-06-30\n")}},
       {"ny", "utc", "day"}},
      {"a time on the same day is newer than the bare day",
       {{"_news/a.md", news_file("title: A\ndate: 2024-06-29 08:00:00\n")},
        {"_news/b.md", news_file("title: B\ndate: 2024-06-29\n")}},
       {"a", "b"}},
      {"undated and badly dated items last, by file name",
       {{"_news/z.md", news_file("title: Z\ndate: 2020-01-01\n")},
        {"_news/b.md", news_file("title: B\n")},
        {"_news/a.md", news_file("title: A\ndate: someday\n")},
        {"_news/m.md", news_file("title: M\ndate: 2021-01-01\n")}},
       {"m", "z", "a", "b"}},
      {"_data/news.yml entries mix in; of equal dates the later entry comes first",
       {{"_news/file.md", news_file("title: File\ndate: 2024-05-01\n")},
        {"_data/news.yml",
         "- {id: first, title: First, date: 2024-06-29}\n- {id: second, title: Second, date: 2024-06-29}\n"
         "- {id: old, title: Old, date: 2020-01-01}\n"}},
       {"second", "first", "file", "old"}},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      auto files = c.files;
      files["_pages/about.md"] = kAbout;
      CHECK(ids_of(parse(files).site) == c.expected);
    }
  }
}

TEST_CASE("about page news: shown, limited and scrollable as announcements say", "[news][about]") {
  const auto site_files = [](const std::string& config, const std::string& about, int count) {
    std::map<std::string, std::string> files{{"_config.yml", config}, {"_pages/about.md", about}};
    for (int i = 1; i <= count; ++i) {
      files["_news/n" + std::to_string(i) + ".md"] =
          news_file("title: News " + std::to_string(i) + "\ndate: 2024-01-" + (i < 10 ? "0" : "") + std::to_string(i) + "\n");
    }
    return files;
  };
  struct Case {
    const char* name;
    std::string config;
    std::string about;
    int items;
    bool section;
    int rows;
    bool scroll_box;
  };
  const std::string page_settings = "---\nlayout: about\nannouncements:\n  enabled: true\n  limit: 2\n  scrollable: false\n---\n";
  const Case cases[] = {
      {"news: true with al-folio defaults", "title: T\n", kAbout, 5, true, 5, true},
      {"limit from _config.yml", "announcements:\n  limit: 3\n", kAbout, 5, true, 3, true},
      {"limit larger than the list", "announcements:\n  limit: 10\n", kAbout, 2, true, 2, false},
      {"scroll box only with more than 3 items", "title: T\n", kAbout, 3, true, 3, false},
      {"scrollable: false", "announcements:\n  scrollable: false\n", kAbout, 5, true, 5, false},
      {"disabled in _config.yml", "announcements:\n  enabled: false\n", kAbout, 5, false, 0, false},
      {"the page does not ask for news", "title: T\n", "---\nlayout: about\n---\nHi\n", 5, false, 0, false},
      {"the page's announcements win", "announcements:\n  limit: 4\n", page_settings, 5, true, 2, false},
      {"page announcements disabled", "title: T\n",
       "---\nlayout: about\nnews: true\nannouncements:\n  enabled: false\n---\n", 5, false, 0, false},
      {"no news at all", "title: T\n", kAbout, 0, true, 0, false},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      const auto parsed = parse(site_files(c.config, c.about, c.items));
      const std::string about = folio::render_view(parsed.site, "about", {}).html;
      CHECK((about.find("<div class=\"news\">") != std::string::npos) == c.section);
      CHECK(count_of(about, "<tr>") == static_cast<size_t>(c.rows));
      CHECK((about.find("news-scrollable") != std::string::npos) == c.scroll_box);
      if (c.section) CHECK_THAT(about, Contains("<h2><a href=\"#/news/\">news</a></h2>"));
      if (c.section && c.items == 0) CHECK_THAT(about, Contains("<div class=\"news\"><p>No news so far...</p></div>"));
      // The archive always lists everything, without a scroll box.
      const std::string archive = folio::render_view(parsed.site, "news", {}).html;
      CHECK(count_of(archive, "<tr>") == static_cast<size_t>(c.items));
      CHECK_THAT(archive, !Contains("news-scrollable"));
    }
  }
}

TEST_CASE("news rows: inline content, title links, HTML titles, dates", "[news][view]") {
  const auto parsed = parse({
      {"_pages/about.md", kAbout},
      {"_news/announcement_1.md", news_file("title: A long announcement\ndate: 2024-06-29 16:11:00-0400\ninline: false\n",
                                            "Body with **bold**.\n")},
      {"_news/announcement_2.md", news_file("date: 2024-04-30\ninline: true\n",
                                            "Centauri won the **Best Paper Award** :tada: at 10:30 :nope:\n")},
      {"_news/announcement_3.md",
       news_file("title: <b>Bold</b> news <script>alert(1)</script>\ndate: 2023-03-27\n", "x\n")},
      {"_news/odd id.md", news_file("title: Odd\ndate: 2022-01-01\n")},
  });
  const std::string html = folio::render_view(parsed.site, "news", {}).html;
  CHECK_THAT(html, Contains("<div class=\"news\"><div class=\"table-responsive\"><table class=\"table table-sm table-borderless\">"));
  CHECK_THAT(html, Contains("<tr><th scope=\"row\">Jun 29, 2024</th><td><a class=\"news-title\" "
                            "href=\"#/news/announcement_1/\">A long announcement</a></td></tr>"));
  CHECK_THAT(html, Contains("<tr><th scope=\"row\">Apr 30, 2024</th><td>Centauri won the <strong>Best Paper "
                            "Award</strong> \xF0\x9F\x8E\x89 at 10:30 :nope:</td></tr>"));
  CHECK_THAT(html, Contains("href=\"#/news/announcement_3/\"><b>Bold</b> news </a>"));
  CHECK_THAT(html, !Contains("<script"));
  CHECK_THAT(html, Contains("href=\"#/news/odd%20id/\">Odd</a>"));

  folio::RenderOptions widget;
  widget.route_base = "https://lab.example.org/#/";
  CHECK_THAT(folio::render_view(parsed.site, "news", widget).html,
             Contains("href=\"https://lab.example.org/#/news/announcement_1/\""));
}

TEST_CASE("a news item's page: title, date, body; unknown ids are not found", "[news][view]") {
  const auto parsed = parse({
      {"_config.yml", "title: Lab\n"},
      {"_pages/about.md", kAbout},
      {"_news/announcement_1.md",
       news_file("title: TorchGT <em>accepted</em> & more\ndate: 2024-06-29 16:11:00-0400\nlayout: post\n"
                 "related_posts: false\n",
                 "Our paper :sparkles: is in.\n\n```\nkeep :tada: here\n```\n")},
      {"_news/odd id.md", news_file("title: Odd\ndate: 2022-01-01\n")},
  });
  const auto view = folio::render_view(parsed.site, "news/announcement_1/", {});
  CHECK(view.found);
  CHECK(view.title == "TorchGT accepted & more | Lab");
  CHECK_THAT(view.html, Contains("<h1 class=\"post-title\">TorchGT <em>accepted</em> &amp; more</h1>"));
  CHECK_THAT(view.html, Contains("<p class=\"post-meta\"><time datetime=\"2024-06-29T20:11:00Z\">June 29, 2024</time></p>"));
  CHECK_THAT(view.html, Contains("<p>Our paper \xE2\x9C\xA8 is in.</p>"));
  CHECK_THAT(view.html, Contains("keep :tada: here"));
  CHECK_THAT(view.html, Contains("<a href=\"#/news/\">All news</a>"));
  CHECK(folio::render_view(parsed.site, "news/odd id", {}).found);

  const auto missing = folio::render_view(parsed.site, "news/nope", {});
  CHECK_FALSE(missing.found);
  CHECK_THAT(missing.html, Contains("There is no news item <code>nope</code>"));
  CHECK(folio::render_view(parsed.site, "news", {}).title == "news | Lab");
  CHECK(news_diagnostics(parsed.diagnostics).empty());
}

TEST_CASE("emoji shortcodes become emoji; unknown ones and code stay as text", "[news][emoji]") {
  struct Case { const char* html; const char* expected; };
  const Case cases[] = {
      {":tada:", "\xF0\x9F\x8E\x89"},
      {"<p>:sparkles: new :rocket:</p>", "<p>\xE2\x9C\xA8 new \xF0\x9F\x9A\x80</p>"},
      {":+1: and :-1:", "\xF0\x9F\x91\x8D and \xF0\x9F\x91\x8E"},
      {":heart:", "\xE2\x9D\xA4\xEF\xB8\x8F"},
      {":trophy::1st_place_medal:", "\xF0\x9F\x8F\x86\xF0\x9F\xA5\x87"},
      {":man_technologist:", "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x92\xBB"},
      {":not_an_emoji: stays", ":not_an_emoji: stays"},
      {":Tada: is case-sensitive", ":Tada: is case-sensitive"},
      {"at 10:30 :tada:", "at 10:30 \xF0\x9F\x8E\x89"},
      {"a::tada:", "a:\xF0\x9F\x8E\x89"},
      {"::", "::"},
      {":tada", ":tada"},
      {":ta da:", ":ta da:"},
      {"<code>:tada:</code> :tada:", "<code>:tada:</code> \xF0\x9F\x8E\x89"},
      {"<pre><code>:tada:</code>\n</pre>:tada:", "<pre><code>:tada:</code>\n</pre>\xF0\x9F\x8E\x89"},
      {"<tt>:tada:</tt>", "<tt>:tada:</tt>"},
      {"<a href=\"https://x.org/:tada:\" title=\":tada:\">:tada:</a>",
       "<a href=\"https://x.org/:tada:\" title=\":tada:\">\xF0\x9F\x8E\x89</a>"},
      {"", ""},
  };
  for (const Case& c : cases) {
    INFO(c.html);
    CHECK(folio::emojify_html(c.html) == c.expected);
  }
  CHECK(folio::emoji_for_shortcode("tada") == "\xF0\x9F\x8E\x89");
  CHECK(folio::emoji_for_shortcode("zzz") == "\xF0\x9F\x92\xA4");
  CHECK(folio::emoji_for_shortcode("+1") == "\xF0\x9F\x91\x8D");
  CHECK(folio::emoji_for_shortcode("").empty());
  CHECK(folio::emoji_for_shortcode("tad").empty());
  CHECK(folio::emoji_for_shortcode("zzzz").empty());
}

TEST_CASE("bad news files are reported by file and line; the rest still render", "[news][diagnostics]") {
  const auto parsed = parse({
      {"_pages/about.md", kAbout},
      {"_news/good.md", news_file("title: Good\ndate: 2024-01-01\n")},
      {"_news/plain.md", "Just text, no front matter\n"},
      {"_news/unclosed.md", "---\ntitle: Unclosed\n"},
      {"_news/broken.md", "---\ntitle: Broken\ndate: [2024\n---\nBody\n"},
      {"_news/bad-date.md", "---\ntitle: Bad\ndate: 29/13/2024\n---\n"},
      {"_news/undated.md", news_file("title: Undated\n")},
      {"_news/untitled.md", news_file("date: 2023-01-01\n")},
      {"_news/empty-inline.md", news_file("date: 2023-01-02\ninline: true\n")},
      {"_news/list.md", "---\n- a\n- b\n---\n"},
      {"_news/notes.txt", "not a news file"},
      {"_news/sub/deep.md", news_file("title: Deep\ndate: 2024-01-01\n")},
  });
  const auto& d = parsed.diagnostics;
  const folio::Diagnostic* plain = find_diagnostic(d, "_news/plain.md", "no front matter");
  REQUIRE(plain);
  CHECK(plain->severity == folio::Severity::warning);
  CHECK(plain->line == 1);
  CHECK(find_diagnostic(d, "_news/unclosed.md", "never closed"));
  const folio::Diagnostic* broken = find_diagnostic(d, "_news/broken.md", "YAML");
  REQUIRE(broken);
  CHECK(broken->severity == folio::Severity::error);
  CHECK(broken->line >= 3);
  CHECK_FALSE(find_diagnostic(d, "_news/broken.md", "no date"));
  const folio::Diagnostic* bad_date = find_diagnostic(d, "_news/bad-date.md", "date '29/13/2024' cannot be read");
  REQUIRE(bad_date);
  CHECK(bad_date->severity == folio::Severity::error);
  CHECK(bad_date->line == 3);
  CHECK(bad_date->column == 7);
  CHECK_THAT(bad_date->message, Contains("YYYY-MM-DD"));
  const folio::Diagnostic* undated = find_diagnostic(d, "_news/undated.md", "has no date");
  REQUIRE(undated);
  CHECK(undated->severity == folio::Severity::warning);
  CHECK_THAT(undated->message, Contains("date: YYYY-MM-DD"));
  CHECK(find_diagnostic(d, "_news/untitled.md", "has no title, so its link in the news list reads 'Untitled'"));
  CHECK(find_diagnostic(d, "_news/empty-inline.md", "inline but has no content"));
  CHECK(find_diagnostic(d, "_news/list.md", "key: value"));

  // Files without front matter are not items; every other file still is, the
  // good one first and the undatable ones last.
  CHECK(ids_of(parsed.site) ==
        std::vector<std::string>{"good", "empty-inline", "untitled", "bad-date", "broken", "list", "undated"});
  const std::string archive = folio::render_view(parsed.site, "news", {}).html;
  CHECK_THAT(archive, Contains(">Good</a>"));
  CHECK_THAT(archive, Contains(">Broken</a>"));
  CHECK_THAT(archive, Contains("<th scope=\"row\"><span class=\"sr-only\">undated</span></th><td><a class=\"news-title\" href=\"#/news/bad-date/\">Bad</a>"));
}

TEST_CASE("a news file the manifest lists but the loader could not fetch is an error naming it", "[news][diagnostics]") {
  folio::SourceFiles files;
  files.text_by_path["_pages/about.md"] = kAbout;
  files.text_by_path["_news/a.md"] = news_file("title: A\ndate: 2024-01-01\n");
  files.missing_with_reason["_news/b.md"] = "HTTP 404; it is listed in folio.json";
  folio::Diagnostics diagnostics;
  const folio::Site site = folio::parse_site(files, diagnostics);
  const folio::Diagnostic* missing = find_diagnostic(diagnostics, "_news/b.md", "HTTP 404");
  REQUIRE(missing);
  CHECK(missing->severity == folio::Severity::error);
  CHECK(ids_of(site) == std::vector<std::string>{"a"});
}

TEST_CASE("_data/news.yml: one file for all news", "[news][data]") {
  const auto parsed = parse({
      {"_pages/about.md", kAbout},
      {"_data/news.yml",
       "- title: <b>TorchGT</b> accepted at SC'24\n"
       "  date: 2024-06-29\n"
       "  content: |\n"
       "    A *page* body.\n"
       "- date: 2024-04-30\n"
       "  inline: true\n"
       "  content: \"Best Paper :trophy:\"\n"
       "- title: Same title\n"
       "  date: 2023-01-01\n"
       "- title: Same title\n"
       "  date: 2022-01-01\n"
       "- id: custom\n"
       "  title: Custom\n"
       "- just text\n"},
  });
  REQUIRE(parsed.site.news.size() == 5);
  CHECK(ids_of(parsed.site) ==
        std::vector<std::string>{"torchgt-accepted-at-sc-24", "news-2", "same-title", "same-title-2", "custom"});
  const folio::NewsItem& first = parsed.site.news[0];
  CHECK(first.file == "_data/news.yml");
  CHECK(first.line == 1);
  CHECK(parsed.site.news[1].is_inline);
  CHECK(parsed.site.news[1].inline_html == "Best Paper :trophy:");
  CHECK(find_diagnostic(parsed.diagnostics, "_data/news.yml", "has no date"));
  const folio::Diagnostic* not_a_map = find_diagnostic(parsed.diagnostics, "_data/news.yml", "news item 6");
  REQUIRE(not_a_map);
  CHECK(not_a_map->line == 14);

  const std::string archive = folio::render_view(parsed.site, "news", {}).html;
  CHECK_THAT(archive, Contains("<td>Best Paper \xF0\x9F\x8F\x86</td>"));
  CHECK_THAT(folio::render_view(parsed.site, "news/torchgt-accepted-at-sc-24", {}).html,
             Contains("<p>A <em>page</em> body.</p>"));

  folio::Diagnostics diagnostics;
  CHECK(folio::parse_news_data_file("title: not a list\n", "_data/news.yml", folio::TimeZone::utc(), diagnostics).empty());
  CHECK(find_diagnostic(diagnostics, "_data/news.yml", "should be a list"));
}

TEST_CASE("two items with one id are reported", "[news][diagnostics]") {
  const auto parsed = parse({
      {"_pages/about.md", kAbout},
      {"_news/torchgt.md", news_file("title: A\ndate: 2024-01-01\n")},
      {"_news/torchgt.html", news_file("title: B\ndate: 2023-01-01\ninline: true\n", "<p>Raw <b>HTML</b></p>\n")},
  });
  const folio::Diagnostic* duplicate = find_diagnostic(parsed.diagnostics, "_news/torchgt.html", "id 'torchgt'");
  REQUIRE(duplicate);
  CHECK(duplicate->severity == folio::Severity::warning);
  CHECK(parsed.site.news[1].inline_html == "Raw <b>HTML</b>");
  CHECK_THAT(folio::render_view(parsed.site, "news/torchgt", {}).html, Contains(">A</h1>"));
}
