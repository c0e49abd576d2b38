#include "parse/simple_yaml.h"

#include <string>
#include <vector>

// yaml-cpp's own event handler that builds its nodes (not an installed
// header: CMake adds yaml-cpp 0.7.0's src/ for this file's sake).
#include "nodebuilder.h"

namespace folio {
namespace {

using Scalar = SimpleYamlScalar;
using Pair = SimpleYamlPair;

YAML::Mark mark_at(size_t pos, int line, size_t column) {
  YAML::Mark mark;
  mark.pos = static_cast<int>(pos);
  mark.line = line;
  mark.column = static_cast<int>(column);
  return mark;
}

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

bool is_null_word(std::string_view s) { return s == "~" || s == "null" || s == "Null" || s == "NULL"; }

// Bytes the reader leaves to yaml-cpp wherever they are: control characters
// but the line feed (tabs, CR, NUL), and the byte order mark and the Unicode
// line breaks (NEL, LS, PS), whose handling is yaml-cpp's to decide.
bool has_unusual_bytes(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\n') || c == 0x7F) return true;
    if (c == 0xEF && text.substr(i, 3) == "\xEF\xBB\xBF") return true;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85) return true;
    if (c == 0xE2 && (text.substr(i, 3) == "\xE2\x80\xA8" || text.substr(i, 3) == "\xE2\x80\xA9")) return true;
  }
  return false;
}

// A plain scalar that ends its line: no indicator first, no ": ", " #" or
// final ":" inside (where YAML would see a map or a comment).
bool read_plain(std::string_view rest, std::string& value) {
  static constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
  if (rest.empty() || kIndicators.find(rest.front()) != std::string_view::npos) return false;
  size_t end = rest.size();
  while (end > 0 && rest[end - 1] == ' ') --end;
  const std::string_view text = rest.substr(0, end);
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos || text.back() == ':') {
    return false;
  }
  value.assign(text);
  return true;
}

// A quoted scalar that ends its line (spaces may follow): "..." without
// escapes, or '...' with '' for a quote.
bool read_quoted(std::string_view rest, std::string& value) {
  const char quote = rest.front();
  value.clear();
  size_t i = 1;
  for (;; ++i) {
    if (i >= rest.size()) return false;
    const char c = rest[i];
    if (quote == '"' && c == '\\') return false;
    if (c != quote) {
      value += c;
      continue;
    }
    if (quote == '\'' && i + 1 < rest.size() && rest[i + 1] == '\'') {
      value += '\'';
      ++i;
      continue;
    }
    break;
  }
  for (++i; i < rest.size(); ++i) {
    if (rest[i] != ' ') return false;
  }
  return true;
}

// "key: value" at the start of a line; `pos` is the line's offset in the text.
bool read_pair(std::string_view line, size_t pos, int line_number, Pair& pair) {
  size_t colon = 0;
  while (colon < line.size() && is_key_char(line[colon])) ++colon;
  if (colon == 0 || line[0] == '-' || colon + 1 >= line.size() || line[colon] != ':' || line[colon + 1] != ' ') {
    return false;
  }
  const std::string_view key = line.substr(0, colon);
  if (is_null_word(key)) return false;
  pair.key = {mark_at(pos, line_number, 0), "?", std::string(key), false};
  size_t start = colon + 1;
  while (start < line.size() && line[start] == ' ') ++start;
  if (start == line.size()) return false;  // no value: yaml-cpp marks its null elsewhere
  const std::string_view rest = line.substr(start);
  pair.value.mark = mark_at(pos + start, line_number, start);
  if (rest.front() == '"' || rest.front() == '\'') {
    pair.value.tag = "!";
    return read_quoted(rest, pair.value.value);
  }
  pair.value.tag = "?";
  if (!read_plain(rest, pair.value.value)) return false;
  pair.value.null = is_null_word(pair.value.value);
  return true;
}

bool is_blank_or_comment(std::string_view line) {
  const size_t first = line.find_first_not_of(' ');
  return first == std::string_view::npos || line[first] == '#';
}

void emit(YAML::EventHandler& handler, const Scalar& scalar) {
  if (scalar.null) {
    handler.OnNull(scalar.mark, YAML::NullAnchor);
  } else {
    handler.OnScalar(scalar.mark, scalar.tag, YAML::NullAnchor, scalar.value);
  }
}

}  // namespace

std::optional<std::vector<SimpleYamlPair>> read_simple_yaml_pairs(std::string_view text) {
  if (has_unusual_bytes(text)) return std::nullopt;
  std::vector<Pair> pairs;
  int line_number = 0;
  for (size_t pos = 0; pos < text.size(); ++line_number) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    if (!is_blank_or_comment(line)) {
      if (line.substr(0, 3) == "---" || line.substr(0, 3) == "...") return std::nullopt;
      Pair pair;
      if (!read_pair(line, pos, line_number, pair)) return std::nullopt;
      pairs.push_back(std::move(pair));
    }
    pos = end + 1;
  }
  if (pairs.empty()) return std::nullopt;
  return pairs;
}

std::optional<YAML::Node> parse_simple_yaml(std::string_view text) {
  const std::optional<std::vector<Pair>> read = read_simple_yaml_pairs(text);
  if (!read) return std::nullopt;
  const std::vector<Pair>& pairs = *read;
  YAML::NodeBuilder builder;
  builder.OnDocumentStart(pairs.front().key.mark);
  builder.OnMapStart(pairs.front().key.mark, "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
  for (const Pair& pair : pairs) {
    emit(builder, pair.key);
    emit(builder, pair.value);
  }
  builder.OnMapEnd();
  builder.OnDocumentEnd();
  return builder.Root();
}

}  // namespace folio
