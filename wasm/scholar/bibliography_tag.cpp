#include "scholar/bibliography_tag.h"

#include <algorithm>

#include "scholar/entry_environment.h"
#include "scholar/grouping.h"
#include "scholar/query.h"
#include "scholar/selection.h"
#include "scholar/tag_options.h"

namespace folio::scholar {
namespace {

struct Selection {
  TagOptions options;
  std::vector<EntryPtr> entries;
};

// Keys the caller cited (front matter, say) that no file has; keys from
// {% cite %} were reported there already and never join the list.
void warn_about_unknown_cited_keys(const std::vector<std::string>& cited, const std::vector<EntryPtr>& entries,
                                   const TagPlace& place, Diagnostics& diagnostics) {
  for (const std::string& key : cited) {
    const bool known = std::any_of(entries.begin(), entries.end(), [&](const EntryPtr& e) { return e->key == key; });
    if (known) continue;
    diagnostics.warning(place.file, place.line, 0,
                        "the cited key '" + key + "' has no bibliography entry, so --cited leaves it out; "
                        "check the key's spelling or add the entry to the .bib file");
  }
}

// Runs the markup's query over its files; an unparseable query selects
// nothing and says how to write one.
Selection select_for_tag(ScholarPage& page, std::string_view markup, int line, Diagnostics& diagnostics) {
  const TagPlace place{page.file, line};
  Selection selection;
  selection.options = parse_tag_options(markup, place, diagnostics);
  std::vector<std::string> files;
  for (const std::string& file : selection.options.files) files.push_back(interpolate_variables(file, page.lookup));
  const std::vector<EntryPtr> entries = load_entries(page.site->library, page.config, files, place, diagnostics);
  const std::string query_text =
      selection.options.query ? interpolate_variables(*selection.options.query, page.lookup) : page.config.query;
  const QueryParse query = parse_query(query_text);
  if (!query.query) {
    diagnostics.error(place.file, place.line, 0,
                      "the bibliography query '" + query_text + "' cannot be read: " + query.error +
                          "; e.g. --query @*[selected=true] or --query @article[year=2024]");
    return selection;
  }
  if (selection.options.cited) warn_about_unknown_cited_keys(page.cited, entries, place, diagnostics);
  selection.entries = select_entries(entries, *query.query, page.config, selection.options, page.cited);
  if (selection.options.clear) page.cited.clear();
  return selection;
}

std::string attributes_text(const Attributes& attributes) {
  std::string out;
  for (const auto& [name, value] : attributes) out += " " + name + "=\"" + value + "\"";
  return out;
}

class ListWriter {
 public:
  ListWriter(const ScholarPage& page, const TagOptions& options, const EntryTemplateRenderer& render_entry)
      : page_(page), options_(options), render_entry_(render_entry) {}

  std::string list(const std::vector<EntryPtr>& entries) const {
    const ScholarConfig& config = page_.config;
    const std::string& tag = options_.list_tag ? *options_.list_tag : config.list_tag;
    Attributes attributes = {{"class", config.bibliography_class}};
    for (const auto& attribute : config.list_attributes) {
      if (attribute.first == "class") attributes[0].second = attribute.second;
      else attributes.push_back(attribute);
    }
    std::string items;
    int64_t index = 0;
    for (const EntryPtr& entry : entries) {
      if (!items.empty()) items += "\n";
      items += "<" + config.item_tag + attributes_text(config.item_attributes) + ">" + item(entry, ++index) + "</" +
               config.item_tag + ">";
    }
    return "<" + tag + attributes_text(attributes) + ">" + items + "</" + tag + ">";
  }

  std::string groups(const std::vector<EntryGroup>& groups, size_t level) const {
    const ScholarConfig& config = page_.config;
    const std::string heading = level < config.group_tags.size() ? config.group_tags[level]
                                : config.group_tags.empty()        ? "h2"
                                                                   : config.group_tags.back();
    std::string out;
    for (const EntryGroup& group : groups) {
      if (!out.empty()) out += "\n";
      out += "<" + heading + " class=\"" + config.bibliography_class + "\">" + group.name + "</" + heading + ">\n";
      out += group.groups.empty() ? list(group.entries) : this->groups(group.groups, level + 1);
    }
    return out;
  }

 private:
  std::string item(const EntryPtr& entry, int64_t index) const {
    const ScholarConfig& config = page_.config;
    const std::string template_name = options_.template_name ? *options_.template_name : config.bibliography_template;
    const liquid::Value environment = make_entry_environment(entry, index, page_, options_.prefix.value_or(""));
    std::string out = render_entry_(environment, template_name.empty() ? "{{reference}}" : template_name);
    if (page_.site->has_details_layout && !config.details_link.empty()) {
      out += "<a class=\"" + config.details_link_class + "\" href=\"" + details_url(*entry, *page_.site, config) +
             "\">" + config.details_link + "</a>";
    }
    return out;
  }

  const ScholarPage& page_;
  const TagOptions& options_;
  const EntryTemplateRenderer& render_entry_;
};

}  // namespace

std::string render_bibliography(ScholarPage& page, std::string_view markup, int line,
                                const EntryTemplateRenderer& render_entry, Diagnostics& diagnostics) {
  Selection selection = select_for_tag(page, markup, line, diagnostics);
  const TagOptions& options = selection.options;
  const ListWriter writer(page, options, render_entry);
  const std::string group_by =
      options.group_by ? interpolate_variables(*options.group_by, page.lookup) : page.config.group_by;
  if (group_by != "none") {
    const std::vector<std::string> orders = options.group_order ? *options.group_order : page.config.group_order;
    ScholarConfig config = page.config;
    if (options.type_order) config.type_order = *options.type_order;
    return writer.groups(group_entries(selection.entries, split_list(group_by), orders, config), 0);
  }
  std::vector<EntryPtr>& entries = selection.entries;
  // jekyll-scholar's items[offset..offset + max - 1]; past the end, nothing.
  const size_t offset = options.offset < 0 ? 0 : static_cast<size_t>(options.offset);
  if (offset > entries.size()) entries.clear();
  else entries.erase(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(offset));
  if (options.max && *options.max >= 0 && static_cast<size_t>(*options.max) < entries.size()) {
    entries.resize(static_cast<size_t>(*options.max));
  }
  return writer.list(entries);
}

int64_t count_bibliography(ScholarPage& page, std::string_view markup, int line, Diagnostics& diagnostics) {
  return static_cast<int64_t>(select_for_tag(page, markup, line, diagnostics).entries.size());
}

}  // namespace folio::scholar
