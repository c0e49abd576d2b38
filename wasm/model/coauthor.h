// A coauthor of _data/coauthors.yml, as al-folio's bib layout uses it: an
// author whose last name is the key and whose first name is one of
// `first_names` is linked to `url`.
//
//   "hu":
//     - firstname: ["Qinghao", "Q."]
//       url: https://example.org/qinghao
#pragma once

#include <map>
#include <string>
#include <vector>

namespace folio {

struct Coauthor {
  std::vector<std::string> first_names;
  std::string url;
};

// By last name folded to lowercase without accents (papers/author_names.h),
// as al-folio's `downcase | remove_accents` looks them up.
using CoauthorMap = std::map<std::string, std::vector<Coauthor>>;

}  // namespace folio
