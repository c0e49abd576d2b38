// Papers: the model read from papers.bib and _data/papers.yml, and al-folio's
// bibliography rendering (the publications page, the about page's selected
// publications, every part of an entry).
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "api/model_json.h"
#include "papers/author_names.h"
#include "papers/bibtex_block.h"
#include "papers/element_ids.h"
#include "papers/field_url.h"
#include "papers/venue_color.h"
#include "papers/year_groups.h"
#include "parse/papers_data_parser.h"
#include "parse/site_parser.h"
#include "views/view_router.h"

using Catch::Contains;

namespace {

using Files = std::map<std::string, std::string>;

struct ParsedSite {
  folio::Site site;
  folio::Diagnostics diagnostics;
};

ParsedSite parse(const Files& files) {
  folio::SourceFiles sources;
  for (const auto& [path, text] : files) sources.text_by_path[path] = text;
  ParsedSite parsed;
  parsed.site = folio::parse_site(sources, parsed.diagnostics);
  return parsed;
}

const std::string kConfig =
    "title: Lab\nscholar:\n  last_name: [Sun]\n  first_name: [Peng, P.]\nmax_author_limit: 3\n";
const std::string kAbout = "---\nlayout: about\nselected_papers: true\n---\nHello\n";

// A site with `bib` as papers.bib (and the given extra files).
ParsedSite site_with_bib(const std::string& bib, Files extra = {}, const std::string& config = kConfig) {
  extra["_config.yml"] = config;
  extra["_pages/about.md"] = kAbout;
  extra["_bibliography/papers.bib"] = "---\n---\n" + bib;
  return parse(extra);
}

std::string render(const folio::Site& site, const std::string& route, folio::RenderOptions options = {}) {
  if (options.asset_base.empty()) options.asset_base = "content/";
  return folio::render_view(site, route, options).html;
}

// The publications page of a site holding one entry.
std::string entry_html(const std::string& fields, const std::string& type = "article", Files extra = {},
                       const std::string& config = kConfig) {
  const ParsedSite parsed = site_with_bib("@" + type + "{key2024,\n" + fields + "}\n", extra, config);
  return render(parsed.site, "publications");
}

// The text between <div class="author"> and its </div> (the first one).
std::string author_div(const std::string& html) {
  const std::string open = "<div class=\"author\">";
  const size_t start = html.find(open);
  if (start == std::string::npos) return "";
  size_t depth = 1, pos = start + open.size();
  while (depth > 0 && pos < html.size()) {
    const size_t next_open = html.find("<div", pos), next_close = html.find("</div>", pos);
    if (next_close == std::string::npos) break;
    if (next_open != std::string::npos && next_open < next_close) {
      ++depth;
      pos = next_open + 4;
    } else {
      --depth;
      pos = next_close + 6;
    }
  }
  return html.substr(start + open.size(), pos - 6 - start - open.size());
}

std::string periodical_div(const std::string& html) {
  const std::string open = "<div class=\"periodical\">";
  const size_t start = html.find(open);
  if (start == std::string::npos) return "";
  return html.substr(start + open.size(), html.find("</div>", start) - start - open.size());
}

std::string links_div(const std::string& html) {
  const std::string open = "<div class=\"links\">";
  const size_t start = html.find(open);
  if (start == std::string::npos) return "";
  return html.substr(start + open.size(), html.find("</div>", start) - start - open.size());
}

size_t count_of(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++count;
  return count;
}

const folio::Diagnostic* find_diagnostic(const folio::Diagnostics& diagnostics, const std::string& fragment) {
  for (const folio::Diagnostic& d : diagnostics.all()) {
    if (d.message.find(fragment) != std::string::npos) return &d;
  }
  return nullptr;
}

std::vector<std::string> keys_of(const std::vector<const folio::Paper*>& papers) {
  std::vector<std::string> keys;
  for (const folio::Paper* paper : papers) keys.push_back(paper->key());
  return keys;
}

}  // namespace

// ---- authors -------------------------------------------------------------------

TEST_CASE("authors are joined as al-folio joins them: A; A and B; A, B, and C", "[papers][authors]") {
  struct Case { const char* author; const char* expected; };
  const Case cases[] = {
      {"Ada Lovelace", "Ada Lovelace"},
      {"Lovelace, Ada and Babbage, Charles", "Ada Lovelace and Charles Babbage"},
      {"A. One and B. Two and C. Three", "A. One, B. Two, and C. Three"},
      {"Ludwig van Beethoven and Charles Babbage", "Ludwig van Beethoven and Charles Babbage"},
      {"King, Jr, Martin Luther and A. One", "Martin Luther King, Jr and A. One"},
      {"A. One and B. Two and others", "A. One, B. Two, and others"},
      {"Einstein*\u2020, A. and Podolsky*, B.", "A. Einstein<sup>*\u2020</sup> and B. Podolsky<sup>*</sup>"},
      {"A. One and {Barnes and Noble}", "A. One and Barnes and Noble"},
      {"{Barnes \\& Noble, Inc.}", "Barnes &amp; Noble, Inc."},
  };
  for (const Case& c : cases) {
    CAPTURE(c.author);
    CHECK(author_div(entry_html(std::string("author = {") + c.author + "},\n")) == c.expected);
  }
}

