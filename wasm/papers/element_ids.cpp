#include "papers/element_ids.h"

#include <set>

namespace folio {
namespace {

constexpr std::string_view kBlockSuffixes[] = {kAbstractIdSuffix, kAwardIdSuffix, kBibtexIdSuffix,
                                               kMoreAuthorsIdSuffix};

bool is_id_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

bool is_free(const std::set<std::string>& taken, const std::string& id) {
  if (taken.count(id)) return false;
  for (std::string_view suffix : kBlockSuffixes) {
    if (taken.count(id + std::string(suffix))) return false;
  }
  return true;
}

}  // namespace

std::string element_id_for_key(std::string_view key) {
  std::string id;
  for (char c : key) {
    if (is_id_character(c) && c != '-') {
      id += c;
    } else if (!id.empty() && id.back() != '-') {
      id += '-';
    }
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.empty() ? "paper" : id;
}

void assign_element_ids(std::vector<Paper>& papers) {
  std::set<std::string> taken;
  for (Paper& paper : papers) {
    const std::string base = element_id_for_key(paper.key());
    std::string id = base;
    for (int suffix = 2; !is_free(taken, id); ++suffix) id = base + "-" + std::to_string(suffix);
    taken.insert(id);
    for (std::string_view block : kBlockSuffixes) taken.insert(id + std::string(block));
    paper.element_id = id;
  }
}

}  // namespace folio
