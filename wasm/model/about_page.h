// The about page (_pages/about.md, layout: about): front matter and body.
#pragma once

#include <optional>
#include <string>

#include "model/site_config.h"

namespace folio {

struct Profile {
  std::string align = "right";  // "left" or "right"
  std::string image;            // file name under assets/img/
  bool image_circular = false;
  std::string more_info_html;   // raw HTML from the front matter, sanitized when rendered
};

struct AboutPage {
  std::string file;
  std::string title;
  std::string subtitle_html;
  std::optional<Profile> profile;
  bool show_news = false;
  bool show_selected_papers = false;
  bool show_social = false;
  // Newer al-folio sets announcements on the page instead of the site.
  std::optional<AnnouncementSettings> announcements;
  std::string body_markdown;
  std::string body_html;  // md4c output, sanitized when rendered
};

}  // namespace folio
