#include "parse/yaml_reader.h"

#include <algorithm>
#include <cctype>

#include <yaml-cpp/depthguard.h>

#include "core/parse_memo.h"
#include "parse/simple_yaml.h"
#include "parse/yaml_nesting.h"

namespace folio {
namespace {

std::string lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

namespace {

YAML::Node parse_yaml_text(std::string_view text, const YamlSource& source, Diagnostics& diagnostics) {
  if (auto simple = parse_simple_yaml(text)) return std::move(*simple);
  const YamlNesting nesting = measure_yaml_nesting(text);
  if (nesting.too_deep) {
    diagnostics.error(source.file, source.first_line + nesting.line - 1, 0,
                      "YAML nested more than " + std::to_string(kMaxYamlNesting) +
                          " levels deep (folio's limit); this YAML is not read. Check the indentation and the "
                          "brackets [ ] { } around here");
    return YAML::Node(YAML::NodeType::Null);
  }
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::DeepRecursion& e) {
    diagnostics.error(source.file, e.mark.line >= 0 ? source.first_line + e.mark.line : source.first_line, 0,
                      "YAML nested too deeply to read; check the indentation and the brackets [ ] { } around here");
  } catch (const YAML::Exception& e) {
    const int line = e.mark.line >= 0 ? source.first_line + e.mark.line : source.first_line;
    const int column = e.mark.column >= 0 ? e.mark.column + 1 : 0;
    diagnostics.error(source.file, line, column,
                      "YAML syntax error: " + e.msg +
                          " (check indentation, and quote values that contain ': ' or start with "
                          "a special character)");
  } catch (const std::exception& e) {
    diagnostics.error(source.file, source.first_line, 0, std::string("YAML could not be read: ") + e.what());
  }
  return YAML::Node(YAML::NodeType::Null);
}

}  // namespace

YAML::Node parse_yaml(std::string_view text, const YamlSource& source, Diagnostics& diagnostics) {
  // yaml-cpp's scanner is most of a large site's build; a front matter read
  // for two models, or by a build after more files arrived, is parsed once.
  static ParseMemo<YAML::Node> memo(8192);
  std::string key = source.file;
  key += '\0';
  key += std::to_string(source.first_line);
  key += '\0';
  key.append(text);
  const YAML::Node& parsed = memo.get(std::move(key), diagnostics, [&](Diagnostics& reported) {
    return parse_yaml_text(text, source, reported);
  });
  // Readers share the tree (a node is a handle): they only read it, with
  // const lookups, which never insert a key (YamlReader::value).
  return parsed;
}

YAML::Node parse_yaml_list(std::string_view text, const YamlSource& source, const std::string& expectation,
                           Diagnostics& diagnostics) {
  YAML::Node root = parse_yaml(text, source, diagnostics);
  if (!root.IsDefined() || root.IsNull() || root.IsSequence()) return root;
  diagnostics.error(source.file, yaml_line(root, source), 1, "should be " + expectation);
  return YAML::Node(YAML::NodeType::Null);
}

int yaml_line(const YAML::Node& node, const YamlSource& source) {
  const YAML::Mark mark = node.Mark();
  return mark.line >= 0 ? source.first_line + mark.line : source.first_line;
}

bool parse_yaml_bool(std::string_view text, bool& value) {
  const std::string word = lowercase(text);
  if (word == "true" || word == "yes" || word == "on" || word == "y") {
    value = true;
    return true;
  }
  if (word == "false" || word == "no" || word == "off" || word == "n") {
    value = false;
    return true;
  }
  return false;
}

YamlReader::YamlReader(YAML::Node map, YamlSource source, Diagnostics& diagnostics)
    : map_(std::move(map)), source_(std::move(source)), diagnostics_(&diagnostics) {}

YAML::Node YamlReader::value(const char* key) const {
  if (!map_.IsMap()) return YAML::Node();
  const YAML::Node& map = map_;  // const lookup never inserts the key
  return map[key];
}

bool YamlReader::has(const char* key) const {
  const YAML::Node v = value(key);
  return v.IsDefined() && !v.IsNull();
}

int YamlReader::line_of(const char* key) const {
  const YAML::Node v = value(key);
  return yaml_line(v.IsDefined() ? v : map_, source_);
}

void YamlReader::report_type(const char* key, const char* expected) const {
  diagnostics_->error(source_.file, line_of(key), 0,
                      std::string("'") + key + "' should be " + expected + "; the default is used");
}

std::string YamlReader::string(const char* key, std::string fallback) const {
  const YAML::Node v = value(key);
  if (!v.IsDefined() || v.IsNull()) return fallback;
  if (!v.IsScalar()) {
    report_type(key, "a single text value");
    return fallback;
  }
  return v.Scalar();
}

bool YamlReader::boolean(const char* key, bool fallback) const {
  const YAML::Node v = value(key);
  if (!v.IsDefined() || v.IsNull()) return fallback;
  bool result = fallback;
  if (!v.IsScalar() || !parse_yaml_bool(v.Scalar(), result)) {
    report_type(key, "true or false");
    return fallback;
  }
  return result;
}

int YamlReader::integer(const char* key, int fallback) const {
  const YAML::Node v = value(key);
  if (!v.IsDefined() || v.IsNull()) return fallback;
  if (v.IsScalar()) {
    const std::string& text = v.Scalar();
    char* end = nullptr;
    const long number = std::strtol(text.c_str(), &end, 10);
    if (!text.empty() && end && *end == '\0' && number >= -1000000 && number <= 1000000) {
      return static_cast<int>(number);
    }
  }
  report_type(key, "a whole number");
  return fallback;
}

std::vector<std::string> YamlReader::strings(const char* key) const {
  const YAML::Node v = value(key);
  std::vector<std::string> out;
  if (!v.IsDefined() || v.IsNull()) return out;
  if (v.IsScalar()) {
    out.push_back(v.Scalar());
  } else if (v.IsSequence()) {
    for (const auto& item : v) {
      if (item.IsScalar()) out.push_back(item.Scalar());
    }
  } else {
    report_type(key, "a text value or a list of them");
  }
  return out;
}

YamlReader YamlReader::child(const char* key) const {
  const YAML::Node v = value(key);
  // Never assign to `v`: a yaml-cpp assignment changes the node in the tree,
  // which other readers of the same parse share (parse_yaml).
  if (v.IsDefined() && !v.IsNull() && !v.IsMap()) {
    report_type(key, "a mapping of keys to values");
    return YamlReader(YAML::Node(), source_, *diagnostics_);
  }
  return YamlReader(v.IsDefined() ? v : YAML::Node(), source_, *diagnostics_);
}

}  // namespace folio
