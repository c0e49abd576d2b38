#include "api/bench_jobs.h"

#include "bibtex/bibtex_parser.h"
#include "bibtex/latex_to_unicode.h"
#include "bibtex/names.h"
#include "bibtex/scholar_fields.h"
#include "core/html_sanitizer.h"
#include "parse/markdown.h"
#include "parse/yaml_reader.h"

namespace folio {
namespace {

std::string bibtex_job(std::string_view input) {
  Diagnostics diagnostics;
  const BibFile bib = parse_bibtex(input, "papers.bib", diagnostics);
  size_t names = 0, chars = 0;
  for (const BibEntry& entry : bib.entries) {
    for (const BibField& field : entry.fields) {
      if (field.name == "author" || field.name == "editor") {
        for (const PersonName& name : parse_names(field.value)) {
          ++names;
          chars += name.first.size() + name.von.size() + name.last.size() + name.jr.size();
        }
      } else {
        chars += is_verbatim_field(field.name) ? field.value.size() : latex_to_text(field.value).size();
      }
    }
  }
  return "{\"entries\":" + std::to_string(bib.entries.size()) + ",\"names\":" + std::to_string(names) +
         ",\"chars\":" + std::to_string(chars) + "}";
}

size_t count_nodes(const YAML::Node& node) {
  size_t count = 1;
  if (node.IsSequence()) {
    for (const YAML::Node& item : node) count += count_nodes(item);
  } else if (node.IsMap()) {
    for (const auto& item : node) count += count_nodes(item.first) + count_nodes(item.second);
  }
  return count;
}

}  // namespace

std::string run_bench_job(std::string_view job, std::string_view input) {
  if (job == "markdown") return markdown_to_html(input);
  if (job == "markdown-safe") return sanitize_html(markdown_to_html(input), SanitizePolicy{});
  if (job == "bibtex") return bibtex_job(input);
  if (job == "yaml") {
    Diagnostics diagnostics;
    return "{\"nodes\":" + std::to_string(count_nodes(parse_yaml(input, {"bench.yml", 1}, diagnostics))) + "}";
  }
  return "";
}

}  // namespace folio
