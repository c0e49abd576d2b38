#include "parse/about_page_parser.h"

#include "parse/front_matter.h"
#include "parse/liquid_check.h"
#include "parse/markdown.h"
#include "parse/site_config_parser.h"
#include "parse/yaml_reader.h"

namespace folio {
namespace {

Profile read_profile(const YamlReader& reader) {
  Profile profile;
  profile.align = reader.string("align", profile.align);
  profile.image = reader.string("image");
  profile.image_circular = reader.boolean("image_circular", profile.image_circular);
  profile.more_info_html = reader.string("more_info");
  return profile;
}

void read_front_matter(const YamlReader& reader, AboutPage& page) {
  page.title = reader.string("title");
  page.subtitle_html = reader.string("subtitle");
  if (reader.has("profile")) page.profile = read_profile(reader.child("profile"));
  page.show_news = reader.boolean("news", false);
  page.show_selected_papers = reader.boolean("selected_papers", false);
  page.show_social = reader.boolean("social", false);
  if (reader.has("announcements")) {
    page.announcements = read_announcements(reader.child("announcements"), AnnouncementSettings{});
    page.show_news = page.show_news || page.announcements->enabled;
  }
}

}  // namespace

AboutPage parse_about_page(std::string_view text, const std::string& file, Diagnostics& diagnostics,
                           const MarkdownSettings& markdown) {
  AboutPage page;
  page.file = file;
  const FrontMatterSplit split = split_front_matter(text, file, diagnostics);
  if (split.has_front_matter) {
    const YamlSource source{file, split.yaml_first_line};
    const YAML::Node front_matter = parse_yaml(split.yaml, source, diagnostics);
    if (front_matter.IsMap()) {
      read_front_matter(YamlReader(front_matter, source, diagnostics), page);
    } else if (!front_matter.IsNull()) {
      diagnostics.error(file, split.yaml_first_line, 1,
                        "front matter should be key: value lines (a YAML mapping)");
    }
  }
  page.body_markdown = std::string(split.body);
  page.body_html = markdown_to_html(split.body, markdown);
  warn_about_liquid(split.body, file, split.body_first_line, diagnostics);
  return page;
}

}  // namespace folio
