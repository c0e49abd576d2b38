#include "bibtex/bibtex_parser.h"

#include <unordered_map>
#include <utility>

#include "core/parse_memo.h"
#include "parse/front_matter.h"

namespace folio {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// BibTeX lets entry types, field names and macro names hold any printable
// character except the ones that delimit them.
bool is_name_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u <= ' ' || u == 0x7f) return false;
  switch (c) {
    case '"': case '#': case '%': case '\'': case '(': case ')':
    case ',': case '=': case '{': case '}':
      return false;
    default:
      return true;
  }
}

// Keys are looser still (al-folio keys look like "PhysRev.47.777" or
// "doe:2020/x-y"): everything up to white space or a comma.
bool is_key_char(char c) {
  if (is_space(c)) return false;
  switch (c) {
    case ',': case '{': case '}': case '(': case ')': case '=': case '"': case '#':
      return false;
    default:
      return true;
  }
}

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

bool all_digits(std::string_view text) {
  for (char c : text) {
    if (!is_digit(c)) return false;
  }
  return !text.empty();
}

// "@article{" or "@misc (" at `pos`: the shape that starts an entry. Used to
// stop a runaway value at the next entry instead of eating the whole file.
bool entry_starts_at(std::string_view text, size_t pos) {
  if (pos >= text.size() || text[pos] != '@') return false;
  ++pos;
  const size_t type_start = pos;
  while (pos < text.size() && is_letter(text[pos])) ++pos;
  if (pos == type_start) return false;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos < text.size() && (text[pos] == '{' || text[pos] == '(');
}

// The line starting at `line_begin` opens an entry (after optional indentation).
bool line_starts_entry(std::string_view text, size_t line_begin) {
  size_t pos = line_begin;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return entry_starts_at(text, pos);
}

std::string quoted(std::string_view name) { return "'" + std::string(name) + "'"; }

// bibtex-ruby keeps a month macro as its own name; see bibtex_parser.h.
void define_month_macros(std::unordered_map<std::string, std::string>& macros) {
  for (const char* month : {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                            "oct", "nov", "dec"}) {
    macros[month] = month;
  }
}

class BibParser {
 public:
  BibParser(std::string_view text, size_t start, int start_line, const std::string& file,
            Diagnostics& diagnostics)
      : text_(text), pos_(start), line_start_(start), line_(start_line), file_(file),
        diagnostics_(diagnostics),
        // Macros can double their length on every @string (a = b # b), so the
        // total text they add is capped to keep time and memory linear.
        expansion_budget_(8 * text.size() + (size_t{1} << 20)) {
    define_month_macros(macros_);
  }

  BibFile parse() {
    while (!at_end()) {
      if (peek() == '@') {
        parse_at_sign();
      } else {
        advance();
      }
    }
    return std::move(result_);
  }

 private:
  // How a value ended: read, absent (nothing value-like after '='), or cut off
  // by the end of the file or the next entry (already reported).
  enum class ValueEnd { ok, missing, runaway };

  // A field as read, before duplicate checks.
  struct Assignment {
    std::string name;
    std::string value;
    int line = 0;
  };

  // ---- cursor ---------------------------------------------------------------

  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  int column() const { return static_cast<int>(pos_ - line_start_) + 1; }

  // Every byte is consumed here, so line numbers stay right whatever path the
  // parser takes. Returns true when a new line begins at the new position.
  bool advance() {
    if (at_end()) return false;
    const bool newline = text_[pos_] == '\n';
    ++pos_;
    if (newline) {
      ++line_;
      line_start_ = pos_;
    }
    return newline;
  }

  void skip_whitespace() {
    while (!at_end() && is_space(peek())) advance();
  }

  void skip_to_end_of_line() {
    while (!at_end() && peek() != '\n') advance();
  }

  bool only_indentation_before() const {
    size_t p = line_start_;
    while (p < pos_ && (text_[p] == ' ' || text_[p] == '\t')) ++p;
    return p == pos_;
  }

  // The cursor is on the '@' of an entry that is first on its line.
  bool at_entry_on_own_line() const {
    return only_indentation_before() && entry_starts_at(text_, pos_);
  }

