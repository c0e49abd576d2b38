// al-folio's `third_party_libraries:` in _config.yml: each library's version
// and the URLs its layouts load it from. Of them, folio's shell loads MathJax
// (`enable_math: true`) on the pages that hold TeX (web/math-typeset.mjs), as
// al-folio's scripts.liquid does; the other libraries come with scripts that
// the sanitizer never lets into a page.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "site/site_model.h"

namespace folio::plugins {

struct ScriptSource {
  std::string src;        // an https URL, or a path on the site's origin
  std::string integrity;  // "sha256-...", or "" when the config gives none
};

// MathJax's script when the site enables math and names a usable URL for it,
// its `{{version}}` replaced as _plugins/download-3rd-party.rb replaces it.
// (With `download: true` Jekyll saves the file into the site while it builds;
// folio, which has no build, loads it from the URL.)
std::optional<ScriptSource> math_script(const site::SiteModel& site);

// Whether rendered HTML holds TeX that MathJax, set up as al-folio sets it up,
// typesets: \(...\), \[...\], $$...$$, \begin{...}, or $...$ within a line.
bool has_math(std::string_view html);

}  // namespace folio::plugins
