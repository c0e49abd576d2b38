#include "api/papers_json.h"

#include "bibtex/latex_to_unicode.h"
#include "core/html_sanitizer.h"
#include "papers/bibtex_block.h"

namespace folio {
namespace {

nlohmann::json names_to_json(const std::vector<PersonName>& names) {
  nlohmann::json list = nlohmann::json::array();
  for (const PersonName& name : names) {
    list.push_back({{"first", name.first}, {"von", name.von}, {"last", name.last}, {"jr", name.jr},
                    {"others", name.others}});
  }
  return list;
}

// Fields that Node's structured data (JSON-LD, Scholar tags) shows as text:
// the core turns their LaTeX into what a reader sees, so no JS decodes it.
constexpr const char* kTextFields[] = {"publisher", "abstract", "award_name", "volume", "number", "pages"};

nlohmann::json field_texts(const Paper& paper) {
  nlohmann::json texts = nlohmann::json::object();
  for (const char* name : kTextFields) {
    if (const BibField* field = paper.entry.field(name)) texts[name] = latex_to_text(field->value);
  }
  return texts;
}

nlohmann::json paper_to_json(const Paper& paper, const SiteConfig& config) {
  nlohmann::json fields = nlohmann::json::object();
  for (const BibField& field : paper.entry.fields) fields[field.name] = field.value;
  return {{"key", paper.key()},
          {"type", paper.type()},
          {"file", paper.file},
          {"line", paper.entry.line},
          {"element_id", paper.element_id},
          {"year", paper.year},
          {"title", paper.title_text},
          {"title_html", sanitize_html(paper.text().title_html, SanitizePolicy{})},
          {"authors", names_to_json(paper.text().authors)},
          {"editors", names_to_json(paper.text().editors)},
          {"venue", paper.text().venue_text},
          {"abbr", paper.abbr},
          {"selected", paper.selected},
          {"bibtex_show", paper.bibtex_show},
          {"bibtex", bibtex_for_display(paper.entry, config.filtered_bibtex_keywords)},
          {"fields", fields},
          {"text", field_texts(paper)}};
}

}  // namespace

nlohmann::json papers_to_json(const Site& site) {
  nlohmann::json papers = nlohmann::json::array();
  for (const Paper& paper : site.papers) papers.push_back(paper_to_json(paper, site.config));
  return papers;
}

nlohmann::json venues_to_json(const VenueMap& venues) {
  nlohmann::json json = nlohmann::json::object();
  for (const auto& [abbr, venue] : venues) json[abbr] = {{"url", venue.url}, {"color", venue.color}};
  return json;
}

nlohmann::json coauthors_to_json(const CoauthorMap& coauthors) {
  nlohmann::json json = nlohmann::json::object();
  for (const auto& [last_name, people] : coauthors) {
    nlohmann::json list = nlohmann::json::array();
    for (const Coauthor& person : people) list.push_back({{"firstname", person.first_names}, {"url", person.url}});
    json[last_name] = list;
  }
  return json;
}

}  // namespace folio
