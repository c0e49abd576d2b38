#include "parse/yaml_nesting.h"

#include <vector>

#include "core/text_lines.h"

namespace folio {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// After an indicator such as ": " or "- ", does the rest of the line start a
// block scalar ("|", ">-", "|2+", optionally followed by a comment)?
bool starts_block_scalar(std::string_view rest) {
  size_t i = 0;
  while (i < rest.size() && is_blank(rest[i])) ++i;
  if (i >= rest.size() || (rest[i] != '|' && rest[i] != '>')) return false;
  ++i;
  while (i < rest.size() && (rest[i] == '-' || rest[i] == '+' || (rest[i] >= '1' && rest[i] <= '9'))) ++i;
  while (i < rest.size() && is_blank(rest[i])) ++i;
  return i == rest.size() || rest[i] == '#';
}

class NestingScanner {
 public:
  explicit NestingScanner(int limit) : limit_(limit) {}

  YamlNesting scan(std::string_view text) {
    int line_number = 0;
    size_t block_scalar_indent = std::string_view::npos;  // skip lines indented more than this
    for (size_t pos = 0, next = 0; pos < text.size(); pos = next) {
      ++line_number;
      const std::string_view line = line_at(text, pos, next);
      size_t indent = 0;
      while (indent < line.size() && line[indent] == ' ') ++indent;
      const bool blank = indent == line.size() || line[indent] == '#';
      if (block_scalar_indent != std::string_view::npos) {
        if (blank || indent > block_scalar_indent) continue;
        block_scalar_indent = std::string_view::npos;
      }
      if (blank && flow_depth_ == 0 && quote_ == 0) continue;
      if (flow_depth_ == 0 && quote_ == 0) open_block_level(indent);
      if (scan_line(line, indent, block_scalar_indent)) return {true, line_number};
    }
    return {};
  }

 private:
  // A line of block structure at `indent`: levels indented as much or more
  // are closed, and this line opens one.
  void open_block_level(size_t indent) {
    while (!block_indents_.empty() && block_indents_.back() >= indent) block_indents_.pop_back();
    block_indents_.push_back(indent);
  }

  bool too_deep() const { return static_cast<int>(block_indents_.size()) + flow_depth_ > limit_; }

  // Scans one line for "- " entries, brackets, quotes and comments; true when
  // the nesting passes the limit. Sets block_scalar_indent when the line
  // starts a block scalar.
  bool scan_line(std::string_view line, size_t indent, size_t& block_scalar_indent) {
    bool token_start = true;  // a quote here starts a quoted scalar
    for (size_t i = indent; i < line.size(); ++i) {
      const char c = line[i];
      if (quote_ != 0) {
        if (quote_ == '"' && c == '\\') {
          ++i;
        } else if (c == quote_) {
          if (quote_ == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
            ++i;
          } else {
            quote_ = 0;
            token_start = false;
          }
        }
        continue;
      }
      const bool blank_follows = i + 1 >= line.size() || is_blank(line[i + 1]);
      if (c == '#' && (i == 0 || is_blank(line[i - 1]))) return too_deep();
      if ((c == '"' || c == '\'') && token_start) {
        quote_ = c;
        continue;
      }
      if (c == '[' || c == '{') {
        ++flow_depth_;
        if (too_deep()) return true;
        token_start = true;
        continue;
      }
      if (c == ']' || c == '}') {
        if (flow_depth_ > 0) --flow_depth_;
        token_start = false;
        continue;
      }
      if (flow_depth_ == 0 && (c == '-' || c == '?') && token_start && blank_follows) {
        block_indents_.push_back(i + 2);  // "- - x": each entry nests one level
        if (too_deep()) return true;
        if (starts_block_scalar(line.substr(i + 1))) block_scalar_indent = indent;
        continue;
      }
      if (c == ':' && blank_follows) {
        if (flow_depth_ == 0 && starts_block_scalar(line.substr(i + 1))) block_scalar_indent = indent;
        token_start = true;
        continue;
      }
      if (c == ',') {
        token_start = true;
        continue;
      }
      token_start = is_blank(c) && token_start;
    }
    return too_deep();
  }

  int limit_;
  std::vector<size_t> block_indents_;
  int flow_depth_ = 0;
  char quote_ = 0;  // the quote of a quoted scalar that runs on, or 0
};

}  // namespace

YamlNesting measure_yaml_nesting(std::string_view text, int limit) { return NestingScanner(limit).scan(text); }

}  // namespace folio
