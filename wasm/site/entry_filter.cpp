#include "site/entry_filter.h"

#include <algorithm>

namespace folio::site {
namespace {

bool is_special(std::string_view name) {
  return !name.empty() && (name[0] == '.' || name[0] == '_' || name[0] == '#' || name[0] == '~');
}

// One [...] class at pattern[p] (after the '['); advances p past the ']'.
bool match_class(std::string_view pattern, size_t& p, char c) {
  bool negated = false;
  if (p < pattern.size() && (pattern[p] == '!' || pattern[p] == '^')) {
    negated = true;
    ++p;
  }
  bool matched = false;
  bool first = true;
  while (p < pattern.size() && (first || pattern[p] != ']')) {
    first = false;
    char low = pattern[p++];
    if (low == '\\' && p < pattern.size()) low = pattern[p++];
    char high = low;
    if (p + 1 < pattern.size() && pattern[p] == '-' && pattern[p + 1] != ']') {
      high = pattern[p + 1];
      p += 2;
    }
    matched = matched || (c >= low && c <= high);
  }
  if (p < pattern.size()) ++p;  // the ']'
  return matched != negated;
}

}  // namespace

bool fnmatch_plain(std::string_view pattern, std::string_view text) {
  size_t p = 0;
  size_t t = 0;
  size_t star_p = std::string_view::npos;
  size_t star_t = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star_p = ++p;
      star_t = t;
      continue;
    }
    if (p < pattern.size()) {
      size_t next = p;
      bool matched = false;
      if (pattern[p] == '?') {
        matched = true;
        next = p + 1;
      } else if (pattern[p] == '[') {
        next = p + 1;
        matched = match_class(pattern, next, text[t]);
      } else {
        const bool escaped = pattern[p] == '\\' && p + 1 < pattern.size();
        matched = pattern[p + (escaped ? 1 : 0)] == text[t];
        next = p + (escaped ? 2 : 1);
      }
      if (matched) {
        p = next;
        ++t;
        continue;
      }
    }
    if (star_p == std::string_view::npos) return false;
    p = star_p;
    t = ++star_t;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

EntryFilter::EntryFilter(std::vector<std::string> include, std::vector<std::string> exclude)
    : include_(std::move(include)) {
  for (std::string& pattern : exclude) {
    if (std::find(include_.begin(), include_.end(), pattern) == include_.end()) exclude_.push_back(std::move(pattern));
  }
}

namespace {

// Jekyll's glob_include?: fnmatch, a prefix, or the pattern naming the folder with a "/".
bool matches_any(const std::vector<std::string>& patterns, std::string_view path, bool is_folder) {
  for (const std::string& pattern : patterns) {
    if (fnmatch_plain(pattern, path) || path.substr(0, pattern.size()) == pattern ||
        (is_folder && pattern.size() == path.size() + 1 && pattern.back() == '/' &&
         std::string_view(pattern).substr(0, path.size()) == path)) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool EntryFilter::is_included_name(std::string_view name) const { return matches_any(include_, name, false); }

bool EntryFilter::is_excluded_path(std::string_view path, bool is_folder) const {
  return matches_any(exclude_, path, is_folder);
}

bool EntryFilter::accepts(std::string_view path, size_t from) const {
  size_t start = 0;
  for (size_t segment = 0; start <= path.size(); ++segment) {
    size_t end = path.find('/', start);
    const bool is_folder = end != std::string_view::npos;
    if (!is_folder) end = path.size();
    const std::string_view name = path.substr(start, end - start);
    const std::string_view so_far = path.substr(0, end);
    if (segment >= from) {
      if (name.empty() || name.back() == '.') return false;
      const bool included = is_included_name(name);
      if (is_excluded_path(so_far, is_folder) && !included) return false;
      if (!included && (is_special(name) || name.back() == '~')) return false;
    }
    if (!is_folder) break;
    start = end + 1;
  }
  return true;
}

}  // namespace folio::site