  // A saved cursor, to read a token again as something else.
  struct Position {
    size_t pos;
    size_t line_start;
    int line;
    int column;
  };
  Position position() const { return {pos_, line_start_, line_, column()}; }
  void restore(const Position& p) {
    pos_ = p.pos;
    line_start_ = p.line_start;
    line_ = p.line;
  }

  std::string read_name() {
    const size_t start = pos_;
    while (!at_end() && is_name_char(peek())) advance();
    return std::string(text_.substr(start, pos_ - start));
  }

  // ---- top level --------------------------------------------------------------

  void parse_at_sign() {
    const size_t at = pos_;
    const int at_line = line_;
    const int at_column = column();
    const bool first_on_line = only_indentation_before();
    advance();
    const size_t type_start = pos_;
    while (!at_end() && is_letter(peek())) advance();
    // Outside entries everything is a comment (BibTeX's rule), so an '@' in an
    // e-mail address or prose is not an error.
    if (pos_ == type_start) return;
    const std::string type = lowercase(text_.substr(type_start, pos_ - type_start));
    while (!at_end() && (peek() == ' ' || peek() == '\t')) advance();
    if (type == "comment" && peek() != '{' && peek() != '(') {
      // bibtex-ruby reads "@comment text" as a comment up to the end of the line.
      skip_to_end_of_line();
      return;
    }
    if (peek() != '{' && peek() != '(') {
      if (first_on_line) {
        diagnostics_.warning(file_, at_line, at_column,
                             "'@" + type + "' is not followed by '{', so it is read as a comment; "
                             "write @" + type + "{key, ...} to make it an entry");
      }
      return;
    }
    const char close = peek() == '{' ? '}' : ')';
    advance();
    if (type == "comment") {
      skip_comment(close, at_line);
    } else if (type == "preamble") {
      parse_preamble(close, at_line);
    } else if (type == "string") {
      parse_string(close, at_line);
    } else {
      parse_entry(type, close, at, at_line);
    }
  }

  // "@comment{...}" ends at its balanced close, however many entries it hides
  // (al-folio's own papers.bib comments out seven). One never closed is read
  // as a value would be: it ends, reported, at the next entry, so a missing
  // brace hides at most the text up to there.
  void skip_comment(char close, int at_line) {
    const Position open = position();
    if (skip_balanced(close)) return;
    restore(open);
    std::string ignored;
    scan_delimited(close, ignored, open.line, open.column - 1,
                   "the @comment on line " + std::to_string(at_line));
  }

  // Skips to `close` outside braces; false (cursor anywhere) at the end of the file.
  bool skip_balanced(char close) {
    int depth = 0;
    while (!at_end()) {
      const char c = peek();
      advance();
      if (depth == 0 && c == close) return true;
      if (c == '{') ++depth;
      if (c == '}' && depth > 0) --depth;
    }
    return false;
  }

  void parse_preamble(char close, int at_line) {
    const std::string what = "the @preamble on line " + std::to_string(at_line);
    skip_whitespace();
    std::string value;
    const ValueEnd end = parse_value(value, what);
    if (end == ValueEnd::runaway) return;
    if (end == ValueEnd::ok) result_.preambles.emplace_back(trim(value));
    close_body(close, what);
  }

  void parse_string(char close, int at_line) {
    const std::string what = "the @string on line " + std::to_string(at_line);
    std::vector<Assignment> assignments;
    parse_assignments(close, what, assignments);
    for (Assignment& a : assignments) macros_[a.name] = std::move(a.value);
  }

  void parse_entry(const std::string& type, char close, size_t at, int at_line) {
    BibEntry entry;
    entry.type = type;
    entry.line = at_line;

    skip_whitespace();
    const Position key_position = position();
    const size_t key_start = pos_;
    // "@article{" followed by the next entry: nothing here is a key.
    if (!at_entry_on_own_line()) {
      while (!at_end() && is_key_char(peek())) advance();
    }
    std::string key(text_.substr(key_start, pos_ - key_start));
    skip_whitespace();
    if (key.empty() || peek() == '=') {
      // "@article{title = ...": the first token is a field name, so go back
      // and read it as one.
      diagnostics_.warning(file_, key_position.line, key_position.column,
                           "the @" + type + " entry on line " + std::to_string(at_line) +
                               " has no key, so it cannot be cited or linked; add one after the "
                               "opening brace, e.g. \"@" + type + "{einstein1905,\"");
      if (!key.empty()) restore(key_position);
      key.clear();
    } else if (peek() != ',' && peek() != close && is_name_char(peek()) &&
               !at_entry_on_own_line()) {
      diagnostics_.warning(file_, line_, column(),
                           "missing ',' after the key " + quoted(key) + "; write @" + type + "{" +
                               key + ", ...");
    }

    const std::string what = key.empty()
                                 ? "the @" + type + " entry on line " + std::to_string(at_line)
                                 : "entry " + quoted(key);
    std::vector<Assignment> assignments;
    parse_assignments(close, what, assignments);
    finish_entry(std::move(entry), std::move(key), std::move(assignments), at);
  }

