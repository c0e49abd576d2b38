#include "scholar/query.h"

#include "scholar/ascii_text.h"
#include "scholar/stored_entry.h"

namespace folio::scholar {
namespace {

// Splits at `separator` (",", "&&" or "||"), as Ruby's split drops the empty
// pieces at the end.
std::vector<std::string_view> split_at(std::string_view text, std::initializer_list<std::string_view> separators) {
  std::vector<std::string_view> pieces;
  size_t start = 0;
  for (size_t i = 0; i <= text.size();) {
    size_t length = 0;
    for (std::string_view separator : separators) {
      if (text.substr(i, separator.size()) == separator) length = separator.size();
    }
    if (i == text.size() || length > 0) {
      pieces.push_back(trimmed(text.substr(start, i - start)));
      i += length > 0 ? length : 1;
      start = i;
    } else {
      ++i;
    }
  }
  while (!pieces.empty() && pieces.back().empty()) pieces.pop_back();
  return pieces;
}

// The operator at `i` in bibtex-ruby's order of alternatives:
// [!~/^<>]?= , !~ , =~ , < , > ; 0 when none starts there.
size_t operator_length(std::string_view text, size_t i) {
  const char c = text[i];
  const bool has_next = i + 1 < text.size();
  if (has_next && text[i + 1] == '=' && std::string_view("!~/^<>").find(c) != std::string_view::npos) return 2;
  if (c == '=') return 1;
  if (has_next && c == '!' && text[i + 1] == '~') return 2;
  if (c == '<' || c == '>') return 1;
  return 0;
}

std::optional<QueryCondition> parse_condition(std::string_view text, std::string& error) {
  QueryCondition condition;
  size_t op_start = text.size(), op_length = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((op_length = operator_length(text, i)) > 0) {
      op_start = i;
      break;
    }
  }
  condition.property = std::string(trimmed(text.substr(0, op_start)));
  if (op_length == 0) return condition;
  condition.op = std::string(text.substr(op_start, op_length));
  const size_t value_start = op_start + op_length;
  size_t value_end = text.size();
  for (size_t i = value_start; i < text.size(); ++i) {
    if (operator_length(text, i) > 0) {
      value_end = i;
      break;
    }
  }
  const std::string_view value = trimmed(text.substr(value_start, value_end - value_start));
  // Ruby's split drops an empty last piece: [year=] has no value at all.
  if (!value.empty() || value_end < text.size()) condition.value = std::string(value);
  if (condition.op == "^=" || condition.op == "~=" || condition.op == "!~") {
    const std::string pattern = (condition.op == "^=" ? "^" : "") + condition.value.value_or("");
    try {
      condition.pattern = std::make_shared<const std::regex>(pattern, std::regex::ECMAScript);
    } catch (const std::regex_error&) {
      error = "'" + pattern + "' in [" + std::string(text) + "] is not a regular expression";
      return std::nullopt;
    }
  }
  return condition;
}

std::optional<std::vector<ConditionGroup>> parse_conditions(std::string_view text, std::string& error) {
  std::vector<ConditionGroup> alternatives;
  for (std::string_view group : split_at(text, {"||"})) {
    ConditionGroup conditions;
    for (std::string_view piece : split_at(group, {",", "&&"})) {
      std::optional<QueryCondition> condition = parse_condition(piece, error);
      if (!condition) return std::nullopt;
      conditions.push_back(std::move(*condition));
    }
    alternatives.push_back(std::move(conditions));
  }
  return alternatives;
}

// The value bibtex-ruby's `send(property)` answers for an entry; nullopt for nil.
std::optional<std::string> property_value(const BibEntry& entry, const std::string& property) {
  if (property == "key" || property == "id") return entry.key;
  if (std::optional<std::string> found = stored_field_text(entry, property)) return found;
  if (property == "date") return stored_field_text(entry, "year");
  if (property != "year") return std::nullopt;
  const std::optional<std::string> date = stored_field_text(entry, "date");
  for (size_t i = 0; date && i + 4 <= date->size(); ++i) {
    bool digits = true;
    for (size_t k = i; k < i + 4; ++k) digits = digits && (*date)[k] >= '0' && (*date)[k] <= '9';
    if (digits) return date->substr(i, 4);
  }
  return std::nullopt;
}

bool all_digits(const std::string& text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool compare(const std::string& actual, const std::string& op, const std::string& value) {
  int order = 0;
  if (all_digits(actual) && all_digits(value)) {
    const long long left = std::stoll(actual), right = std::stoll(value);
    order = left < right ? -1 : left > right ? 1 : 0;
  } else {
    order = actual.compare(value) < 0 ? -1 : actual.compare(value) > 0 ? 1 : 0;
  }
  if (op == "<") return order < 0;
  if (op == "<=") return order <= 0;
  if (op == ">") return order > 0;
  return order >= 0;
}

bool meets(const QueryCondition& condition, const BibEntry& entry) {
  if (condition.property.empty() && condition.op.empty()) return true;
  const std::optional<std::string> actual = property_value(entry, condition.property);
  if (condition.op.empty()) return actual.has_value();
  const std::string& op = condition.op;
  if (op == "!=" || op == "/=") return !actual || !condition.value || *actual != *condition.value;
  if (!actual) return op == "!~";
  if (op == "^=" || op == "~=") return std::regex_search(*actual, *condition.pattern);
  if (op == "!~") return !std::regex_search(*actual, *condition.pattern);
  if (op == "<" || op == "<=" || op == ">" || op == ">=") return compare(*actual, op, condition.value.value_or(""));
  return condition.value && *actual == *condition.value;
}

bool has_type(const QuerySelector& selector, const BibEntry& entry) {
  return selector.type == "*" || selector.type == "entry" || selector.type == entry.type;
}

}  // namespace

QueryParse parse_query(std::string_view text) {
  QueryParse result;
  const std::string_view query = trimmed(text);
  if (query.empty() || (query[0] != '@' && query.substr(0, 2) != "!@")) {
    result.error = "a query starts with @ and a type, e.g. @* or @article[year=2024]";
    return result;
  }
  Query parsed;
  for (size_t i = 0; i < query.size(); ++i) {
    if (query[i] != '@') continue;
    QuerySelector selector;
    selector.negated = i > 0 && query[i - 1] == '!';
    size_t end = i + 1;
    if (end < query.size() && query[end] == '*') {
      ++end;
    } else {
      while (end < query.size() && is_word_char(query[end])) ++end;
    }
    if (end == i + 1) continue;  // "@" alone selects nothing
    selector.type = ascii_lowercase(query.substr(i + 1, end - i - 1));
    if (end < query.size() && query[end] == '[') {
      const size_t close = query.find(']', end);
      if (close != std::string_view::npos) {
        std::optional<std::vector<ConditionGroup>> conditions =
            parse_conditions(query.substr(end + 1, close - end - 1), result.error);
        if (!conditions) return result;
        selector.alternatives = std::move(*conditions);
        end = close + 1;
      }
    }
    parsed.selectors.push_back(std::move(selector));
    i = end - 1;
  }
  if (parsed.selectors.empty()) {
    result.error = "the query names no type after @; write @* for every entry";
    return result;
  }
  result.query = std::move(parsed);
  return result;
}

bool query_matches(const Query& query, const BibEntry& entry) {
  for (const QuerySelector& selector : query.selectors) {
    if (has_type(selector, entry) == selector.negated) continue;
    if (selector.alternatives.empty()) return true;
    for (const ConditionGroup& group : selector.alternatives) {
      bool all = true;
      for (const QueryCondition& condition : group) all = all && meets(condition, entry);
      if (all) return true;
    }
  }
  return false;
}

}  // namespace folio::scholar
