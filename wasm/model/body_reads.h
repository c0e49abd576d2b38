// Which document bodies a render read, among the files the loader handed over
// with their front matter only. A large site's shell opens with every
// document's front matter (from folio.json's index) and fetches a body only
// when a page shows it: the render answers the bodies it needed, the shell
// fetches them and renders again. A render that read no partial body is
// complete.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace folio {

class BodyReads {
 public:
  explicit BodyReads(const std::set<std::string>& partial) : partial_(partial) {}

  // `file` ("_news/a.md") was read for its body.
  void note(const std::string& file) {
    if (partial_.count(file) != 0) needed_.insert(file);
  }
  // The partial files read so far, sorted, and forgets them.
  std::vector<std::string> take() {
    std::vector<std::string> files(needed_.begin(), needed_.end());
    needed_.clear();
    return files;
  }

 private:
  const std::set<std::string>& partial_;
  std::set<std::string> needed_;
};

}  // namespace folio
