// A drop that answers some fields itself and the rest from another drop:
// a generated page that is a copy of a page with a few fields changed
// (jekyll-paginate-v2's page 2 is the blog page with another url and title).
#pragma once

#include <string>
#include <vector>

#include "liquid/value.h"

namespace folio::plugins {

class OverlayDrop : public liquid::Drop {
 public:
  OverlayDrop(liquid::Value base, liquid::Hash fields) : base_(std::move(base)), fields_(std::move(fields)) {}

  liquid::Value get(std::string_view key) const override;
  std::vector<std::string> keys() const override;

 private:
  liquid::Value base_;  // a drop or a hash
  liquid::Hash fields_;
};

}  // namespace folio::plugins
