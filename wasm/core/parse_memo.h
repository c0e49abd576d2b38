// A parse remembered by its input. The core reads some files twice in one
// build (the news front matter and _config.yml for folio's views and for the
// Jekyll model; the bibliography for the papers and for jekyll-scholar), and
// the shell builds a site again as more of its files arrive: each unchanged
// text is parsed once. The diagnostics the parse reported are reported again
// at every use, so a caller sees what it would have seen.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/diagnostics.h"

namespace folio {

template <class Result>
class ParseMemo {
 public:
  // Past `capacity` entries the memo starts again: a bound on memory, not an LRU.
  explicit ParseMemo(size_t capacity) : capacity_(capacity) {}

  // key: everything the parse depends on (the text, the file name, ...).
  template <class Parse>
  const Result& get(std::string key, Diagnostics& diagnostics, Parse parse) {
    auto found = entries_.find(key);
    if (found == entries_.end()) {
      if (entries_.size() >= capacity_) entries_.clear();
      Diagnostics reported;
      Result result = parse(reported);
      found = entries_.emplace(std::move(key), Entry{std::move(result), reported.all()}).first;
    }
    for (const Diagnostic& diagnostic : found->second.diagnostics) diagnostics.add(diagnostic);
    return found->second.result;
  }

 private:
  struct Entry {
    Result result;
    std::vector<Diagnostic> diagnostics;
  };
  size_t capacity_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace folio
