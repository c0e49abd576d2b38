#include "scholar/grouping.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "scholar/ascii_text.h"
#include "scholar/stored_entry.h"

namespace folio::scholar {
namespace {

constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

struct GroupValue {
  std::string text;
  std::optional<long long> number;  // for keys compared as integers
};

GroupValue group_value(const BibEntry& entry, const std::string& key, const ScholarConfig& config) {
  if (key == "type") {
    const std::string* alias = find_attribute(config.type_aliases, entry.type);
    return {alias ? *alias : entry.type, std::nullopt};
  }
  if (key == "year" || key == "date") return {stored_field_text(entry, key).value_or(""), std::nullopt};
  if (key == "name") {
    for (const char* field : {"author", "editor", "institution", "organization", "publisher"}) {
      if (std::optional<std::string> value = stored_field_text(entry, field)) return {*value, std::nullopt};
    }
    return {"", std::nullopt};
  }
  GroupValue value{stored_field_text(entry, key).value_or(""), std::nullopt};
  if (is_integer_text(value.text)) value.number = std::stoll(value.text);
  return value;
}

int compare_group_values(const std::string& key, const GroupValue& a, const GroupValue& b, const ScholarConfig& config) {
  if (key == "type") {
    const auto& order = config.type_order;
    const auto ia = std::find(order.begin(), order.end(), a.text), ib = std::find(order.begin(), order.end(), b.text);
    if (ia == ib) return 0;  // both absent, or the same
    if (ia == order.end()) return 1;
    if (ib == order.end()) return -1;
    return ia < ib ? -1 : 1;
  }
  if (a.number && b.number) return *a.number < *b.number ? -1 : *a.number > *b.number ? 1 : 0;
  const int order = a.text.compare(b.text);
  return order < 0 ? -1 : order > 0 ? 1 : 0;
}

std::string group_name(const std::string& key, const GroupValue& value, const ScholarConfig& config) {
  if (key == "type") {
    const std::string* name = find_attribute(config.type_names, value.text);
    return name ? *name : value.text;
  }
  if (key == "month_numeric") {
    if (!value.number || *value.number < 1 || *value.number > 12) return "(unknown)";
    const size_t index = static_cast<size_t>(*value.number - 1);
    if (config.month_names.empty()) return kMonthNames[index];
    return index < config.month_names.size() ? config.month_names[index] : "(unknown)";
  }
  return value.text;
}

std::vector<EntryGroup> group_level(const std::vector<EntryPtr>& entries, const std::vector<std::string>& keys,
                                    size_t level, const std::vector<std::string>& orders,
                                    const ScholarConfig& config) {
  const std::string& key = keys[level];
  std::vector<std::pair<GroupValue, std::vector<EntryPtr>>> buckets;
  std::unordered_map<std::string, size_t> bucket_of;
  for (const EntryPtr& entry : entries) {
    GroupValue value = group_value(*entry, key, config);
    const auto [found, added] = bucket_of.emplace(value.text, buckets.size());
    if (added) buckets.emplace_back(std::move(value), std::vector<EntryPtr>{});
    buckets[found->second].second.push_back(entry);
  }
  const std::string order = level < orders.size() ? orders[level] : orders.empty() ? "ascending" : orders.back();
  const bool descending = is_descending_order(order);
  std::stable_sort(buckets.begin(), buckets.end(), [&](const auto& a, const auto& b) {
    const int c = compare_group_values(key, a.first, b.first, config);
    return descending ? c > 0 : c < 0;
  });
  std::vector<EntryGroup> groups;
  for (auto& [value, members] : buckets) {
    EntryGroup group;
    group.name = group_name(key, value, config);
    if (level + 1 < keys.size()) {
      group.groups = group_level(members, keys, level + 1, orders, config);
    } else {
      group.entries = std::move(members);
    }
    groups.push_back(std::move(group));
  }
  return groups;
}

}  // namespace

std::vector<EntryGroup> group_entries(const std::vector<EntryPtr>& entries, const std::vector<std::string>& keys,
                                      const std::vector<std::string>& orders, const ScholarConfig& config) {
  if (keys.empty()) return {};
  std::vector<std::string> level_keys;
  for (const std::string& key : keys) level_keys.push_back(key == "month" ? "month_numeric" : key);
  return group_level(entries, level_keys, 0, orders, config);
}

}  // namespace folio::scholar
