// Site folders for the site model's tests: a fixture folder read as the
// Node loader reads it, or a few files written in the test.
#pragma once

#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <utility>

#include "model/source_files.h"

namespace folio::testing {

inline SourceFiles fixture_site(const std::string& name) {
  SourceFiles files;
  const std::filesystem::path root = std::filesystem::path(FOLIO_FIXTURES_DIR) / "sites" / name;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files.text_by_path[entry.path().lexically_relative(root).generic_string()] = text.str();
  }
  return files;
}

inline SourceFiles site_files(std::initializer_list<std::pair<const char*, const char*>> files) {
  SourceFiles site;
  for (const auto& [path, text] : files) site.text_by_path[path] = text;
  return site;
}

}  // namespace folio::testing