TEST_CASE("the site owner is emphasised by scholar.last_name and first_name", "[papers][authors]") {
  struct Case { const char* author; bool owner; };
  const Case cases[] = {
      {"Peng Sun", true},        {"Sun, P.", true},         {"Sun*, Peng", true},
      {"Ping Sun", false},       {"Peng Sunny", false},     {"peng sun", false},  // al-folio matches exactly
  };
  for (const Case& c : cases) {
    CAPTURE(c.author);
    const std::string authors = author_div(entry_html(std::string("author = {A. One and ") + c.author + "},\n"));
    CHECK((authors.find("<em>") != std::string::npos) == c.owner);
  }
  CHECK(author_div(entry_html("author = {Sun*, Peng and A. One},\n")) == "<em>Peng Sun<sup>*</sup></em> and A. One");
}

TEST_CASE("coauthors.yml links a coauthor by folded last name and first name", "[papers][authors]") {
  const Files coauthors = {{"_data/coauthors.yml",
                            "\"Hu\":\n  - firstname: [\"Qinghao\", \"Q.\"]\n    url: https://hu.example.org/\n"
                            "schr\xC3\xB6" "dinger:\n  - firstname: [Erwin]\n    url: /people/erwin/\n"
                            "evil:\n  - firstname: [Eve]\n    url: javascript:alert(1)\n"}};
  struct Case { const char* author; const char* expected; };
  const Case cases[] = {
      {"Qinghao Hu", "<a href=\"https://hu.example.org/\" rel=\"external nofollow noopener\" target=\"_blank\">Qinghao Hu</a>"},
      {"Hu, Q.", "<a href=\"https://hu.example.org/\" rel=\"external nofollow noopener\" target=\"_blank\">Q. Hu</a>"},
      {"Qiang Hu", "Qiang Hu"},
      {"Erwin Schr{\\\"o}dinger", "<a href=\"/people/erwin/\">Erwin Schrödinger</a>"},
      {"Erwin Schrodinger", "<a href=\"/people/erwin/\">Erwin Schrodinger</a>"},
      {"Eve Evil", "Eve Evil"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.author);
    CHECK(author_div(entry_html(std::string("author = {") + c.author + "},\n", "article", coauthors)) == c.expected);
  }
  const ParsedSite parsed = parse(coauthors);
  const folio::Diagnostic* refused = find_diagnostic(parsed.diagnostics, "javascript:alert(1)");
  REQUIRE(refused != nullptr);
  CHECK(refused->file == "_data/coauthors.yml");
  CHECK(refused->line == 9);  // the url line
}

TEST_CASE("past max_author_limit the rest hides behind an 'N more authors' button", "[papers][authors]") {
  const std::string five = "author = {A. One and B. Two and C. Three and D. Four and Peng Sun},\n";
  SECTION("limit 3 of 5") {
    const std::string authors = author_div(entry_html(five));
    CHECK(authors ==
          "A. One, B. Two, C. Three, and <button type=\"button\" class=\"more-authors\" title=\"click to view 2 more "
          "authors\" aria-expanded=\"false\" aria-controls=\"key2024-more-authors\"><span class=\"more-authors-count\">"
          "2 more authors</span><span class=\"more-authors-names hidden\" id=\"key2024-more-authors\">D. Four, "
          "<em>Peng Sun</em></span></button>");
  }
  struct Case { const char* config_line; const char* author; const char* expected_fragment; size_t shown_commas; };
  const Case cases[] = {
      {"max_author_limit: 3\n", "A. One and B. Two and C. Three and D. Four", ">1 more author<", 3},
      {"max_author_limit: 3\n", "A. One and B. Two and C. Three", "A. One, B. Two, and C. Three", 2},
      {"max_author_limit: 0\n", "A. One and B. Two and C. Three and D. Four", "C. Three, and D. Four", 3},
      {"max_author_limit:\n", "A. One and B. Two and C. Three and D. Four", "C. Three, and D. Four", 3},
      {"max_author_limit: 1\n", "A. One and B. Two", "A. One and <button", 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.config_line, c.author);
    const std::string authors = author_div(
        entry_html(std::string("author = {") + c.author + "},\n", "article", {}, std::string("title: T\n") + c.config_line));
    CHECK_THAT(authors, Contains(c.expected_fragment));
    CHECK(count_of(authors.substr(0, authors.find("<button")), ",") == c.shown_commas);
  }
  SECTION("coauthor links stay outside the button") {
    const Files coauthors = {{"_data/coauthors.yml", "four:\n  - firstname: [D.]\n    url: https://four.example.org/\n"}};
    const std::string authors = author_div(entry_html(five, "article", coauthors));
    CHECK_THAT(authors, !Contains("four.example.org"));
  }
}

TEST_CASE("a comma-separated author list is read as names, with a warning at its line", "[papers][authors]") {
  const ParsedSite parsed = site_with_bib("@article{x,\n  title = {T},\n  author = {Jiangfei Duan, Shuo Zhang, Zerui Wang},\n"
                                          "  year = {2024}\n}\n");
  REQUIRE(parsed.site.papers.size() == 1);
  REQUIRE(parsed.site.papers[0].text().authors.size() == 3);
  CHECK(parsed.site.papers[0].text().authors[1].last == "Zhang");
  const folio::Diagnostic* warning = find_diagnostic(parsed.diagnostics, " and ");
  REQUIRE(warning != nullptr);
  CHECK(warning->file == "_bibliography/papers.bib");
  CHECK(warning->line == 5);  // after the two front matter lines
  CHECK(warning->severity == folio::Severity::warning);
}

