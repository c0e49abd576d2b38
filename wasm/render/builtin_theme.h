// folio's built-in layouts and includes (themes/builtin/: _layouts/*.liquid,
// _includes/*.liquid), compiled into the core by cmake/EmbedTheme.cmake, so
// a content folder that lacks a template still renders and no theme file is
// ever fetched.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace folio::render {

struct ThemeFile {
  std::string_view path;  // from themes/builtin/: "_layouts/page.liquid"
  std::string_view text;
};

// Every embedded file, sorted by path (the generated builtin_theme_files.cpp).
std::vector<ThemeFile> embedded_theme_files();

// One embedded file by its path, or nullopt.
std::optional<std::string_view> builtin_theme_file(std::string_view path);

}  // namespace folio::render
