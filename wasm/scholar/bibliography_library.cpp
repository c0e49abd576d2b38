#include "scholar/bibliography_library.h"

#include <algorithm>
#include <unordered_set>

#include "bibtex/bibtex_parser.h"

namespace folio::scholar {
namespace {

// "/_bibliography/", "./_bibliography" -> "_bibliography/".
std::string source_folder(const std::string& source) {
  std::string_view folder = source;
  while (folder.substr(0, 2) == "./") folder.remove_prefix(2);
  while (!folder.empty() && folder.front() == '/') folder.remove_prefix(1);
  std::string out(folder);
  if (!out.empty() && out.back() != '/') out += '/';
  if (out == "./") out.clear();
  return out;
}

bool has_extension(std::string_view name) {
  const size_t slash = name.rfind('/');
  const size_t dot = name.rfind('.');
  return dot != std::string_view::npos && (slash == std::string_view::npos || dot > slash) && dot + 1 < name.size();
}

// '*' matches any run of characters except '/'.
bool glob_matches(std::string_view pattern, std::string_view text) {
  if (pattern.empty()) return text.empty();
  if (pattern[0] == '*') {
    for (size_t skip = 0; skip <= text.size(); ++skip) {
      if (glob_matches(pattern.substr(1), text.substr(skip))) return true;
      if (skip < text.size() && text[skip] == '/') break;
    }
    return false;
  }
  return !text.empty() && pattern[0] == text[0] && glob_matches(pattern.substr(1), text.substr(1));
}

std::vector<std::string> resolve_paths(const BibliographyLibrary& library, const ScholarConfig& config,
                                       const std::vector<std::string>& names) {
  const std::string folder = source_folder(config.source);
  std::vector<std::string> paths;
  if (names.empty() && config.bibliography.find('*') != std::string::npos) {
    for (const std::string& path : library.paths()) {
      if (path.compare(0, folder.size(), folder) == 0 && glob_matches(config.bibliography, path.substr(folder.size()))) {
        paths.push_back(path);
      }
    }
    return paths;
  }
  for (const std::string& name : names.empty() ? std::vector<std::string>{config.bibliography} : names) {
    std::string_view relative = name;
    if (!relative.empty() && relative.front() == '/' && library.has(relative.substr(1))) {
      paths.emplace_back(relative.substr(1));
      continue;
    }
    std::string path = folder + name;
    if (!has_extension(name) && !library.has(path)) path += ".bib";
    paths.push_back(std::move(path));
  }
  return paths;
}

std::string known_files(const BibliographyLibrary& library) {
  std::string out;
  for (const std::string& path : library.paths()) out += (out.empty() ? "" : ", ") + path;
  return out.empty() ? "none" : out;
}

}  // namespace

void BibliographyLibrary::add_file(std::string path, std::string_view text) {
  files_.push_back(File{std::move(path), text, nullptr});
}

void BibliographyLibrary::add_file(std::string path, std::shared_ptr<const BibFile> file) {
  files_.push_back(File{std::move(path), {}, std::move(file)});
}

bool BibliographyLibrary::has(std::string_view path) const {
  return std::any_of(files_.begin(), files_.end(), [&](const File& file) { return file.path == path; });
}

std::shared_ptr<const BibFile> BibliographyLibrary::find_shared(std::string_view path) const {
  for (const File& file : files_) {
    if (file.path != path) continue;
    if (!file.parsed) {
      Diagnostics reported_elsewhere;
      file.parsed = parse_bibtex_shared(file.text, file.path, reported_elsewhere);
    }
    return file.parsed;
  }
  return nullptr;
}

std::vector<std::string> BibliographyLibrary::paths() const {
  std::vector<std::string> paths;
  for (const File& file : files_) paths.push_back(file.path);
  return paths;
}

std::vector<EntryPtr> load_entries(const BibliographyLibrary& library, const ScholarConfig& config,
                                   const std::vector<std::string>& names, const TagPlace& place,
                                   Diagnostics& diagnostics) {
  std::vector<EntryPtr> entries;
  std::unordered_set<std::string> keys;
  for (const std::string& path : resolve_paths(library, config, names)) {
    const std::shared_ptr<const BibFile> file = library.find_shared(path);
    if (!file) {
      diagnostics.error(place.file, place.line, 0,
                        "no bibliography file " + path + ": add it, or name one that exists with --file "
                        "(without .bib) or scholar.bibliography in _config.yml; files found: " +
                            known_files(library));
      continue;
    }
    for (const BibEntry& entry : file->entries) {
      if (keys.insert(entry.key).second) entries.emplace_back(file, &entry);
    }
  }
  return entries;
}

}  // namespace folio::scholar
