#include "api/model_json.h"

#include "api/papers_json.h"
#include "core/emoji.h"
#include "news/news_date.h"
#include "core/html_sanitizer.h"
#include "core/html_text.h"

namespace folio {
namespace {


nlohmann::json about_to_json(const AboutPage& page) {
  nlohmann::json about = {{"file", page.file},
                          {"title", page.title},
                          {"subtitle", page.subtitle_html},
                          {"news", page.show_news},
                          {"selected_papers", page.show_selected_papers},
                          {"social", page.show_social},
                          {"body_markdown", page.body_markdown}};
  if (page.profile) {
    about["profile"] = {{"align", page.profile->align},
                        {"image", page.profile->image},
                        {"image_circular", page.profile->image_circular},
                        {"more_info", page.profile->more_info_html}};
  }
  return about;
}

// What a reader sees of content HTML, as plain text: for feeds and other
// places that cannot take markup. Same steps as the pages (sanitized, emoji).
std::string reader_text(std::string_view html) { return html_to_text(emojify_html(sanitize_html(html, {}))); }

// The item's title as a reader sees it: an inline item's row shows its
// content (its title is only Jekyll's default from the file name).
std::string title_text(const NewsItem& item) {
  if (item.is_inline) {
    std::string text = reader_text(item.body_html);
    if (!text.empty()) return text;
  }
  return reader_text(item.title_html);
}

nlohmann::json news_to_json(const std::vector<NewsItem>& news) {
  nlohmann::json items = nlohmann::json::array();
  for (const NewsItem& item : news) {
    items.push_back({{"id", item.id},
                     {"title", item.title_html},
                     {"title_text", title_text(item)},
                     {"date", item.date ? nlohmann::json(format_iso_date(*item.date)) : nlohmann::json(nullptr)},
                     {"inline", item.is_inline},
                     {"file", item.file},
                     {"line", item.line}});
  }
  return items;
}

}  // namespace

nlohmann::json config_to_json(const SiteConfig& config) {
  return {{"title", config.title},
          {"display_name", config.display_name()},
          {"first_name", config.first_name},
          {"middle_name", config.middle_name},
          {"last_name", config.last_name},
          {"description", config.description},
          {"url", config.url},
          {"baseurl", config.baseurl},
          {"announcements",
           {{"enabled", config.announcements.enabled},
            {"limit", config.announcements.limit},
            {"scrollable", config.announcements.scrollable}}},
          {"scholar", {{"last_name", config.scholar.last_names}, {"first_name", config.scholar.first_names}}},
          {"max_author_limit", config.max_author_limit},
          {"lang", config.lang},
          {"keywords", config.keywords},
          {"repository", config.repository},
          {"folio_branch", config.repository_branch},
          {"folio_content_path", config.content_path},
          {"icon", config.icon},
          {"folio_diagnostics", config.diagnostics_audience}};
}

nlohmann::json site_to_json(const Site& site) {
  nlohmann::json json = {{"config", config_to_json(site.config)}};
  json["about"] = site.about ? about_to_json(*site.about) : nlohmann::json(nullptr);
  json["news"] = news_to_json(site.news);
  json["papers"] = papers_to_json(site);
  json["venues"] = venues_to_json(site.venues);
  json["coauthors"] = coauthors_to_json(site.coauthors);
  return json;
}

}  // namespace folio
