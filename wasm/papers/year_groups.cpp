#include "papers/year_groups.h"

#include <algorithm>

namespace folio {
namespace {

// The year as a number when it is only digits (at most 6); -1 otherwise.
long year_number(const std::string& year) {
  if (year.empty() || year.size() > 6) return -1;
  if (!std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; })) return -1;
  return std::stol(year);
}

}  // namespace

std::vector<YearGroup> group_papers_by_year(const std::vector<const Paper*>& papers) {
  std::vector<YearGroup> groups;
  for (const Paper* paper : papers) {
    auto group = std::find_if(groups.begin(), groups.end(), [&](const YearGroup& g) { return g.year == paper->year; });
    if (group == groups.end()) {
      groups.push_back({paper->year, {}});
      group = groups.end() - 1;
    }
    group->papers.push_back(paper);
  }
  // Rank: numeric years (descending), then other texts, then no year; the
  // stable sort keeps first-appearance order among equal ranks.
  const auto rank = [](const YearGroup& g) {
    if (g.year.empty()) return 2;
    return year_number(g.year) >= 0 ? 0 : 1;
  };
  std::stable_sort(groups.begin(), groups.end(), [&](const YearGroup& a, const YearGroup& b) {
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    return rank(a) == 0 && year_number(a.year) > year_number(b.year);
  });
  return groups;
}

}  // namespace folio