  // Keeps the first of each field name and the first entry of each key, as
  // BibTeX does, and says which one was dropped.
  void finish_entry(BibEntry entry, std::string key, std::vector<Assignment> assignments,
                    size_t at) {
    entry.key = std::move(key);
    const std::string what =
        entry.key.empty() ? "the @" + entry.type + " entry on line " + std::to_string(entry.line)
                          : "entry " + quoted(entry.key);
    std::unordered_map<std::string, int> seen;
    for (Assignment& a : assignments) {
      const auto inserted = seen.emplace(a.name, a.line);
      if (!inserted.second) {
        diagnostics_.warning(file_, a.line, 0,
                             what + " has a second " + quoted(a.name) +
                                 " field (the first is on line " +
                                 std::to_string(inserted.first->second) +
                                 "); only the first is used, so delete or rename one of them");
        continue;
      }
      entry.fields.push_back({std::move(a.name), std::string(trim(a.value)), a.line});
    }
    entry.source = std::string(trim(text_.substr(at, pos_ - at)));

    if (!entry.key.empty()) {
      const auto inserted = keys_.emplace(lowercase(entry.key), entry.line);
      if (!inserted.second) {
        diagnostics_.warning(file_, entry.line, 0,
                             "the key " + quoted(entry.key) +
                                 " is already used by the entry on line " +
                                 std::to_string(inserted.first->second) +
                                 " (keys ignore case); this entry is skipped, give it a key of "
                                 "its own");
        return;
      }
    }
    result_.entries.push_back(std::move(entry));
  }

  // ---- fields -----------------------------------------------------------------

  // Reads "name = value" pairs separated by commas up to `close`, for entries
  // and @string. Stops early (reported) at the end of the file or at the next
  // entry when `close` is missing.
  void parse_assignments(char close, const std::string& what, std::vector<Assignment>& out) {
    bool after_field = false;
    bool comma_seen = false;
    for (;;) {
      skip_whitespace();
      if (at_end()) {
        report_unclosed(close, what, "the end of the file", out);
        return;
      }
      const char c = peek();
      if (c == close) {
        advance();
        warn_if_fields_follow(close, what);
        return;
      }
      if (c == ',') {
        advance();
        comma_seen = true;
        continue;
      }
      if (c == '@' && at_entry_on_own_line()) {
        report_unclosed(close, what, "the next entry on line " + std::to_string(line_), out);
        return;
      }
      if (c == '%') {
        // BibTeX has no comments inside entries, but authors comment out
        // fields with '%' as in LaTeX; honouring that loses nothing.
        skip_to_end_of_line();
        continue;
      }
      if (!is_name_char(c)) {
        diagnostics_.error(file_, line_, column(),
                           "unexpected '" + std::string(1, c) + "' in " + what +
                               "; fields are written name = {value} and separated by commas");
        advance();
        skip_to_field_end(close);
        continue;
      }

      const int name_line = line_;
      const int name_column = column();
      Assignment field{lowercase(read_name()), std::string(), name_line};
      if (after_field && !comma_seen) {
        diagnostics_.warning(file_, name_line, name_column,
                             "missing ',' before field " + quoted(field.name) + " in " + what +
                                 "; add a comma after the previous field's value");
      }
      skip_whitespace();
      if (peek() != '=') {
        diagnostics_.error(file_, name_line, name_column,
                           "field " + quoted(field.name) + " in " + what +
                               " has no '='; write " + field.name + " = {value}");
        skip_to_field_end(close);
        after_field = false;
        comma_seen = false;
        continue;
      }
      advance();
      skip_whitespace();
      const ValueEnd end = parse_value(field.value, "field " + quoted(field.name) + " of " + what);
      if (end == ValueEnd::runaway) return;
      if (end == ValueEnd::missing) {
        diagnostics_.error(file_, line_, column(),
                           "field " + quoted(field.name) + " of " + what +
                               " has no value; write " + field.name + " = {value}");
        skip_to_field_end(close);
      } else {
        out.push_back(std::move(field));
      }
      after_field = true;
      comma_seen = false;
    }
  }

