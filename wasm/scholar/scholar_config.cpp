#include "scholar/scholar_config.h"

#include "scholar/tag_options.h"

namespace folio::scholar {
namespace {

// A setting that is a list: YAML lists, or text that jekyll-scholar splits
// at commas ("year, month").
std::vector<std::string> list_setting(const liquid::Value& value) {
  std::vector<std::string> items;
  if (value.is_array()) {
    for (const liquid::Value& item : value.as_array()) {
      for (std::string& piece : split_list(liquid::to_output(item))) items.push_back(std::move(piece));
    }
    return items;
  }
  return split_list(liquid::to_output(value));
}

// A YAML list of group keys as the one text an option gives: "year,month".
std::string joined_list(const liquid::Value& value) {
  std::string out;
  for (const std::string& item : list_setting(value)) out += (out.empty() ? "" : ",") + item;
  return out;
}

Attributes attributes_setting(const liquid::Value& value) {
  Attributes attributes;
  if (!value.is_hash()) return attributes;
  for (const auto& [name, item] : value.as_hash()) attributes.emplace_back(name, liquid::to_output(item));
  return attributes;
}

void add_over(Attributes& attributes, const Attributes& additions) {
  for (const auto& [name, value] : additions) {
    bool replaced = false;
    for (auto& entry : attributes) {
      if (entry.first == name) {
        entry.second = value;
        replaced = true;
      }
    }
    if (!replaced) attributes.emplace_back(name, value);
  }
}

}  // namespace

const std::string* find_attribute(const Attributes& attributes, std::string_view name) {
  for (const auto& entry : attributes) {
    if (entry.first == name) return &entry.second;
  }
  return nullptr;
}

void merge_scholar_settings(ScholarConfig& config, const liquid::Value& section) {
  if (!section.is_hash()) return;
  for (const auto& [name, value] : section.as_hash()) {
    if (value.is_nil()) continue;
    const std::string text = liquid::to_output(value);
    if (name == "style") config.style = text;
    else if (name == "locale") config.locale = text;
    else if (name == "sort_by") config.sort_by = list_setting(value);
    else if (name == "order") config.order = list_setting(value);
    else if (name == "group_by") config.group_by = joined_list(value);
    else if (name == "group_order") config.group_order = list_setting(value);
    else if (name == "bibliography_group_tag") config.group_tags = list_setting(value);
    else if (name == "bibliography_list_tag") config.list_tag = text;
    else if (name == "bibliography_item_tag") config.item_tag = text;
    else if (name == "bibliography_list_attributes") config.list_attributes = attributes_setting(value);
    else if (name == "bibliography_item_attributes") config.item_attributes = attributes_setting(value);
    else if (name == "source") config.source = text;
    else if (name == "bibliography") config.bibliography = text;
    else if (name == "bibtex_skip_fields") config.bibtex_skip_fields = list_setting(value);
    else if (name == "bibliography_class") config.bibliography_class = text;
    else if (name == "bibliography_template") config.bibliography_template = text;
    else if (name == "reference_tagname") config.reference_tagname = text;
    else if (name == "missing_reference") config.missing_reference = text;
    else if (name == "details_dir") config.details_dir = text;
    else if (name == "details_link") config.details_link = text;
    else if (name == "details_link_class") config.details_link_class = text;
    else if (name == "details_permalink") config.details_permalink = text;
    else if (name == "query") config.query = text;
    else if (name == "cite_class") config.cite_class = text;
    else if (name == "relative") config.relative = text;
    else if (name == "type_names") add_over(config.type_names, attributes_setting(value));
    else if (name == "type_aliases") add_over(config.type_aliases, attributes_setting(value));
    else if (name == "type_order") config.type_order = list_setting(value);
    else if (name == "month_names") config.month_names = list_setting(value);
  }
}

}  // namespace folio::scholar
