#include "parse/papers_data_parser.h"

#include <cctype>

#include "bibtex/names.h"
#include "papers/author_names.h"
#include "parse/yaml_reader.h"

namespace folio {
namespace {

bool is_person_list_field(const std::string& name) { return name == "author" || name == "editor"; }

std::string lowercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// True when `name` has the word "and" in it, which would split it in two.
bool has_and_word(std::string_view name) {
  const std::string lower = lowercase(std::string(name));
  for (size_t at = lower.find("and"); at != std::string::npos; at = lower.find("and", at + 1)) {
    const bool starts = at == 0 || lower[at - 1] == ' ';
    const bool ends = at + 3 == lower.size() || lower[at + 3] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

// author: [A B, C D] -> "A B and C D"; a person whose name holds the word
// "and" ("Barnes and Noble") is braced, so it stays one name.
std::string join_people(const YAML::Node& list) {
  std::string value;
  for (const YAML::Node& item : list) {
    if (!item.IsScalar() || item.Scalar().empty()) continue;
    if (!value.empty()) value += " and ";
    const std::string person = escape_latex(item.Scalar());
    value += has_and_word(item.Scalar()) ? "{" + person + "}" : person;
  }
  return value;
}

std::string join_list(const YAML::Node& list) {
  std::string value;
  for (const YAML::Node& item : list) {
    if (!item.IsScalar()) continue;
    if (!value.empty()) value += ", ";
    value += escape_latex(item.Scalar());
  }
  return value;
}

// Google Scholar's key shape: first author's last name, year, first title
// word ("hu2024characterization"), in lowercase ASCII.
std::string generated_key(const BibEntry& entry) {
  std::string key;
  const std::vector<PersonName> authors = parse_names(entry.value("author"));
  const auto append_letters = [&key](std::string_view text) {
    for (char c : fold_name(text)) {
      if (std::isalnum(static_cast<unsigned char>(c))) key += c;
    }
  };
  if (!authors.empty()) append_letters(without_author_markers(authors.front().last));
  append_letters(entry.value("year"));
  const size_t before_title = key.size();
  std::string title = entry.value("title");
  // Skip a leading article, as Google Scholar does.
  for (const char* article : {"a ", "an ", "the "}) {
    if (lowercase(title.substr(0, std::char_traits<char>::length(article))) == article) {
      title = title.substr(std::char_traits<char>::length(article));
      break;
    }
  }
  for (char c : fold_name(title)) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      key += c;
    } else if (key.size() > before_title) {
      break;
    }
  }
  return key.empty() ? "paper" : key;
}

std::string inferred_type(const BibEntry& entry) {
  if (entry.field("journal")) return "article";
  if (entry.field("booktitle")) return "inproceedings";
  return "misc";
}

BibEntry read_entry(const YAML::Node& map, const YamlSource& source, Diagnostics& diagnostics) {
  BibEntry entry;
  entry.line = yaml_line(map, source);
  for (const auto& pair : map) {
    const std::string name = lowercase(pair.first.as<std::string>(""));
    const YAML::Node& value = pair.second;
    const int line = yaml_line(pair.first, source);
    if (name.empty() || value.IsNull() || !value.IsDefined()) continue;
    if (name == "key" || name == "type") {
      if (value.IsScalar()) {
        (name == "key" ? entry.key : entry.type) = name == "type" ? lowercase(value.Scalar()) : value.Scalar();
      } else {
        diagnostics.error(source.file, line, 0, "'" + name + "' should be a single text value; it is ignored");
      }
      continue;
    }
    std::string latex;
    if (value.IsScalar()) {
      latex = escape_latex(value.Scalar());
    } else if (value.IsSequence()) {
      latex = is_person_list_field(name) ? join_people(value) : join_list(value);
    } else {
      diagnostics.warning(source.file, line, 0,
                          "'" + name + "' should be a text value or a list of them, not a mapping; it is left out");
      continue;
    }
    entry.fields.push_back({name, latex, line});
  }
  if (entry.type.empty()) entry.type = inferred_type(entry);
  if (entry.key.empty()) entry.key = generated_key(entry);
  return entry;
}

}  // namespace

std::string escape_latex(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\textbackslash{}"; break;
      case '~': out += "\\textasciitilde{}"; break;
      case '^': out += "\\textasciicircum{}"; break;
      case '{': case '}': case '&': case '%': case '$': case '#': case '_':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

std::vector<BibEntry> parse_papers_data_file(std::string_view text, const std::string& file,
                                             Diagnostics& diagnostics) {
  std::vector<BibEntry> entries;
  const YamlSource source{file, 1};
  const YAML::Node root = parse_yaml_list(
      text, source, "a list of papers, each starting with '- title:' (see the README's Publications section)",
      diagnostics);
  if (!root.IsSequence()) return entries;
  for (size_t index = 0; index < root.size(); ++index) {
    const YAML::Node item = root[index];
    if (!item.IsMap()) {
      diagnostics.error(file, yaml_line(item, source), 0,
                        "paper " + std::to_string(index + 1) +
                            " should be a mapping (title:, author:, year:, ...); it is left out");
      continue;
    }
    entries.push_back(read_entry(item, source, diagnostics));
  }
  return entries;
}

}  // namespace folio
