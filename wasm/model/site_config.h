// What folio uses of an al-folio _config.yml. Defaults are al-folio's.
#pragma once

#include <string>
#include <vector>

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
  std::string contact_note;
  AnnouncementSettings announcements;
  ScholarSettings scholar;
  int max_author_limit = 3;  // 0: show every author
  bool enable_publication_thumbnails = false;
  // folio's own option: lets site owners embed trusted HTML such as an iframe
  // of a talk. Off by default; widgets never honour it.
  bool trusted_html = false;

  // The name the site goes by: title, or the person's name when title is "blank".
  std::string display_name() const;
};

}  // namespace folio
