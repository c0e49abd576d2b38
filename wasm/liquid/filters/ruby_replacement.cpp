#include "liquid/filters/ruby_replacement.h"

#include "liquid/filter.h"
#include "liquid/filters/unicode.h"

namespace folio::liquid {

namespace {

void append_group(std::string& out, const ReplacementMatch& match, size_t number) {
  if (number == 0) {
    out.append(match.subject.substr(match.begin, match.end - match.begin));
  } else if (number <= match.groups.size() && match.groups[number - 1]) {
    const auto [begin, end] = *match.groups[number - 1];
    out.append(match.subject.substr(begin, end - begin));
  }
}

}  // namespace

void append_ruby_replacement(std::string& out, std::string_view replacement, const ReplacementMatch& match) {
  for (size_t i = 0; i < replacement.size(); ++i) {
    const char c = replacement[i];
    if (c != '\\' || i + 1 == replacement.size()) {
      out += c;
      continue;
    }
    const char next = replacement[++i];
    if (next >= '0' && next <= '9') {
      append_group(out, match, static_cast<size_t>(next - '0'));
    } else if (next == '&') {
      append_group(out, match, 0);
    } else if (next == '`') {
      out.append(match.subject.substr(0, match.begin));
    } else if (next == '\'') {
      out.append(match.subject.substr(match.end));
    } else if (next == '\\') {
      out += '\\';
    } else if (next == 'k' && i + 1 < replacement.size() && replacement[i + 1] == '<' &&
               replacement.find('>', i + 2) != std::string_view::npos) {
      const size_t close = replacement.find('>', i + 2);
      const std::string_view name = replacement.substr(i + 2, close - i - 2);
      bool known = false;
      for (const auto& [group_name, number] : match.group_names) {
        if (group_name == name) {
          append_group(out, match, number);
          known = true;
          break;
        }
      }
      if (!known) throw FilterError("undefined group name reference: " + std::string(name));
      i = close;
    } else {
      out += '\\';
      out += next;
    }
  }
}

std::string ruby_replace_string(std::string_view subject, std::string_view pattern, std::string_view replacement,
                                bool only_first) {
  std::string out;
  size_t position = 0;
  while (position <= subject.size()) {
    const size_t found = subject.find(pattern, position);
    if (found == std::string_view::npos) break;
    out.append(subject.substr(position, found - position));
    ReplacementMatch match{subject, found, found + pattern.size(), {}, {}};
    append_ruby_replacement(out, replacement, match);
    if (pattern.empty()) {
      // An empty match moves on by one character, which stays in the output.
      if (found == subject.size()) {
        position = found + 1;
        break;
      }
      const size_t length = decode_character(subject, found).length;
      out.append(subject.substr(found, length));
      position = found + length;
    } else {
      position = found + pattern.size();
    }
    if (only_first) break;
  }
  if (position < subject.size()) out.append(subject.substr(position));
  return out;
}

RubyRegex compile_ruby_regex(std::string_view filter, std::string_view pattern) {
  std::string error;
  auto regex = RubyRegex::compile(pattern, error);
  if (!regex) throw FilterError(std::string(filter) + ": " + error + " (in /" + std::string(pattern) + "/)");
  return std::move(*regex);
}

std::string ruby_replace_regex(std::string_view subject, const RubyRegex& regex, std::string_view replacement,
                               bool only_first) {
  std::string out;
  size_t copied = 0;
  for (const RegexMatch& match : regex.find_matches(subject, only_first)) {
    out.append(subject.substr(copied, match.begin - copied));
    ReplacementMatch replaced{subject, match.begin, match.end, match.groups, regex.group_names()};
    append_ruby_replacement(out, replacement, replaced);
    copied = match.end;
  }
  out.append(subject.substr(copied));
  return out;
}

}  // namespace folio::liquid
