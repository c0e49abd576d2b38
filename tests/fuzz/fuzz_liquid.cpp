// The Liquid engine on any template: parse and render with data of every
// kind and includes (one of which is the template itself, so recursion is
// exercised). No exception escapes, every diagnostic points inside the
// template it names, and the output is valid UTF-8. An input may carry its
// own JSON data after a NUL byte.
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "liquid/engine.h"
#include "liquid/json_value.h"

namespace {

using folio::liquid::OrderedJson;

const char* kData = R"({
  "site": {"title": "Lab", "data": {"venues": {"ICML": {"url": "u", "color": "#fff"}}}, "posts": [
    {"title": "A", "tags": ["x", "y"], "date": "2024-01-02"}, {"title": "B", "tags": [], "date": "2023-05-06"}]},
  "page": {"title": "T", "collection": "posts", "n": 3, "f": 2.5, "neg": -1, "s": "héllo wörld", "empty": "",
           "list": [1, "2", null, true, [3, 4], {"k": "v"}], "hash": {"a-b": 1, "size": 9}},
  "entry": {"abbr": "ICML", "author_array": [{"first": "A", "last": "B"}, {"first": "C", "last": "D"}]}
})";

class FuzzHost : public folio::liquid::RenderHost {
 public:
  explicit FuzzHost(const std::string& self) : self_(self) {}
  std::optional<folio::liquid::TemplateSource> find_include(std::string_view name) override {
    if (name == "self.html" || name == "self") return folio::liquid::TemplateSource{self_, "template.liquid"};
    if (name == "card.html") return folio::liquid::TemplateSource{"[{{ include.title }}{% include self.html %}]", "_includes/card.html"};
    return std::nullopt;
  }
  std::optional<std::string> link(std::string_view path) override { return "/" + std::string(path); }

 private:
  const std::string& self_;
};

// Lines and their lengths in characters, for the position check.
std::vector<int> line_lengths(std::string_view text) {
  std::vector<int> lengths{0};
  for (const char c : text) {
    if (c == '\n') {
      lengths.push_back(0);
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++lengths.back();
    }
  }
  return lengths;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const size_t nul = input.find('\0');
  const std::string source = folio::to_valid_utf8(input.substr(0, nul));
  OrderedJson json = OrderedJson::parse(kData);
  if (nul != std::string::npos) {
    OrderedJson own = OrderedJson::parse(folio::to_valid_utf8(input.substr(nul + 1)), nullptr, false);
    if (!own.is_discarded() && own.is_object()) json = own;
  }
  folio::liquid::LiquidOptions options;
  options.strict = !source.empty() && source[0] == 's';
  options.limits.max_loop_iterations = 20000;
  options.limits.max_output_bytes = 1 << 20;
  folio::Diagnostics diagnostics;
  FuzzHost host(source);
  folio::liquid::TemplateCache includes;
  const auto parsed = folio::liquid::parse_template(source, "template.liquid", options, diagnostics);
  const auto result = folio::liquid::render_template(*parsed, folio::liquid::value_from_json(json), host, options,
                                                     diagnostics, &includes);

  using folio_fuzz::check;
  check(folio::is_valid_utf8(result.output), "output is not valid UTF-8", result.output);
  check(result.output.size() <= options.limits.max_output_bytes, "output is over the limit");
  const std::vector<int> lines = line_lengths(source);
  const std::vector<int> card_lines = line_lengths("[{{ include.title }}{% include self.html %}]");
  for (const folio::Diagnostic& diagnostic : diagnostics.all()) {
    const std::vector<int>& in = diagnostic.file == "template.liquid" ? lines : card_lines;
    const std::string where = folio::format_diagnostic(diagnostic);
    check(diagnostic.line >= 1 && diagnostic.line <= static_cast<int>(in.size()), "diagnostic line outside the template", where);
    check(diagnostic.column >= 1 && diagnostic.column <= in[static_cast<size_t>(diagnostic.line - 1)] + 1,
          "diagnostic column outside its line", where);
    check(folio::is_valid_utf8(diagnostic.message), "diagnostic is not valid UTF-8", where);
  }
  return 0;
}
