#include "news/news_order.h"

#include <algorithm>
#include <tuple>

namespace folio {
namespace {

bool listed_before(const NewsItem& a, const NewsItem& b) {
  if (a.date.has_value() != b.date.has_value()) return a.date.has_value();
  if (!a.date) return std::tie(a.file, a.line) < std::tie(b.file, b.line);
  const auto a_instant = a.date->unix_seconds, b_instant = b.date->unix_seconds;
  if (a_instant != b_instant) return a_instant > b_instant;
  return std::tie(a.file, a.line) > std::tie(b.file, b.line);
}

}  // namespace

void sort_news_newest_first(std::vector<NewsItem>& items) {
  std::stable_sort(items.begin(), items.end(), listed_before);
}

}  // namespace folio
