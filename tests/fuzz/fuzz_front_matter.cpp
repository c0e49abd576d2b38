// split_front_matter on any text: the parts are views into the input, in order,
// and line numbers agree with the text.
#include <algorithm>
#include <cstdint>

#include "fuzz_check.h"
#include "parse/front_matter.h"

namespace {

bool inside(std::string_view part, std::string_view whole) {
  return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

int line_of(std::string_view whole, std::string_view part) {
  return 1 + static_cast<int>(std::count(whole.data(), part.data(), '\n'));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  folio::Diagnostics diagnostics;
  const folio::FrontMatterSplit split = folio::split_front_matter(text, "_pages/about.md", diagnostics);
  const std::string_view whole = text;
  using folio_fuzz::check;
  check(inside(split.body, whole), "body is not a view into the text");
  check(split.body.data() + split.body.size() == whole.data() + whole.size(), "body does not run to the end");
  if (split.has_front_matter) {
    check(inside(split.yaml, whole), "yaml is not a view into the text");
    check(split.yaml.data() + split.yaml.size() <= split.body.data(), "yaml overlaps the body");
    check(split.yaml_first_line == 2, "yaml starts on line 2");
    // (An empty body after a last fence without a newline starts on the line after it.)
    if (!split.body.empty()) {
      check(split.body_first_line == line_of(whole, split.body), "body line number is wrong", text);
    }
    check(diagnostics.size() == 0, "a closed front matter is reported");
  } else if (diagnostics.size() == 0) {
    check(split.body.size() == whole.size(), "text without front matter lost part of its body");
  }
  return 0;
}
