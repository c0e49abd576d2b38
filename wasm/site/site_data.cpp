#include "site/site_data.h"

#include <array>
#include <cctype>
#include <map>
#include <set>

#include "liquid/json_value.h"
#include "parse/yaml_reader.h"
#include "site/csv_table.h"
#include "site/yaml_value.h"

namespace folio::site {
namespace {

// Jekyll globs *.{yaml,yml,json,csv,tsv}: all .yaml files first, then .yml...
constexpr std::array<std::string_view, 5> kDataExtensions = {".yaml", ".yml", ".json", ".csv", ".tsv"};

int line_of_offset(std::string_view text, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

liquid::Value read_json(const std::string& text, const std::string& file, Diagnostics& diagnostics) {
  liquid::JsonError error;
  if (std::optional<liquid::Value> value = liquid::parse_json_value(text, error)) return std::move(*value);
  const size_t offset = error.byte > 0 ? error.byte - 1 : 0;
  diagnostics.error(file, line_of_offset(text, offset), 0,
                    "JSON syntax error (" + error.message +
                        "); this data file is left out. Check for a missing comma or quote, or a trailing comma");
  return liquid::Value();
}

liquid::Value read_data_file(const std::string& path, std::string_view extension, const std::string& text,
                             Diagnostics& diagnostics) {
  if (extension == ".json") return read_json(text, path, diagnostics);
  if (extension == ".csv") return read_csv_table(text, ',', path, diagnostics);
  if (extension == ".tsv") return read_csv_table(text, '\t', path, diagnostics);
  return yaml_to_value(parse_yaml(text, YamlSource{path, 1}, diagnostics));
}

std::string_view extension_of(std::string_view name) {
  const size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? std::string_view() : name.substr(dot);
}

liquid::Hash read_folder(const SourceFiles& files, const std::string& folder, Diagnostics& diagnostics) {
  std::map<std::string, std::vector<std::string>, std::less<>> files_by_extension;
  std::set<std::string> subfolders;
  for (const std::string& path : files.paths_under(folder)) {
    const std::string rest = path.substr(folder.size());
    const size_t slash = rest.find('/');
    if (slash != std::string::npos) {
      subfolders.insert(rest.substr(0, slash));
    } else {
      files_by_extension[std::string(extension_of(rest))].push_back(path);
    }
  }
  liquid::Hash data;
  for (std::string_view extension : kDataExtensions) {
    const auto with_extension = files_by_extension.find(extension);
    if (with_extension == files_by_extension.end()) continue;
    for (const std::string& path : with_extension->second) {
      const std::string name = path.substr(folder.size());
      const std::string key = data_key(name.substr(0, name.size() - extension.size()));
      data.set(key, read_data_file(path, extension, *files.find(path), diagnostics));
    }
  }
  for (const std::string& subfolder : subfolders) {
    data.set(data_key(subfolder), liquid::Value(read_folder(files, folder + subfolder + "/", diagnostics)));
  }
  return data;
}

bool is_word_char(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

}  // namespace

std::string data_key(std::string_view name) {
  // Jekyll: gsub(/[^\w\s-]+|(?<=^|\b\s)\s+(?=$|\s?\b)/, "").gsub(/\s+/, "_"):
  // drop other characters, then spaces at either end, then join inner runs.
  std::string kept;
  for (unsigned char c : name) {
    if (is_word_char(c) || std::isspace(c) || c == '-') kept += static_cast<char>(c);
  }
  const size_t first = kept.find_first_not_of(" \t\r\n\f\v");
  if (first == std::string::npos) return "";
  const size_t last = kept.find_last_not_of(" \t\r\n\f\v");
  std::string key;
  bool in_space = false;
  for (char c : kept.substr(first, last - first + 1)) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!in_space) key += '_';
      in_space = true;
    } else {
      key += c;
      in_space = false;
    }
  }
  return key;
}

liquid::Value read_site_data(const SourceFiles& files, const std::string& data_dir, Diagnostics& diagnostics) {
  std::string folder = data_dir;
  if (!folder.empty() && folder.back() != '/') folder += '/';
  return liquid::Value(read_folder(files, folder, diagnostics));
}

}  // namespace folio::site
