#include "model/source_files.h"

namespace folio {

const std::string* SourceFiles::find(const std::string& path) const {
  const auto it = text_by_path.find(path);
  return it == text_by_path.end() ? nullptr : &it->second;
}

std::vector<std::string> SourceFiles::paths_under(const std::string& folder) const {
  std::vector<std::string> paths;
  for (auto it = text_by_path.lower_bound(folder);
       it != text_by_path.end() && it->first.compare(0, folder.size(), folder) == 0; ++it) {
    paths.push_back(it->first);
  }
  return paths;
}

}  // namespace folio
