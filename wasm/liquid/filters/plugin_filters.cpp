// The filters of the plugins al-folio ships: jekyll-regex-replace
// (regex_replace, regex_replace_once), al-folio's own _plugins
// (remove_accents, hideCustomBibtex, bust_file_cache, bust_css_cache),
// jekyll-email-protect (encode_email) and jemoji (emojify).
#include <cstdio>
#include <string>

#include "core/emoji.h"
#include "liquid/filters/filter_groups.h"
#include "liquid/filters/filter_support.h"
#include "liquid/filters/hide_custom_bibtex.h"
#include "liquid/filters/ruby_replacement.h"
#include "liquid/filters/transliteration.h"
#include "liquid/filters/unicode.h"

namespace folio::liquid {

namespace {

// jekyll-regex-replace: str.gsub(/#{pattern}/, replacement). Ruby needs a
// string on both ends; the pattern is interpolated, so any value works.
Value regex_replace_with(const FilterCall& call, std::string_view filter, bool only_first) {
  if (!call.input.is_string()) raise_no_method(only_first ? "sub" : "gsub", call.input);
  const Value& replacement = argument(call, 1);
  if (!replacement.is_string()) {
    const std::string type = replacement.is_nil() ? "nil" : ruby_class_name(replacement);
    throw FilterError("no implicit conversion of " + type + " into String");
  }
  const RubyRegex regex = compile_ruby_regex(filter, to_s(argument(call, 0)));
  return ruby_replace_regex(call.input.as_string(), regex, replacement.as_string(), only_first);
}

Value regex_replace(const FilterCall& call, FilterContext&) { return regex_replace_with(call, "regex_replace", false); }

Value regex_replace_once(const FilterCall& call, FilterContext&) {
  return regex_replace_with(call, "regex_replace_once", true);
}

// al-folio's remove_accents: I18n.transliterate, which needs a string.
Value remove_accents(const FilterCall& call, FilterContext&) {
  if (!call.input.is_string()) raise_no_method("gsub", call.input);
  return transliterate(call.input.as_string());
}

// al-folio's hideCustomBibtex (hide_custom_bibtex.h). A site without the
// setting keeps every field (Jekyll fails there).
Value hide_custom_bibtex_filter(const FilterCall& call, FilterContext& context) {
  return hide_custom_bibtex(to_s(call.input), context.site().filtered_bibtex_keywords);
}

// jekyll-email-protect: each letter or digit (of any script) as the %XX of
// its UTF-8 bytes; "@", ".", "+" and the rest stay.
Value encode_email(const FilterCall& call, FilterContext&) {
  const std::string text = to_s(call.input);
  std::string out;
  for (size_t i = 0; i < text.size();) {
    const DecodedCharacter character = decode_character(text, i);
    if (is_alphanumeric(character.code_point)) {
      for (size_t k = 0; k < character.length; ++k) {
        char encoded[4];
        std::snprintf(encoded, sizeof encoded, "%%%02X", static_cast<unsigned char>(text[i + k]));
        out += encoded;
      }
    } else {
      out.append(text, i, character.length);
    }
    i += character.length;
  }
  return out;
}

// jemoji registers no Liquid filter any more (al-folio's `| emojify` is an
// unknown filter that Jekyll passes by); it replaces :shortcodes: in each
// rendered page. folio does that replacement here, with the emoji
// characters of core/emoji.h, so the text comes out as the page would.
Value emojify(const FilterCall& call, FilterContext&) {
  if (call.input.is_nil()) return Value();
  return emojify_html(to_s(call.input));
}

// al-folio's cache busting appends "?" and the MD5 of the file, which a
// build computes from the site's files. folio has no build and no file
// bytes in a render: the path comes back unchanged, and the host's own
// caching (ETags on GitHub Pages) keeps assets fresh.
Value bust_cache(const FilterCall& call, FilterContext&) { return call.input; }

const FilterSpec kPluginFilters[] = {
    {"bust_css_cache", 0, 0, bust_cache},
    {"bust_file_cache", 0, 0, bust_cache},
    {"emojify", 0, 0, emojify},
    {"encode_email", 0, 0, encode_email},
    {"hideCustomBibtex", 0, 0, hide_custom_bibtex_filter},
    {"regex_replace", 2, 2, regex_replace},
    {"regex_replace_once", 2, 2, regex_replace_once},
    {"remove_accents", 0, 0, remove_accents},
};

}  // namespace

FilterGroup plugin_filters() { return {kPluginFilters, sizeof kPluginFilters / sizeof kPluginFilters[0]}; }

}  // namespace folio::liquid
