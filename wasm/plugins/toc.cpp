#include "plugins/toc.h"

#include <algorithm>
#include <vector>

#include "core/character_references.h"
#include "core/html_tokenizer.h"
#include "liquid/filters/percent_encoding.h"
#include "liquid/filters/unicode.h"
#include "plugins/plugin_config.h"

namespace folio::plugins {
namespace {

struct TocOptions {
  int min_level = 1;
  int max_level = 6;
  bool ordered = false;
  std::string list_id = "toc";
  std::string list_class = "section-nav";
  std::string sublist_class;
  std::string item_class = "toc-entry";
  std::string item_prefix = "toc-";
  std::vector<std::string> no_toc_section_classes = {"no_toc_section"};
};

std::string setting(const liquid::Value& config, const char* key, std::string fallback) {
  const liquid::Value value = config.lookup(key);
  return value.is_nil() ? fallback : liquid::to_output(value);
}

TocOptions read_options(const liquid::Value& config) {
  TocOptions options;
  if (!config.is_hash()) return options;  // the plugin falls back to its defaults
  options.min_level = static_cast<int>(to_integer(config.lookup("min_level"), 1));
  options.max_level = static_cast<int>(to_integer(config.lookup("max_level"), 6));
  options.ordered = config.lookup("ordered_list").truthy();
  options.list_id = setting(config, "list_id", options.list_id);
  options.list_class = setting(config, "list_class", options.list_class);
  options.sublist_class = setting(config, "sublist_class", options.sublist_class);
  options.item_class = setting(config, "item_class", options.item_class);
  options.item_prefix = setting(config, "item_prefix", options.item_prefix);
  const liquid::Value sections = config.lookup("no_toc_section_class");
  if (!sections.is_nil()) options.no_toc_section_classes = split_list(sections, "");
  return options;
}

struct Entry {
  std::string id;
  std::string text;  // escaped
  std::string node_name;  // "h2"
  int level = 0;
};

bool has_class(const HtmlToken& tag, std::string_view wanted) {
  for (const HtmlAttribute& attribute : tag.attributes) {
    if (!same_html_name(attribute.name, "class")) continue;
    std::string_view classes = attribute.value;
    while (!classes.empty()) {
      const size_t end = std::min(classes.find_first_of(" \t\n\f\r"), classes.size());
      if (classes.substr(0, end) == wanted) return true;
      classes.remove_prefix(std::min(end + 1, classes.size()));
    }
  }
  return false;
}

int heading_level(std::string_view name) {
  if (name.size() != 2 || (name[0] != 'h' && name[0] != 'H') || name[1] < '1' || name[1] > '6') return 0;
  return name[1] - '0';
}

bool is_void_element(std::string_view name) {
  for (const char* element : {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                              "source", "track", "wbr"}) {
    if (same_html_name(name, element)) return true;
  }
  return false;
}

// The plugin's generate_toc_id: lowercased, without punctuation (what is
// not a word character, "-" or " "), spaces as "-", then CGI.escape'd.
std::string toc_id(const std::string& text) {
  const std::string lower = liquid::ruby_downcase(text);
  std::string kept;
  for (size_t i = 0; i < lower.size();) {
    const liquid::DecodedCharacter character = liquid::decode_character(lower, i);
    const char32_t c = character.code_point;
    const bool word = liquid::is_alphanumeric(c) || liquid::is_mark(c) || c == '_';
    if (c == ' ') {
      kept += '-';
    } else if (word || c == '-') {
      kept.append(lower, i, character.length);
    }
    i += character.length;
  }
  return liquid::cgi_escape(kept);
}

std::string escape_text(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::vector<Entry> headings(std::string_view html, const TocOptions& options) {
  struct Open {
    std::string name;
    bool no_toc_section;
  };
  std::vector<Entry> entries;
  std::vector<Open> open;
  std::vector<std::pair<std::string, int>> seen;  // id -> times used
  HtmlTokenizer tokenizer(html);
  HtmlToken token;
  int in_heading = 0;  // the level of the heading being read
  std::string text, id;
  const auto in_no_toc_section = [&] {
    return std::any_of(open.begin(), open.end(), [](const Open& o) { return o.no_toc_section; });
  };
  while (tokenizer.next(token)) {
    if (token.kind == HtmlTokenKind::start_tag) {
      const int level = heading_level(token.text);
      if (level && !in_heading && level >= options.min_level && level <= options.max_level &&
          !has_class(token, "no_toc") && !in_no_toc_section()) {
        in_heading = level;
        text.clear();
        id.clear();
        for (const HtmlAttribute& attribute : token.attributes) {
          if (same_html_name(attribute.name, "id")) id = decode_character_references(attribute.value);
        }
      }
      if (!is_void_element(token.text) && !token.self_closing) {
        bool section = false;
        for (const std::string& name : options.no_toc_section_classes) section = section || has_class(token, name);
        open.push_back({liquid::ruby_downcase(token.text), section});
      }
    } else if (token.kind == HtmlTokenKind::end_tag) {
      const std::string name = liquid::ruby_downcase(token.text);
      const auto match = std::find_if(open.rbegin(), open.rend(), [&](const Open& o) { return o.name == name; });
      if (match != open.rend()) open.erase(std::next(match).base(), open.end());
      if (in_heading && heading_level(token.text) == in_heading) {
        std::string own_id = id.empty() ? toc_id(text) : id;
        auto used = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == own_id; });
        if (used == seen.end()) {
          seen.push_back({own_id, 1});
        } else {
          own_id += "-" + std::to_string(used->second++);
        }
        entries.push_back({own_id, escape_text(text), "h" + std::to_string(in_heading), in_heading});
        in_heading = 0;
      }
    } else if (token.kind == HtmlTokenKind::text && in_heading) {
      text += decode_character_references(token.text);
    }
  }
  return entries;
}

class TocWriter {
 public:
  explicit TocWriter(const TocOptions& options) : options_(options) {}

