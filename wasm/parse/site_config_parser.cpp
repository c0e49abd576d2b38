#include "parse/site_config_parser.h"

namespace folio {

AnnouncementSettings read_announcements(const YamlReader& reader, AnnouncementSettings settings) {
  settings.enabled = reader.boolean("enabled", settings.enabled);
  settings.limit = reader.integer("limit", settings.limit);
  settings.scrollable = reader.boolean("scrollable", settings.scrollable);
  return settings;
}

// timezone: America/New_York. A name Jekyll's machines would not know either
// (TZ falls back to UTC there too) is reported with what to write instead.
TimeZone read_timezone(const YamlReader& reader, const std::string& file, Diagnostics& diagnostics) {
  if (!reader.has("timezone")) return TimeZone::utc();
  const std::string name = reader.string("timezone");
  if (name.empty()) return TimeZone::utc();
  if (std::optional<TimeZone> zone = TimeZone::named(name)) return *zone;
  diagnostics.warning(file, reader.line_of("timezone"), 0,
                      "timezone: " + name +
                          " is not a time zone folio knows, so dates are shown in UTC; write an IANA name such as "
                          "America/New_York, Europe/Berlin or Asia/Shanghai (the TZ column of "
                          "https://en.wikipedia.org/wiki/List_of_tz_database_time_zones), or remove the line for UTC");
  return TimeZone::utc();
}

SiteConfig parse_site_config(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  const YamlSource source{file, 1};
  const YAML::Node root = parse_yaml(text, source, diagnostics);
  SiteConfig config;
  if (!root.IsMap()) {
    if (root.IsDefined() && !root.IsNull() && !diagnostics.has_errors()) {
      diagnostics.error(file, 1, 1, "_config.yml should be a mapping of settings (key: value lines)");
    }
    return config;
  }
  const YamlReader reader(root, source, diagnostics);
  config.title = reader.string("title");
  config.first_name = reader.string("first_name");
  config.middle_name = reader.string("middle_name");
  config.last_name = reader.string("last_name");
  config.description = reader.string("description");
  config.keywords = reader.string("keywords");
  config.url = reader.string("url");
  config.baseurl = reader.string("baseurl");
  config.footer_text = reader.string("footer_text");
  config.lang = reader.string("lang", config.lang);
  config.timezone = read_timezone(reader, file, diagnostics);
  config.contact_note = reader.string("contact_note");
  config.announcements = read_announcements(reader.child("announcements"), config.announcements);
  const YamlReader scholar = reader.child("scholar");
  config.scholar.last_names = scholar.strings("last_name");
  config.scholar.first_names = scholar.strings("first_name");
  config.max_author_limit = reader.integer("max_author_limit", config.max_author_limit);
  // al-folio: "leave blank to always show all authors".
  if (const YAML::Node limit = root["max_author_limit"]; limit.IsDefined() && limit.IsNull()) config.max_author_limit = 0;
  if (reader.has("filtered_bibtex_keywords")) {
    config.filtered_bibtex_keywords = reader.strings("filtered_bibtex_keywords");
  }
  config.enable_publication_thumbnails =
      reader.boolean("enable_publication_thumbnails", config.enable_publication_thumbnails);
  config.trusted_html = reader.boolean("folio_trusted_html", config.trusted_html);
  config.repository = reader.string("repository");
  config.repository_branch = reader.string("folio_branch", config.repository_branch);
  config.content_path = reader.string("folio_content_path", config.content_path);
  return config;
}

}  // namespace folio
