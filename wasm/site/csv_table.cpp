#include "site/csv_table.h"

#include <optional>
#include <vector>

namespace folio::site {
namespace {

using Field = std::optional<std::string>;  // nullopt: an unquoted empty field

struct Row {
  std::vector<Field> fields;
  int line = 0;
};

class CsvScanner {
 public:
  CsvScanner(std::string_view text, char separator) : text_(text), separator_(separator) {}

  bool at_end() const { return pos_ >= text_.size(); }
  int line() const { return line_; }

  // One record; false on malformed quoting (`problem` says which).
  bool next_row(Row& row, std::string& problem) {
    row = Row{{}, line_};
    while (true) {
      Field field;
      if (!next_field(field, problem)) return false;
      row.fields.push_back(std::move(field));
      if (at_end()) return true;
      const char c = text_[pos_];
      if (c == separator_) {
        ++pos_;
        continue;
      }
      skip_line_break();
      return true;
    }
  }

 private:
  void skip_line_break() {
    if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
    ++line_;
  }

  bool is_field_end(size_t at) const {
    return at >= text_.size() || text_[at] == separator_ || text_[at] == '\n' || text_[at] == '\r';
  }

  bool next_field(Field& field, std::string& problem) {
    if (pos_ < text_.size() && text_[pos_] == '"') return quoted_field(field, problem);
    const size_t start = pos_;
    while (!is_field_end(pos_)) {
      if (text_[pos_] == '"') {
        problem = "Illegal quoting in line " + std::to_string(line_);
        return false;
      }
      ++pos_;
    }
    if (pos_ > start) field = std::string(text_.substr(start, pos_ - start));
    return true;
  }

  bool quoted_field(Field& field, std::string& problem) {
    const int start_line = line_;
    std::string value;
    for (++pos_; pos_ < text_.size(); ++pos_) {
      const char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          value += '"';
          ++pos_;
          continue;
        }
        ++pos_;
        if (!is_field_end(pos_)) {
          problem = "Any value after quoted field isn't allowed in line " + std::to_string(line_);
          return false;
        }
        field = std::move(value);
        return true;
      }
      if (c == '\n') ++line_;
      value += c;
    }
    problem = "Unclosed quoted field in line " + std::to_string(start_line);
    line_ = start_line;
    return false;
  }

  std::string_view text_;
  char separator_;
  size_t pos_ = 0;
  int line_ = 1;
};

liquid::Value field_value(const Field& field) { return field ? liquid::Value(*field) : liquid::Value(); }

}  // namespace

liquid::Value read_csv_table(std::string_view text, char separator, const std::string& file,
                             Diagnostics& diagnostics) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // Jekyll reads with bom|utf-8
  CsvScanner scanner(text, separator);
  liquid::Array rows;
  std::vector<std::string> headers;
  bool have_headers = false;
  bool reported_extra = false;
  while (!scanner.at_end()) {
    Row row;
    std::string problem;
    if (!scanner.next_row(row, problem)) {
      diagnostics.error(file, scanner.line(), 0,
                        problem + " (CSV): put a field that holds the separator, a quote or a line break in "
                                  "double quotes, and double every quote inside it (\"say \"\"hi\"\"\"); the rows "
                                  "after this are not read");
      break;
    }
    if (!have_headers) {
      for (const Field& field : row.fields) headers.push_back(field.value_or(""));
      have_headers = true;
      continue;
    }
    liquid::Hash hash;
    for (size_t i = 0; i < headers.size(); ++i) {
      hash.set(headers[i], i < row.fields.size() ? field_value(row.fields[i]) : liquid::Value());
    }
    if (row.fields.size() > headers.size() && !(row.fields.size() == 1 && !row.fields[0]) && !reported_extra) {
      diagnostics.warning(file, row.line, 0,
                          "this row has " + std::to_string(row.fields.size()) + " fields but the header names " +
                              std::to_string(headers.size()) +
                              "; the extra fields have no name and templates cannot read them. Add a column name "
                              "to the first line, or quote a field that holds the separator");
      reported_extra = true;
    }
    rows.push_back(liquid::Value(std::move(hash)));
  }
  return liquid::Value(std::move(rows));
}

}  // namespace folio::site
