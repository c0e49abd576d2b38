// The order al-folio lists news in. Jekyll sorts a collection by date and then
// by path; al-folio reverses it (`site.news | reverse`). So: newest first, and
// items with the same date in reverse file-name order (byte-wise, as Ruby
// compares strings: announcement_9 before announcement_10 before announcement_1).
// Entries of _data/news.yml follow the same rule with their position in the
// file standing in for the file name: of two entries with the same date, the
// later one comes first.
//
// Items without a usable date (Jekyll would stop the build on a bad one) come
// last, in file-name order and then file order, so a broken date never hides
// an item or moves the others.
#pragma once

#include <vector>

#include "model/news_item.h"

namespace folio {

void sort_news_newest_first(std::vector<NewsItem>& items);

}  // namespace folio