  // Recovery after a malformed field: skips to the next ',' or `close` outside
  // braces, or to the next entry's line.
  void skip_to_field_end(char close) {
    int depth = 0;
    while (!at_end()) {
      const char c = peek();
      if (depth == 0 && (c == ',' || c == close)) return;
      if (c == '@' && at_entry_on_own_line()) return;
      if (c == '{') ++depth;
      if (c == '}' && depth > 0) --depth;
      if (advance() && line_starts_entry(text_, pos_)) return;
    }
  }

  void close_body(char close, const std::string& what) {
    skip_whitespace();
    if (peek() == close) {
      advance();
      return;
    }
    if (at_end()) {
      report_unclosed(close, what, "the end of the file");
    } else {
      diagnostics_.error(file_, line_, column(),
                         "expected '" + std::string(1, close) + "' to close " + what);
      skip_to_field_end(close);
      if (peek() == close) advance();
    }
  }

  void report_unclosed(char close, const std::string& what, const std::string& where,
                       const std::vector<Assignment>& fields = {}) {
    // "title = {A {B}," closes the value at the entry's own '}', so the entry
    // looks unclosed; the field that ran on, always the last one read, is
    // where the fix belongs.
    const std::string swallowed = fields.empty() ? "" : swallowed_field_name(fields.back().value);
    if (!swallowed.empty()) {
      diagnostics_.error(file_, fields.back().line, 0,
                         what + " is not closed before " + where + ": the '{' that opens field " +
                             quoted(fields.back().name) + " probably lacks its '}', since its "
                             "value runs on into '" + swallowed + " = ...'; add the missing '}'");
      return;
    }
    diagnostics_.error(file_, line_, column(),
                       what + " is not closed before " + where + "; add '" +
                           std::string(1, close) + "' after its last field");
  }

  // The name in a line "  name = ..." inside `value`, or "".
  static std::string swallowed_field_name(std::string_view value) {
    for (size_t newline = value.find('\n'); newline != std::string_view::npos;
         newline = value.find('\n', newline + 1)) {
      size_t p = newline + 1;
      while (p < value.size() && (value[p] == ' ' || value[p] == '\t')) ++p;
      const size_t name_start = p;
      while (p < value.size() && is_name_char(value[p])) ++p;
      const size_t name_end = p;
      while (p < value.size() && (value[p] == ' ' || value[p] == '\t')) ++p;
      if (name_end > name_start && p < value.size() && value[p] == '=') {
        return std::string(value.substr(name_start, name_end - name_start));
      }
    }
    return {};
  }

  // "title={A}}, year=..." closes the entry early and BibTeX silently drops the
  // rest; a comma right after the close is the tell-tale sign.
  void warn_if_fields_follow(char close, const std::string& what) {
    size_t p = pos_;
    while (p < text_.size() && is_space(text_[p])) ++p;
    if (p < text_.size() && text_[p] == ',') {
      diagnostics_.warning(file_, line_, column() - 1,
                           what + " ends at this '" + std::string(1, close) +
                               "' but a ',' follows, so the fields after it are ignored; remove "
                               "the extra '" + std::string(1, close) + "'");
    }
  }

  // ---- values -----------------------------------------------------------------

  // value := part ('#' part)*, part := {braced} | "quoted" | number | macro.
  ValueEnd parse_value(std::string& out, const std::string& what) {
    for (;;) {
      const ValueEnd end = parse_value_part(out, what);
      if (end != ValueEnd::ok) return end;
      skip_whitespace();
      if (peek() != '#') return ValueEnd::ok;
      advance();
      skip_whitespace();
    }
  }

