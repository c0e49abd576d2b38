#include "render/builtin_theme.h"

#include <algorithm>

namespace folio::render {

std::optional<std::string_view> builtin_theme_file(std::string_view path) {
  static const std::vector<ThemeFile> files = embedded_theme_files();
  const auto found = std::lower_bound(files.begin(), files.end(), path,
                                      [](const ThemeFile& file, std::string_view p) { return file.path < p; });
  if (found == files.end() || found->path != path) return std::nullopt;
  return found->text;
}

}  // namespace folio::render
