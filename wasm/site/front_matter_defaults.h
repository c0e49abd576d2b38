// `defaults:` of _config.yml (Jekyll::FrontmatterDefaults): each set has a
// scope (a path prefix or glob, and a type: pages, posts, drafts or a
// collection's label) and values. Every matching set applies; a longer
// scope path wins over a shorter one, and at equal length a set with a type
// wins over one without; later sets win ties.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "liquid/value.h"

namespace folio::site {

class FrontMatterDefaults {
 public:
  FrontMatterDefaults() = default;
  // `defaults` is the config's value; an invalid set is reported at the
  // config's file and skipped. `collections_dir` is stripped from scope paths.
  FrontMatterDefaults(const liquid::Value& defaults, std::string collections_dir, const std::string& config_file,
                      Diagnostics& diagnostics);

  // The merged values for a file ("_posts/2015-03-15-x.md") of a type.
  liquid::Value values_for(const std::string& relative_path, const std::string& type) const;

 private:
  struct Set {
    std::string path;  // sanitized: no leading "/"
    bool has_type = false;
    std::string type;
    liquid::Value values;
  };

  bool applies(const Set& set, const std::string& relative_path, const std::string& type) const;

  std::vector<Set> sets_;
  std::string collections_dir_;
};

}  // namespace folio::site
