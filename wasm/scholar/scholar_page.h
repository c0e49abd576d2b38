// What jekyll-scholar's tags read while one page renders: the site's
// bibliography files and settings, the page's own `scholar:` settings, the
// keys the page has cited so far ({% cite %} adds to them, in order; this is
// what --cited and --cited_in_order show), and the page's variables for the
// `{{ name }}` that jekyll-scholar expands inside --query, --group_by,
// --file and --style, and for cite keys that are variable names.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "liquid/value.h"
#include "scholar/bibliography_library.h"
#include "scholar/scholar_config.h"

namespace folio::scholar {

struct ScholarSite {
  ScholarConfig config;  // defaults, with _config.yml's scholar: over them
  BibliographyLibrary library;
  std::string baseurl;              // _config.yml baseurl, for details links
  bool pretty_permalinks = false;   // _config.yml permalink is pretty or ends with '/'
  bool has_details_layout = false;  // the site has a `bibtex` layout (scholar.details_layout)
};

// A variable of the page's render by name ("page.title"); nil when unknown.
using VariableLookup = std::function<liquid::Value(std::string_view name)>;

struct ScholarPage {
  const ScholarSite* site = nullptr;
  ScholarConfig config;              // the site's, with the page's scholar: over it
  std::string file;                  // the page's path, for diagnostics
  std::vector<std::string> cited;    // keys cited so far, in order, once each
  VariableLookup lookup;             // may be empty: nothing is expanded
};

ScholarPage make_scholar_page(const ScholarSite& site, std::string file, const liquid::Value& page_scholar_settings);

// jekyll-scholar's interpolate: each {{ name }} (letters, digits, _ and .)
// becomes the variable's text; an unknown or nil variable stays as written.
std::string interpolate_variables(std::string_view text, const VariableLookup& lookup);

}  // namespace folio::scholar