TEST_CASE("fold_name lowercases and drops accents as al-folio's remove_accents", "[papers][authors]") {
  struct Case { const char* name; const char* folded; };
  const Case cases[] = {
      {"Schr\xC3\xB6" "dinger", "schrodinger"}, {"\xC5\x81ukasz", "lukasz"}, {"\xC3\x86" "sir", "aesir"},
      {"Stra\xC3\x9F" "e", "strasse"},           {"Hu", "hu"},                 {"e\xCC\x81" "cole", "ecole"},
      {"\xE5\xAD\x99", "\xE5\xAD\x99"},           {"\xC3\x97", "\xC3\x97"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(folio::fold_name(c.name) == c.folded);
  }
}

// ---- the periodical line ---------------------------------------------------------

TEST_CASE("the periodical line follows the entry type, then location, info, month and year", "[papers][periodical]") {
  struct Case { const char* type; const char* fields; const char* expected; };
  const Case cases[] = {
      {"article", "journal = {Phys. Rev.}, year = {1935}, month = may,", "<em>Phys. Rev.</em>, May 1935"},
      {"inproceedings", "booktitle = {Proc. of {NSDI}}, year = {2024}", "<em>In Proc. of NSDI</em>, 2024"},
      {"incollection", "booktitle = {A Book}, year = {2001}", "<em>In A Book</em>, 2001"},
      {"phdthesis", "school = {MIT}, year = {1990}", "<em>MIT</em>, 1990"},
      {"mastersthesis", "school = {ETH}", "<em>ETH</em>"},
      {"misc", "journal = {Ignored}, howpublished = {x}, year = {2020}", "2020"},
      {"book", "publisher = {Methuen}, year = {1920}", "1920"},
      {"inproceedings", "booktitle = {NSDI}, location = {Santa Clara, CA}, month = apr, year = {2024}",
       "<em>In NSDI</em>, Santa Clara, CA, Apr 2024"},
      {"article", "journal = {J}, month = {APRIL}, year = {2024}", "<em>J</em>, Apr 2024"},  // bibtex-ruby: apr
      {"article", "journal = {J}, month = {4}, year = {2024}", "<em>J</em>, Apr 2024"},
      {"article", "location = {Berlin}, year = {2024}", "Berlin, 2024"},
      {"article",
       "journal = {J}, additional_info = {. *More Information* can be [found here](https://example.org/)}, year = {1935}",
       "<em>J</em>. <em>More Information</em> can be <a href=\"https://example.org/\" rel=\"external nofollow noopener\" "
       "target=\"_blank\">found here</a>, 1935"},
      {"article", "journal = {{\\em Nature} \\& <Science>}, year = {2000}",
       "<em><em>Nature</em> &amp; &lt;Science&gt;</em>, 2000"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.type, c.fields);
    CHECK(periodical_div(entry_html(std::string(c.fields) + "\n", c.type)) == c.expected);
  }
  SECTION("note is a second periodical line; nothing at all gives no line") {
    const std::string html = entry_html("note = {To appear},\n", "misc");
    CHECK(periodical_div(html) == "To appear");
    CHECK(count_of(entry_html("title = {T}\n", "misc"), "periodical") == 0);
  }
}

// ---- buttons -------------------------------------------------------------------

// al-folio's bib layout (its current release) links the title to the DOI and
// has no DOI button.
TEST_CASE("with a DOI the title links to it, and no DOI button", "[papers][buttons]") {
  const std::string html = entry_html("title = {A {GPU} Study},\n  doi = {10.1145/3575693.3575705},\n");
  CHECK_THAT(html, Contains("<div class=\"title\"><a href=\"https://doi.org/10.1145/3575693.3575705\" "
                            "rel=\"external nofollow noopener\" target=\"_blank\">A GPU Study</a></div>"));
  CHECK_THAT(html, !Contains(">DOI</a>"));
  CHECK_THAT(entry_html("title = {T},\n  doi = {doi:10.1/x},\n"), Contains("<div class=\"title\"><a href=\"https://doi.org/10.1/x\""));
  CHECK_THAT(entry_html("title = {A Study},\n"), Contains("<div class=\"title\">A Study</div>"));
  // A doi that is not an identifier or a web URL gives no link.
  CHECK_THAT(entry_html("title = {A Study},\n  doi = {javascript:alert(1)},\n"), Contains("<div class=\"title\">A Study</div>"));
}

TEST_CASE("buttons come in al-folio's order, relative files resolved under assets/", "[papers][buttons]") {
  const std::string links = links_div(entry_html(
      "title = {T},\n  website = {https://site.example.org/},\n  slides = {s.pdf},\n  poster = {https://p.example.org/p.pdf},\n"
      "  code = {https://github.com/x/y},\n  blog = {https://blog.example.org/},\n  video = {https://video.example.org/v},\n"
      "  supp = {supp.pdf},\n  pdf = {paper.pdf},\n  html = {page.html},\n  bibtex_show = {true},\n  arxiv = {2406.18485},\n"
      "  doi = {10.1145/3575693.3575705},\n  abstract = {Short.},\n  award = {Best paper.},\n  award_name = {Best Paper},\n"));
  const char* expected[] = {
      "<button type=\"button\" class=\"award btn btn-sm z-depth-0\" aria-expanded=\"false\" aria-controls=\"key2024-award\">Best Paper</button>",
      "<button type=\"button\" class=\"abstract btn btn-sm z-depth-0\" aria-expanded=\"false\" aria-controls=\"key2024-abstract\">Abs</button>",
      "<a href=\"https://arxiv.org/abs/2406.18485\" rel=\"external nofollow noopener\" target=\"_blank\" class=\"btn btn-sm z-depth-0\">arXiv</a>",
      "<button type=\"button\" class=\"bibtex btn btn-sm z-depth-0\" aria-expanded=\"false\" aria-controls=\"key2024-bibtex\">Bib</button>",
      "<a href=\"content/assets/html/page.html\" class=\"btn btn-sm z-depth-0\">HTML</a>",
      "<a href=\"content/assets/pdf/paper.pdf\" class=\"btn btn-sm z-depth-0\">PDF</a>",
      "<a href=\"content/assets/pdf/supp.pdf\" class=\"btn btn-sm z-depth-0\">Supp</a>",
      ">Video</a>", ">Blog</a>", ">Code</a>",
      "<a href=\"https://p.example.org/p.pdf\" rel=\"external nofollow noopener\" target=\"_blank\" class=\"btn btn-sm z-depth-0\">Poster</a>",
      "<a href=\"content/assets/pdf/s.pdf\" class=\"btn btn-sm z-depth-0\">Slides</a>",
      "<a href=\"https://site.example.org/\" rel=\"external nofollow noopener\" target=\"_blank\" class=\"btn btn-sm z-depth-0\">Website</a>",
  };
  size_t at = 0;
  for (const char* button : expected) {
    CAPTURE(button);
    const size_t found = links.find(button, at);
    CHECK(found != std::string::npos);
    if (found != std::string::npos) at = found;
  }
}

TEST_CASE("each button appears only with its field, and link values are checked", "[papers][buttons]") {
  struct Case { const char* fields; const char* expected; const char* absent; };
  const Case cases[] = {
      {"award = {Won it.},", ">Awarded</button>", nullptr},
      {"award_name = {Best Paper},", nullptr, "award"},
      {"bibtex_show = {false},", nullptr, "Bib"},
      {"bibtex_show = {yes},", ">Bib</button>", nullptr},
      {"pdf = {https://arxiv.org/pdf/2407.20018},", "href=\"https://arxiv.org/pdf/2407.20018\"", nullptr},
      {"pdf = {/files/p.pdf},", "href=\"/files/p.pdf\"", nullptr},
      {"pdf = {./p.pdf},", "href=\"content/assets/pdf/p.pdf\"", nullptr},
      {"pdf = {javascript:alert(1)},", nullptr, "javascript"},
      {"code = {https://host.example.org/\\~{}user/a\\_b},", "href=\"https://host.example.org/~user/a_b\"", nullptr},
      {"code = {\\url{https://github.com/a/b}},", "href=\"https://github.com/a/b\"", nullptr},
      {"arxiv = {https://arxiv.org/abs/1234.5678},", "href=\"https://arxiv.org/abs/1234.5678\"", nullptr},
      {"hal = {hal-01234},", "href=\"https://hal.science/hal-01234\"", nullptr},
      {"title = {Nothing else},", nullptr, "class=\"links\""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.fields);
    const std::string html = entry_html(std::string(c.fields) + "\n");
    if (c.expected) CHECK_THAT(links_div(html), Contains(c.expected));
    if (c.absent) CHECK_THAT(c.absent == std::string("class=\"links\"") ? html : links_div(html), !Contains(c.absent));
  }
  const ParsedSite parsed = site_with_bib("@article{x,\n  title = {T},\n  year = {2024},\n  pdf = {javascript:alert(1)}\n}\n");
  const folio::Diagnostic* refused = find_diagnostic(parsed.diagnostics, "pdf = {javascript:alert(1)}");
  REQUIRE(refused != nullptr);
  CHECK(refused->line == 6);
}

TEST_CASE("the award, abstract and BibTeX blocks are hidden, id'd and escaped", "[papers][buttons]") {
  const std::string html = entry_html(
      "title = {T},\n  abstract = {x < y \\& {\\em z}},\n  award = {**Best** paper <script>alert(1)</script>},\n"
      "  award_name = {Best},\n  bibtex_show = {true},\n  year = {2024}\n");
  CHECK_THAT(html, Contains("<div class=\"award hidden d-print-inline\" id=\"key2024-award\"><p><strong>Best</strong> paper "));
  CHECK_THAT(html, !Contains("<script>"));
  CHECK_THAT(html, Contains("<div class=\"abstract hidden\" id=\"key2024-abstract\"><p>x &lt; y &amp; <em>z</em></p></div>"));
  CHECK_THAT(html, Contains("<div class=\"bibtex hidden\" id=\"key2024-bibtex\"><figure class=\"highlight\"><pre><code "
                            "class=\"language-bibtex\" data-lang=\"bibtex\">@article{key2024,\n  title = {T},\n"
                            "  year = {2024}\n}</code></pre></figure></div>"));
}

// ---- the Bib block ------------------------------------------------------------------

TEST_CASE("the Bib block leaves out al-folio's own fields and contribution markers", "[papers][bibtex]") {
  folio::BibEntry entry;
  entry.type = "article";
  entry.key = "PhysRev.47.777";
  entry.fields = {{"abbr", "PhysRev", 1},      {"title", "Can {Q}uantum-Mechanical Description \\& more?", 2},
                  {"author", "Einstein*\xE2\x80\xA0, A. and Podolsky*, B. and Barnes \\& Noble", 3},
                  {"month", "may", 4},          {"year", "1935", 5},
                  {"pdf", "example_pdf.pdf", 6}, {"selected", "true", 7},
                  {"doi", "10.1103/PhysRev.47.777", 8}, {"eprint", "x", 9}};
  const folio::SiteConfig defaults;
  CHECK(folio::bibtex_for_display(entry, defaults.filtered_bibtex_keywords) ==
        "@article{PhysRev.47.777,\n"
        "  title = {Can {Q}uantum-Mechanical Description \\& more?},\n"
        "  author = {Einstein, A. and Podolsky, B. and Barnes \\& Noble},\n"
        "  month = may,\n"
        "  year = {1935},\n"
        "  doi = {10.1103/PhysRev.47.777},\n"
        "  eprint = {x}\n"
        "}");
  CHECK(folio::bibtex_for_display(entry, {"doi", "eprint", "title", "author"}) ==
        "@article{PhysRev.47.777,\n  abbr = {PhysRev},\n  month = may,\n  year = {1935},\n"
        "  pdf = {example_pdf.pdf},\n  selected = {true}\n}");
}

TEST_CASE("the default filter is al-folio's filtered_bibtex_keywords; _config.yml can replace it", "[papers][bibtex]") {
  const folio::SiteConfig defaults;
  for (const char* name : {"abbr", "abstract", "additional_info", "altmetric", "annotation", "arxiv", "award",
                           "award_name", "bibtex_show", "blog", "code", "google_scholar_id", "html", "inspirehep_id",
                           "pdf", "poster", "preview", "selected", "slides", "supp", "video", "website"}) {
    CAPTURE(name);
    CHECK(std::find(defaults.filtered_bibtex_keywords.begin(), defaults.filtered_bibtex_keywords.end(), name) !=
          defaults.filtered_bibtex_keywords.end());
  }
  const std::string html = entry_html("title = {T},\n  abbr = {X},\n  code = {https://c.example.org},\n  bibtex_show = {true}\n",
                                      "article", {}, "title: L\nfiltered_bibtex_keywords: [code, bibtex_show]\n");
  CHECK_THAT(html, Contains("@article{key2024,\n  title = {T},\n  abbr = {X}\n}"));
}

// ---- grouping, ordering, selection --------------------------------------------------------

TEST_CASE("publications group by year, newest first, file order within a year", "[papers][order]") {
  const ParsedSite parsed = site_with_bib(
      "@misc{a, title = {A}, year = {2023}}\n@misc{b, title = {B}, year = {2024}}\n@misc{c, title = {C}}\n"
      "@misc{d, title = {D}, year = {2023}}\n@misc{e, title = {E}, year = {to appear}}\n@misc{f, title = {F}, year = {2024}}\n"
      "@misc{g, title = {G}, year = {1999}}\n");
  std::vector<const folio::Paper*> all;
  for (const folio::Paper& paper : parsed.site.papers) all.push_back(&paper);
  const std::vector<folio::YearGroup> groups = folio::group_papers_by_year(all);
  REQUIRE(groups.size() == 5);
  const std::vector<std::pair<std::string, std::vector<std::string>>> expected = {
      {"2024", {"b", "f"}}, {"2023", {"a", "d"}}, {"1999", {"g"}}, {"to appear", {"e"}}, {"", {"c"}}};
  for (size_t i = 0; i < groups.size(); ++i) {
    CHECK(groups[i].year == expected[i].first);
    CHECK(keys_of(groups[i].papers) == expected[i].second);
  }
  const std::string html = render(parsed.site, "publications");
  CHECK_THAT(html, Contains("<h2 class=\"bibliography\">2024</h2><ol class=\"bibliography\"><li data-key=\"b\" data-year=\"2024\""));
  CHECK(html.find(">2024</h2>") < html.find(">2023</h2>"));
  CHECK(html.find(">to appear</h2>") < html.find(">Undated</h2>"));
  CHECK(html.find("id=\"b\"") < html.find("id=\"f\""));
  CHECK(find_diagnostic(parsed.diagnostics, "\"c\" has no year") != nullptr);
}

// As al-folio's selected_papers include asks jekyll-scholar (--group_by year
// --group_order descending), and Jekyll's build of al-folio's template shows.
TEST_CASE("the about page lists selected papers by year, newest first, only when it asks", "[papers][selected]") {
  const std::string bib =
      "@misc{one, title = {One}, year = {2020}, selected = {true}}\n@misc{two, title = {Two}, year = {2024}}\n"
      "@misc{three, title = {Three}, year = {2024}, selected = {Yes}}\n@misc{four, title = {Four}, selected = {false}}\n"
      "@misc{five, title = {Five}, selected = {maybe}}\n";
  SECTION("selected_papers: true") {
    const ParsedSite parsed = site_with_bib(bib);
    const std::string html = render(parsed.site, "about");
    CHECK_THAT(html, Contains("<h2><a href=\"#/publications/\">selected publications</a></h2><div class=\"publications\">"
                              "<h2 class=\"bibliography\">2024</h2><ol class=\"bibliography\"><li data-key=\"three\""));
    CHECK_THAT(html, Contains("<h2 class=\"bibliography\">2020</h2><ol class=\"bibliography\"><li data-key=\"one\""));
    CHECK(count_of(html, "<li ") == 2);
    CHECK(html.find("id=\"three\"") < html.find("id=\"one\""));
    CHECK_THAT(html, !Contains("id=\"two\""));
    const folio::Diagnostic* maybe = find_diagnostic(parsed.diagnostics, "selected = {maybe} is read as false");
    REQUIRE(maybe != nullptr);
    CHECK(maybe->line == 7);
  }
  SECTION("no selected_papers: no section") {
    Files files = {{"_config.yml", kConfig}, {"_pages/about.md", "---\nlayout: about\n---\nHi\n"},
                   {"_bibliography/papers.bib", bib}};
    CHECK_THAT(render(parse(files).site, "about"), !Contains("selected publications"));
  }
  SECTION("the section comes after the news") {
    Files files = {{"_config.yml", kConfig},
                   {"_pages/about.md", "---\nlayout: about\nnews: true\nselected_papers: true\n---\nHi\n"},
                   {"_news/a.md", "---\ndate: 2024-01-01\ninline: true\n---\nNews!\n"},
                   {"_bibliography/papers.bib", bib}};
    const std::string html = render(parse(files).site, "about");
    CHECK(html.find("class=\"news\"") < html.find("selected publications"));
  }
}

TEST_CASE("widgets narrow the publications view: selected only, one year, a limit", "[papers][selected]") {
  const ParsedSite parsed = site_with_bib(
      "@misc{a, title = {A}, year = {2023}, selected = {true}}\n@misc{b, title = {B}, year = {2024}}\n"
      "@misc{c, title = {C}, year = {2024}, selected = {true}}\n@misc{d, title = {D}, year = {2022}}\n");
  struct Case { bool selected_only; int year; int limit; std::vector<const char*> ids; bool headings; };
  const Case cases[] = {
      {true, 0, 0, {"a", "c"}, false},
      {false, 2024, 0, {"b", "c"}, true},
      {false, 0, 3, {"b", "c", "a"}, true},
      {true, 2024, 0, {"c"}, false},
      {false, 1990, 0, {}, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.selected_only, c.year, c.limit);
    folio::RenderOptions options;
    options.widget = true;
    options.selected_only = c.selected_only;
    options.year = c.year;
    options.limit = c.limit;
    const std::string html = render(parsed.site, "publications", options);
    CHECK(count_of(html, "<li ") == c.ids.size());
    size_t at = 0;
    for (const char* id : c.ids) {
      const size_t found = html.find(std::string("id=\"") + id + "\"");
      CHECK(found != std::string::npos);
      CHECK(found >= at);
      at = found;
    }
    CHECK((html.find("h2 class=\"bibliography\"") != std::string::npos) == c.headings);
    CHECK_THAT(html, !Contains("post-title"));
    if (c.ids.empty()) CHECK_THAT(html, Contains("No publications match."));
  }
}

// ---- badges, previews, ids -------------------------------------------------------------

TEST_CASE("badges take colour and link from venues.yml", "[papers][badges]") {
  const Files venues = {{"_data/venues.yml",
                         "\"AJP\":\n  url: https://aapt.example.org/ajp\n  color: \"#00369f\"\n"
                         "\"Light\":\n  color: \"#f5e663\"\n"
                         "\"Named\":\n  color: teal\n"
                         "\"Bad\":\n  color: \"red; background: url(x)\"\n"
                         "\"NoUrl\":\n  color: \"#123\"\n"}};
  struct Case { const char* abbr; const char* expected; };
  const Case cases[] = {
      {"AJP", "<abbr class=\"badge rounded w-100\" data-venue-color=\"#00369f\"><a href=\"https://aapt.example.org/ajp\" "
              "rel=\"external nofollow noopener\" target=\"_blank\">AJP</a></abbr>"},
      {"Light", "<abbr class=\"badge rounded w-100 badge-dark-text\" data-venue-color=\"#f5e663\">Light</abbr>"},
      {"Named", "<abbr class=\"badge rounded w-100\" data-venue-color=\"teal\">Named</abbr>"},
      {"Bad", "<abbr class=\"badge rounded w-100\">Bad</abbr>"},
      {"NoUrl", "<abbr class=\"badge rounded w-100\" data-venue-color=\"#123\">NoUrl</abbr>"},
      {"Unknown", "<abbr class=\"badge rounded w-100\">Unknown</abbr>"},
      {"A<x>", "<abbr class=\"badge rounded w-100\">A&lt;x&gt;</abbr>"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.abbr);
    CHECK_THAT(entry_html(std::string("abbr = {") + c.abbr + "},\n", "article", venues),
               Contains(std::string("<div class=\"col col-sm-2 abbr\">") + c.expected + "</div>"));
  }
  const ParsedSite parsed = parse(venues);
  const folio::Diagnostic* bad = find_diagnostic(parsed.diagnostics, "is not a colour folio uses");
  REQUIRE(bad != nullptr);
  CHECK(bad->line == 9);  // the color line
}

TEST_CASE("venue colours: what passes, and when text turns dark", "[papers][badges]") {
  struct Case { const char* color; bool usable; bool dark_text; };
  const Case cases[] = {
      {"#00369f", true, false}, {"#FFF", true, true},     {"#ffffff80", true, true}, {"#b31b1b", true, false},
      {"#f5e663", true, true},  {"teal", true, false},    {"#12345", false, false},  {"#ggg", false, false},
      {"red;x", false, false},  {"rgb(1,2,3)", false, false}, {"", false, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.color);
    CHECK(folio::is_usable_css_color(c.color) == c.usable);
    CHECK(folio::prefers_dark_text(c.color) == c.dark_text);
  }
}

TEST_CASE("previews show only with enable_publication_thumbnails", "[papers][badges]") {
  const std::string fields = "preview = {wave.gif},\n";
  CHECK_THAT(entry_html(fields), !Contains("<img"));
  CHECK_THAT(entry_html(fields), Contains("class=\"col-sm-10\""));
  const std::string config = "title: L\nenable_publication_thumbnails: true\n";
  CHECK_THAT(entry_html(fields, "article", {}, config),
             Contains("<img class=\"preview z-depth-1 rounded\" src=\"content/assets/img/publication_preview/wave.gif\" "
                      "alt=\"wave.gif\" loading=\"lazy\">"));
  CHECK_THAT(entry_html(fields, "article", {}, config), Contains("class=\"col-sm-8\""));
  CHECK_THAT(entry_html("preview = {https://cdn.example.org/p.png},\n", "article", {}, config),
             Contains("src=\"https://cdn.example.org/p.png\""));
}

TEST_CASE("element ids come from keys: sanitized, unique, stable", "[papers][ids]") {
  struct Case { const char* key; const char* id; };
  const Case cases[] = {
      {"einstein1950meaning", "einstein1950meaning"}, {"PhysRev.47.777", "PhysRev-47-777"},
      {"a:b/c d", "a-b-c-d"},                         {"--x--", "x"},
      {"\xE5\xAD\x99" "2024", "2024"},                  {"", "paper"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.key);
    CHECK(folio::element_id_for_key(c.key) == c.id);
  }
  std::vector<folio::Paper> papers(4);
  papers[0].entry.key = "a.b";
  papers[1].entry.key = "a-b";
  papers[2].entry.key = "x";
  papers[3].entry.key = "x-abstract";
  folio::assign_element_ids(papers);
  CHECK(papers[0].element_id == "a-b");
  CHECK(papers[1].element_id == "a-b-2");
  CHECK(papers[2].element_id == "x");
  CHECK(papers[3].element_id == "x-abstract-2");
}

TEST_CASE("field_url unescapes only what LaTeX escapes", "[papers][buttons]") {
  struct Case { const char* latex; const char* url; };
  const Case cases[] = {
      {" {https://x.org/a\\_b} ", "https://x.org/a_b"}, {"\\url{https://x.org/~u}", "https://x.org/~u"},
      {"https://x.org/\\textasciitilde{}u?a=1\\&b=2\\%20", "https://x.org/~u?a=1&b=2%20"},
      {"paper.pdf", "paper.pdf"},                     {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.latex);
    CHECK(folio::field_url(c.latex) == c.url);
  }
}

// ---- escaping and diagnostics ------------------------------------------------------------

TEST_CASE("text from BibTeX is escaped, and its HTML sanitized, everywhere it appears", "[papers][escaping]") {
  const std::string html = entry_html(
      "title = {<img src=x onerror=alert(1)> \\& \"q\"},\n  author = {<b>Bold</b> Name},\n  note = {<i>n</i>},\n"
      "  location = {<L>},\n  award_name = {<A href=\"javascript:x\">A</a>},\n  award = {ok},\n  year = {<2024>}\n");
  CHECK_THAT(html, Contains("<div class=\"title\">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;</div>"));
  // Names are text: the tag goes, its words stay.
  CHECK_THAT(html, Contains(">Bold Name"));
  // An inline element authors write is HTML, as on the Jekyll page (jekyll-scholar prints it raw).
  CHECK_THAT(html, Contains("<div class=\"periodical\"><i>n</i></div>"));
  CHECK_THAT(html, Contains("&lt;L&gt;, &lt;2024&gt;"));
  CHECK_THAT(html, Contains("><a>A</a></button>"));
  CHECK_THAT(html, !Contains("<img"));
  CHECK_THAT(html, !Contains("javascript"));
  CHECK_THAT(html, !Contains("<b>"));
}

TEST_CASE("papers.bib problems are diagnostics at their lines, and other entries survive", "[papers][diagnostics]") {
  const ParsedSite parsed = site_with_bib(
      "@article{typo,\n  titel = {Misspelt},\n  year = {2024}\n}\n"
      "@article{broken,\n  title = {Unclosed\n"
      "@article{fine,\n  title = {Fine},\n  year = {2023}\n}\n");
  const folio::Diagnostic* typo = find_diagnostic(parsed.diagnostics, "titel");
  REQUIRE(typo != nullptr);
  CHECK(typo->line == 4);
  CHECK(find_diagnostic(parsed.diagnostics, "\"typo\" has no title") != nullptr);
  bool fine_kept = false;
  for (const folio::Paper& paper : parsed.site.papers) fine_kept = fine_kept || paper.key() == "fine";
  CHECK(fine_kept);
}

// ---- the YAML alternative -------------------------------------------------------------------

TEST_CASE("_data/papers.yml gives the same papers as BibTeX would", "[papers][yaml]") {
  const std::string yaml =
      "- key: hu2024characterization\n"
      "  type: inproceedings\n"
      "  title: Characterization of LLM Development & 100% \"Fun\"_{x} ~ok^\n"
      "  author: [Qinghao Hu, \"Sun, Peng\", Barnes and Noble]\n"
      "  booktitle: NSDI\n"
      "  year: 2024\n"
      "  month: apr\n"
      "  abbr: NSDI\n"
      "  selected: true\n"
      "  bibtex_show: true\n"
      "  pdf: https://host.example.org/~me/a_b.pdf\n"
      "  keywords: [systems, llm]\n"
      "- title: The Second One\n"
      "  author: Ye, Zhisheng and Gao, Wei\n"
      "  journal: ACM Computing Surveys\n"
      "  year: 2023\n"
      "- title: Third\n"
      "- just a string\n";
  Files files = {{"_config.yml", kConfig}, {"_pages/about.md", kAbout}, {"_data/papers.yml", yaml}};
  const ParsedSite parsed = parse(files);
  REQUIRE(parsed.site.papers.size() == 3);
  const folio::Paper& first = parsed.site.papers[0];
  CHECK(first.key() == "hu2024characterization");
  CHECK(first.type() == "inproceedings");
  CHECK(first.file == "_data/papers.yml");
  CHECK(first.entry.line == 1);
  CHECK(first.title_text == "Characterization of LLM Development & 100% \"Fun\"_{x} ~ok^");
  REQUIRE(first.text().authors.size() == 3);
  CHECK(first.text().authors[1].first == "Peng");
  CHECK(first.text().authors[1].last == "Sun");
  CHECK(first.text().authors[2].last == "Barnes and Noble");
  CHECK(first.selected);
  CHECK(first.year == "2024");
  CHECK(first.text().month == "Apr");
  CHECK(first.value("keywords") == "systems, llm");

  const folio::Paper& second = parsed.site.papers[1];
  CHECK(second.key() == "ye2023second");
  CHECK(second.type() == "article");
  CHECK(second.text().venue_text == "ACM Computing Surveys");
  CHECK(parsed.site.papers[2].type() == "misc");
  CHECK(parsed.site.papers[2].key() == "third");

  const std::string html = render(parsed.site, "publications");
  CHECK_THAT(html, Contains("Characterization of LLM Development &amp; 100% &quot;Fun&quot;_{x} ~ok^"));
  CHECK_THAT(html, Contains("href=\"https://host.example.org/~me/a_b.pdf\""));
  CHECK_THAT(html, Contains("Qinghao Hu, <em>Peng Sun</em>, and Barnes and Noble"));
  CHECK_THAT(html, Contains("title = {Characterization of LLM Development \\&amp; 100\\% &quot;Fun&quot;\\_\\{x\\} "
                            "\\textasciitilde{}ok\\textasciicircum{}}"));
  CHECK_THAT(render(parsed.site, "about"), Contains("id=\"hu2024characterization\""));

  const folio::Diagnostic* not_a_map = find_diagnostic(parsed.diagnostics, "paper 4 should be a mapping");
  REQUIRE(not_a_map != nullptr);
  CHECK(not_a_map->line == 18);
  const folio::Diagnostic* no_year = find_diagnostic(parsed.diagnostics, "\"third\" has no year");
  REQUIRE(no_year != nullptr);
  CHECK_THAT(no_year->message, Contains("add year: YYYY"));
}

TEST_CASE("papers.yml and papers.bib together: BibTeX first, shared keys reported", "[papers][yaml]") {
  Files files = {{"_config.yml", kConfig},
                 {"_pages/about.md", kAbout},
                 {"_bibliography/papers.bib", "@misc{same, title = {From BibTeX}, year = {2024}}\n"},
                 {"_data/papers.yml", "- key: Same\n  title: From YAML\n  year: 2024\n"}};
  const ParsedSite parsed = parse(files);
  REQUIRE(parsed.site.papers.size() == 2);
  CHECK(parsed.site.papers[0].title_text == "From BibTeX");
  CHECK(parsed.site.papers[1].element_id == "Same");
  const folio::Diagnostic* shared = find_diagnostic(parsed.diagnostics, "is also used in _bibliography/papers.bib");
  REQUIRE(shared != nullptr);
  CHECK(shared->file == "_data/papers.yml");
  CHECK(shared->line == 1);
}

TEST_CASE("escape_latex round-trips plain text", "[papers][yaml]") {
  struct Case { const char* text; const char* latex; };
  const Case cases[] = {
      {"a & b", "a \\& b"}, {"50%", "50\\%"}, {"x_y", "x\\_y"}, {"{}", "\\{\\}"},
      {"~", "\\textasciitilde{}"}, {"\\", "\\textbackslash{}"}, {"$#^", "\\$\\#\\textasciicircum{}"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(folio::escape_latex(c.text) == c.latex);
  }
}

// ---- the model as JSON --------------------------------------------------------------------

TEST_CASE("the model JSON has papers with parsed names, venues and coauthors", "[papers][json]") {
  const ParsedSite parsed = site_with_bib(
      "@inproceedings{k, title = {{T}itle}, author = {van Beethoven, Jr, Ludwig and others}, booktitle = {NSDI},\n"
      " year = {2024}, abbr = {NSDI}, selected = {true}, pdf = {p.pdf}}\n",
      {{"_data/venues.yml", "NSDI:\n  color: \"#2e6b30\"\n"},
       {"_data/coauthors.yml", "Hu:\n  - firstname: [Q.]\n    url: https://q.example.org/\n"}});
  const nlohmann::json json = folio::site_to_json(parsed.site);
  REQUIRE(json["papers"].size() == 1);
  const nlohmann::json& paper = json["papers"][0];
  CHECK(paper["key"] == "k");
  CHECK(paper["type"] == "inproceedings");
  CHECK(paper["year"] == "2024");
  CHECK(paper["title"] == "Title");
  CHECK(paper["venue"] == "NSDI");
  CHECK(paper["selected"] == true);
  CHECK(paper["authors"][0] == nlohmann::json({{"first", "Ludwig"}, {"von", "van"}, {"last", "Beethoven"},
                                               {"jr", "Jr"}, {"others", false}}));
  CHECK(paper["authors"][1]["others"] == true);
  CHECK(paper["fields"]["pdf"] == "p.pdf");
  CHECK(paper["bibtex"].get<std::string>().find("pdf") == std::string::npos);
  CHECK(json["venues"]["NSDI"]["color"] == "#2e6b30");
  CHECK(json["coauthors"]["hu"][0]["url"] == "https://q.example.org/");
}
