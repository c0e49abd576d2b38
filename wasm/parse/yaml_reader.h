// YAML via yaml-cpp, with every failure turned into a diagnostic. yaml-cpp
// throws; nothing thrown here leaves this file. YamlReader reads typed values
// out of a mapping and reports a value of the wrong type at its own line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "core/diagnostics.h"

namespace folio {

// Where a YAML text sits in its file, so positions can be reported in file terms.
struct YamlSource {
  std::string file;
  int first_line = 1;  // line of the file on which the YAML text starts
};

// Parses one YAML document. On a syntax error, reports the line and column and
// returns an undefined/null node. An empty text gives a null node.
YAML::Node parse_yaml(std::string_view text, const YamlSource& source, Diagnostics& diagnostics);

// Parses a _data file that must be a YAML list. Anything else but an empty file
// is reported as "should be <expectation>"; the result is then a null node, so
// callers test IsSequence() once.
YAML::Node parse_yaml_list(std::string_view text, const YamlSource& source, const std::string& expectation,
                           Diagnostics& diagnostics);

class YamlReader {
 public:
  YamlReader(YAML::Node map, YamlSource source, Diagnostics& diagnostics);

  bool has(const char* key) const;
  // Scalars as written (YAML numbers and booleans as their text).
  std::string string(const char* key, std::string fallback = "") const;
  // true/false/yes/no/on/off, any case; anything else is reported.
  bool boolean(const char* key, bool fallback) const;
  int integer(const char* key, int fallback) const;
  // A scalar or a sequence of scalars, as al-folio configs use both.
  std::vector<std::string> strings(const char* key) const;
  // A nested mapping (an empty reader when absent or of another kind).
  YamlReader child(const char* key) const;
  // 1-based file line of the key's value (or of the mapping when absent).
  int line_of(const char* key) const;
  const YAML::Node& node() const { return map_; }
  const YamlSource& source() const { return source_; }

 private:
  YAML::Node value(const char* key) const;
  void report_type(const char* key, const char* expected) const;

  YAML::Node map_;
  YamlSource source_;
  Diagnostics* diagnostics_;
};

// 1-based file line of a node (yaml-cpp counts from 0 within the YAML text).
int yaml_line(const YAML::Node& node, const YamlSource& source);
// Interprets a scalar as YAML 1.1 booleans do; false when it is not one.
bool parse_yaml_bool(std::string_view text, bool& value);

}  // namespace folio
