// The scholar tests' site: tests/fixtures/scholar/papers.bib (derived from
// al-folio's) under _bibliography/, with al-folio's scholar settings, and a
// template renderer that prints what a bib layout reads of each entry.
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "bibtex/bibtex_parser.h"
#include "liquid/value.h"
#include "scholar/bibliography_tag.h"
#include "scholar/scholar_page.h"

namespace scholar_test {

inline std::string read_scholar_fixture(const std::string& name) {
  std::ifstream in(std::string(FOLIO_FIXTURES_DIR) + "/scholar/" + name, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::shared_ptr<const folio::BibFile> parse_bib(const std::string& text) {
  folio::Diagnostics diagnostics;
  auto file = std::make_shared<const folio::BibFile>(folio::parse_bibtex(text, "papers.bib", diagnostics));
  INFO("the fixture parses without errors");
  CHECK_FALSE(diagnostics.has_errors());
  return file;
}

// al-folio's _config.yml scholar: section, as the site model hands it over.
inline folio::liquid::Value al_folio_scholar_section() {
  folio::liquid::Hash section;
  section.set("last_name", folio::liquid::Array{"Liu"});
  section.set("first_name", folio::liquid::Array{"Teng"});
  section.set("style", "apa");
  section.set("locale", "en");
  section.set("source", "/_bibliography/");
  section.set("bibliography", "papers.bib");
  section.set("bibliography_template", "bib");
  section.set("replace_strings", true);
  section.set("join_strings", true);
  section.set("details_dir", "bibliography");
  section.set("details_link", "Details");
  section.set("query", "@*");
  section.set("group_by", "year");
  section.set("group_order", "descending");
  return folio::liquid::Value(std::move(section));
}

inline std::unique_ptr<folio::scholar::ScholarSite> al_folio_site(const std::string& bib_text) {
  auto site = std::make_unique<folio::scholar::ScholarSite>();
  folio::scholar::merge_scholar_settings(site->config, al_folio_scholar_section());
  site->library.add_file("_bibliography/papers.bib", parse_bib(bib_text));
  site->baseurl = "/al-folio";
  return site;
}

inline std::string text_of(const folio::liquid::Value& value) { return folio::liquid::to_output(value); }

// Prints "[index] key: title (first author's last name) template" for each
// entry: what a bib layout reads, enough to see which entries come in which
// order with which variables.
inline std::string print_entry(const folio::liquid::Value& environment, std::string_view template_name) {
  const folio::liquid::Value entry = environment.lookup("entry");
  const folio::liquid::Value authors = entry.lookup("author_array");
  const std::string first_last = authors.is_array() && !authors.as_array().empty()
                                     ? text_of(authors.as_array()[0].lookup("last"))
                                     : std::string();
  return "[" + text_of(environment.lookup("index")) + "] " + text_of(environment.lookup("key")) + ": " +
         text_of(entry.lookup("title")) + " (" + first_last + ") " + std::string(template_name);
}

}  // namespace scholar_test