  ValueEnd parse_value_part(std::string& out, const std::string& what) {
    const int open_line = line_;
    const int open_column = column();
    const char c = peek();
    if (c == '{' || c == '"') {
      advance();
      return scan_delimited(c == '{' ? '}' : '"', out, open_line, open_column, what);
    }
    if (at_end() || !is_name_char(c) || at_entry_on_own_line()) return ValueEnd::missing;
    const std::string token = read_name();
    if (all_digits(token)) {
      out += token;
      return ValueEnd::ok;
    }
    expand_macro(token, out, open_line, open_column, what);
    return ValueEnd::ok;
  }

  void expand_macro(const std::string& token, std::string& out, int line, int column,
                    const std::string& what) {
    const auto found = macros_.find(lowercase(token));
    if (found == macros_.end()) {
      diagnostics_.warning(file_, line, column,
                           "unknown @string macro " + quoted(token) + " in " + what +
                               "; define it with @string{" + token +
                               " = {...}} or put the text in braces: {" + token + "}");
      out += token;
      return;
    }
    if (found->second.size() > expansion_budget_) {
      if (!budget_reported_) {
        diagnostics_.error(file_, line, column,
                           "@string macros expand to too much text here (in " + what +
                               "); macros built from doubling other macros are left unexpanded");
        budget_reported_ = true;
      }
      out += token;
      return;
    }
    expansion_budget_ -= found->second.size();
    out += found->second;
  }

  // Reads up to `close` outside braces (the opening delimiter already read),
  // appending the text between to `out`. Braces nest; CRLF becomes LF. A value
  // still open when the next entry starts on a line of its own, or at the end
  // of the file, is reported at its opening delimiter.
  ValueEnd scan_delimited(char close, std::string& out, int open_line, int open_column,
                          const std::string& what) {
    int depth = 0;
    const char opener = close == '}' ? '{' : close == ')' ? '(' : '"';
    while (!at_end()) {
      // Bytes that change nothing (no brace, delimiter or line end) are
      // copied as one run.
      size_t run = pos_;
      while (run < text_.size() && text_[run] != '{' && text_[run] != '}' && text_[run] != close &&
             text_[run] != '\n' && text_[run] != '\r') {
        ++run;
      }
      if (run > pos_) {
        out.append(text_, pos_, run - pos_);
        pos_ = run;
        continue;
      }
      const char c = peek();
      if (depth == 0 && c == close) {
        advance();
        return ValueEnd::ok;
      }
      if (c == '{') {
        ++depth;
      } else if (c == '}' && depth > 0) {
        --depth;
      }
      if (!(c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n')) out += c;
      if (advance() && line_starts_entry(text_, pos_)) {
        diagnostics_.error(file_, open_line, open_column,
                           "the '" + std::string(1, opener) + "' that opens " + what +
                               " is not closed before the next entry on line " +
                               std::to_string(line_) + "; add the missing '" +
                               std::string(1, close) + "'");
        return ValueEnd::runaway;
      }
    }
    diagnostics_.error(file_, open_line, open_column,
                       "the '" + std::string(1, opener) + "' that opens " + what +
                           " is never closed; add the missing '" + std::string(1, close) + "'");
    return ValueEnd::runaway;
  }

  std::string_view text_;
  size_t pos_;
  size_t line_start_;
  int line_;
  const std::string& file_;
  Diagnostics& diagnostics_;
  size_t expansion_budget_;
  bool budget_reported_ = false;
  std::unordered_map<std::string, std::string> macros_;
  std::unordered_map<std::string, int> keys_;  // lowercased key -> line
  BibFile result_;
};

}  // namespace

BibFile parse_bibtex(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  size_t start = 0;
  int start_line = 1;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  const FrontMatterSplit split = split_front_matter(text.substr(start), file, diagnostics);
  if (split.has_front_matter) {
    start = static_cast<size_t>(split.body.data() - text.data());
    start_line = split.body_first_line;
  }
  return BibParser(text, start, start_line, file, diagnostics).parse();
}

std::shared_ptr<const BibFile> parse_bibtex_shared(std::string_view text, const std::string& file,
                                                   Diagnostics& diagnostics) {
  static ParseMemo<std::shared_ptr<const BibFile>> memo(16);
  std::string key = file;
  key += '\0';
  key.append(text);
  return memo.get(std::move(key), diagnostics, [&](Diagnostics& reported) {
    return std::make_shared<const BibFile>(parse_bibtex(text, file, reported));
  });
}

}  // namespace folio