  std::string list_tag() const { return options_.ordered ? "ol" : "ul"; }

  // The plugin's build_toc_list: entries at the list's top level are items;
  // deeper ones after an item are its sublist; deeper ones that come first
  // join the list itself.
  std::string list(const std::vector<Entry>& entries, size_t from, size_t to) const {
    std::string out;
    if (from >= to) return out;
    int top = entries[from].level;
    for (size_t i = from; i < to; ++i) top = std::min(top, entries[i].level);
    size_t i = from;
    while (i < to) {
      const Entry& entry = entries[i];
      if (entry.level == top) {
        out += "<li class=\"" + options_.item_class + " " + options_.item_prefix + entry.node_name + "\"><a href=\"#" +
               entry.id + "\">" + entry.text + "</a>";
        const size_t nested_end = nest_end(entries, i + 1, to, top);
        if (nested_end > i + 1) {
          const std::string attributes = options_.sublist_class.empty() ? "" : " class=\"" + options_.sublist_class + "\"";
          out += "\n<" + list_tag() + attributes + ">\n" + list(entries, i + 1, nested_end) + "</" + list_tag() + ">\n";
          i = nested_end - 1;
        }
        out += "</li>\n";
      } else {
        const size_t nested_end = nest_end(entries, i, to, top);
        out += list(entries, i, nested_end);
        i = nested_end - 1;
      }
      ++i;
    }
    return out;
  }

 private:
  static size_t nest_end(const std::vector<Entry>& entries, size_t from, size_t to, int top) {
    size_t end = from;
    while (end < to && entries[end].level != top) ++end;
    return end;
  }

  const TocOptions& options_;
};

}  // namespace

std::string build_toc(std::string_view html, const liquid::Value& config) {
  const TocOptions options = read_options(config);
  const std::vector<Entry> entries = headings(html, options);
  const TocWriter writer(options);
  return "<" + writer.list_tag() + " id=\"" + options.list_id + "\" class=\"" + options.list_class + "\">\n" +
         writer.list(entries, 0, entries.size()) + "</" + writer.list_tag() + ">";
}

}  // namespace folio::plugins
