#include "scholar/selection.h"

#include <algorithm>

#include "scholar/ascii_text.h"
#include "scholar/stored_entry.h"

namespace folio::scholar {
namespace {

// jekyll-scholar's "name" sort key: the first responsible party, braces and
// surrounding space trimmed, lowercase.
std::string name_sort_value(const BibEntry& entry) {
  for (const char* field : {"author", "editor", "institution", "organization", "publisher"}) {
    const std::string value = stored_field_text(entry, field).value_or("");
    if (value.empty()) continue;
    const size_t start = value.find_first_not_of("{ \t\n");
    const size_t end = value.find_last_not_of("} \t\n");
    return start == std::string::npos ? "" : ascii_lowercase(value.substr(start, end - start + 1));
  }
  return "";
}

// bibtex-ruby's Value#<=>.
int compare_values(const std::string& left, const std::string& right) {
  if (is_integer_text(left) && is_integer_text(right)) {
    const long long a = std::stoll(left), b = std::stoll(right);
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const int order = left.compare(right);
  return order < 0 ? -1 : order > 0 ? 1 : 0;
}

void sort_entries(std::vector<EntryPtr>& entries, const ScholarConfig& config) {
  std::vector<std::string> keys;
  for (const std::string& key : config.sort_by) keys.push_back(key == "month" ? "month_numeric" : key);
  // Each entry's sort values, read once.
  std::vector<std::pair<std::vector<std::string>, EntryPtr>> decorated;
  decorated.reserve(entries.size());
  for (const EntryPtr& entry : entries) {
    std::vector<std::string> values;
    for (const std::string& key : keys) {
      values.push_back(key == "name" ? name_sort_value(*entry) : stored_field_text(*entry, key).value_or(""));
    }
    decorated.emplace_back(std::move(values), entry);
  }
  std::stable_sort(decorated.begin(), decorated.end(), [&](const auto& a, const auto& b) {
    for (size_t i = 0; i < keys.size(); ++i) {
      const std::string order = i < config.order.size() ? config.order[i]
                                : config.order.empty() ? "ascending"
                                                       : config.order.back();
      int c = compare_values(a.first[i], b.first[i]);
      if (is_descending_order(order)) c = -c;
      if (c != 0) return c < 0;
    }
    return false;
  });
  for (size_t i = 0; i < entries.size(); ++i) entries[i] = decorated[i].second;
}

bool skips_sort(const ScholarConfig& config, const TagOptions& options) {
  return options.cited_in_order || config.sort_by.empty() ||
         (config.sort_by.size() == 1 && config.sort_by[0] == "none");
}

}  // namespace

std::vector<EntryPtr> select_entries(const std::vector<EntryPtr>& entries, const Query& query,
                                     const ScholarConfig& config, const TagOptions& options,
                                     const std::vector<std::string>& cited_keys) {
  std::vector<EntryPtr> selected;
  for (const EntryPtr& entry : entries) {
    if (query_matches(query, *entry)) selected.push_back(entry);
  }
  const bool skip_sort = skips_sort(config, options);
  if (!skip_sort) sort_entries(selected, config);
  if (!options.cited) return selected;

  std::vector<EntryPtr> cited;
  if (skip_sort) {
    std::vector<std::string> seen;
    for (const std::string& key : cited_keys) {
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
      seen.push_back(key);
      const auto found = std::find_if(selected.begin(), selected.end(), [&](const EntryPtr& e) { return e->key == key; });
      if (found != selected.end()) cited.push_back(*found);
    }
  } else {
    for (const EntryPtr& entry : selected) {
      if (std::find(cited_keys.begin(), cited_keys.end(), entry->key) != cited_keys.end()) cited.push_back(entry);
    }
  }
  return cited;
}

}  // namespace folio::scholar
