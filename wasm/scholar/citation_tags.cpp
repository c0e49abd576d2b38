#include "scholar/citation_tags.h"

#include <algorithm>

#include "core/html_escape.h"
#include "scholar/apa_style.h"
#include "scholar/entry_environment.h"
#include "scholar/tag_options.h"

namespace folio::scholar {
namespace {

struct CitedEntries {
  CitationMarkup markup;
  std::vector<EntryPtr> entries;  // one per key; nullptr for a key no file has
  bool complete = true;           // every key found
};

std::string resolved_key(const std::string& key, const VariableLookup& lookup) {
  if (!lookup) return key;
  const liquid::Value value = lookup(key);
  return value.truthy() ? liquid::to_output(value) : key;
}

CitedEntries find_cited(ScholarPage& page, std::string_view markup, int line, const char* tag_name,
                        Diagnostics& diagnostics) {
  const TagPlace place{page.file, line};
  CitedEntries cited;
  cited.markup = parse_citation_markup(markup, place, diagnostics);
  if (cited.markup.keys.empty()) {
    diagnostics.error(place.file, place.line, 0,
                      std::string("{% ") + tag_name + " %} names no key; write the entry's key, e.g. {% " +
                          tag_name + " einstein1950meaning %}");
    return cited;
  }
  std::vector<std::string> files;
  for (const std::string& file : cited.markup.options.files) files.push_back(interpolate_variables(file, page.lookup));
  const std::vector<EntryPtr> entries = load_entries(page.site->library, page.config, files, place, diagnostics);
  for (const std::string& written : cited.markup.keys) {
    const std::string key = resolved_key(written, page.lookup);
    const auto found = std::find_if(entries.begin(), entries.end(), [&](const EntryPtr& e) { return e->key == key; });
    if (found == entries.end()) {
      diagnostics.warning(place.file, place.line, 0,
                          "no bibliography entry has the key '" + key + "', so the " + tag_name +
                              " shows \"" + page.config.missing_reference +
                              "\"; check the key's spelling or add the entry to the .bib file");
      cited.complete = false;
    }
    cited.entries.push_back(found == entries.end() ? nullptr : *found);
  }
  return cited;
}

// Ruby's String#strip: ASCII whitespace and NUL at either end.
std::string_view stripped(std::string_view text) {
  constexpr std::string_view kSpace = std::string_view(" \t\n\v\f\r\0", 7);
  const size_t first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

}  // namespace

std::string render_cite(ScholarPage& page, std::string_view markup, int line, Diagnostics& diagnostics) {
  const CitedEntries cited = find_cited(page, markup, line, "cite", diagnostics);
  if (cited.entries.empty() || !cited.complete) return page.config.missing_reference;
  std::vector<const BibEntry*> entries;
  for (const EntryPtr& entry : cited.entries) {
    entries.push_back(entry.get());
    if (std::find(page.cited.begin(), page.cited.end(), entry->key) == page.cited.end()) page.cited.push_back(entry->key);
  }
  const std::string& prefix = cited.markup.options.prefix.value_or("");
  const std::string target = page.config.relative + "#" + (prefix.empty() ? "" : prefix + "-") + cited.entries[0]->key;
  return "<a class=\"" + page.config.cite_class + "\" href=\"" + escape_html(target) + "\">" + apa_citation(entries) +
         "</a>";
}

std::string render_reference(ScholarPage& page, std::string_view markup, int line, Diagnostics& diagnostics) {
  const CitedEntries cited = find_cited(page, markup, line, "reference", diagnostics);
  std::string out;
  for (size_t i = 0; i < cited.entries.size(); ++i) {
    if (i > 0) out += "\n";
    const EntryPtr& entry = cited.entries[i];
    out += entry ? reference_tag(*entry, page.config, cited.markup.options.prefix.value_or(""))
                 : page.config.missing_reference;
  }
  return out;
}

std::string render_quote(ScholarPage& page, std::string_view markup, std::string_view body, int line,
                         Diagnostics& diagnostics) {
  const std::string_view arguments = stripped(markup);
  const std::string_view key = arguments.substr(0, arguments.find_first_of(" \t\n\v\f\r"));
  std::string quote;
  const std::string_view text = stripped(body);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n') {
      quote += text[i];
    } else if (i + 1 < text.size() && text[i + 1] == '\n') {
      quote += "</p><p>";
      ++i;
    } else {
      quote += "<br/>";
    }
  }
  return "<blockquote><p>" + quote + "</p><cite>" + render_cite(page, key, line, diagnostics) + "</cite></blockquote>";
}

}  // namespace folio::scholar
