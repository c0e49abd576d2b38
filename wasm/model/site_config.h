// What folio uses of an al-folio _config.yml. Defaults are al-folio's.
#pragma once

#include <string>
#include <vector>

#include "core/time/time_zone.h"

namespace folio {

struct AnnouncementSettings {
  bool enabled = true;
  int limit = 0;  // 0: no limit
  bool scrollable = true;
};

struct ScholarSettings {
  std::vector<std::string> last_names;   // the site owner's, emphasised in author lists
  std::vector<std::string> first_names;  // e.g. ["Albert", "A."]
};

struct SiteConfig {
  std::string title;  // "blank" means: show first/middle/last name instead
  std::string first_name, middle_name, last_name;
  std::string description;
  std::string keywords;
  std::string url, baseurl;
  std::string footer_text;
  std::string lang = "en";
  // Jekyll's `timezone:` (an IANA name): every date shows as a clock there
  // does. Unset, or a name folio does not know: UTC, the zone of the GitHub
  // machines that build al-folio sites.
  TimeZone timezone = TimeZone::utc();
  std::string contact_note;
  AnnouncementSettings announcements;
  ScholarSettings scholar;
  int max_author_limit = 3;  // 0: show every author
  // Fields the Bib block leaves out: al-folio's own (abbr, pdf, selected, ...),
  // which mean nothing to a reference manager. al-folio's default list.
  std::vector<std::string> filtered_bibtex_keywords = {
      "abbr",    "abstract",      "additional_info", "altmetric", "annotation", "arxiv",
      "award",   "award_name",    "bibtex_show",     "blog",      "code",       "google_scholar_id",
      "html",    "inspirehep_id", "pdf",             "poster",    "preview",    "selected",
      "slides",  "supp",          "video",           "website"};
  bool enable_publication_thumbnails = false;
  // folio's own option: lets site owners embed trusted HTML such as an iframe
  // of a talk. Off by default; widgets never honour it.
  bool trusted_html = false;
  // Where the content lives on GitHub, for links from diagnostics to the
  // line at fault: `repository: owner/name` (jekyll-github-metadata's key),
  // folio_branch (default main), folio_content_path (the content folder
  // inside the repository, default content).
  std::string repository;
  std::string repository_branch = "main";
  std::string content_path = "content";

  // The name the site goes by: title, or the person's name when title is "blank".
  std::string display_name() const;
};

}  // namespace folio
