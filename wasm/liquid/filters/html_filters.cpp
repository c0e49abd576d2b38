// The escaping filters: Liquid's escape, escape_once, strip_html, url_encode
// and url_decode, and Jekyll's xml_escape and cgi_escape, each as the Ruby
// function it calls (CGI.escapeHTML, CGI.escape, String#encode(xml: :attr)).
#include <string>

#include "liquid/filters/filter_groups.h"
#include "liquid/filters/filter_support.h"
#include "liquid/filters/percent_encoding.h"

namespace folio::liquid {

namespace {

// CGI.escapeHTML's five characters.
void append_html_escaped(std::string& out, char c) {
  switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += c;
  }
}

Value escape(const FilterCall& call, FilterContext&) {
  if (call.input.is_nil()) return Value();
  std::string out;
  for (const char c : to_s(call.input)) append_html_escaped(out, c);
  return out;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Length of the character reference at text[i] ("&amp;", "&#39;"), which
// escape_once leaves alone; 0 when there is none. Liquid's pattern knows
// only named and decimal references, not hexadecimal ones.
size_t character_reference_length(std::string_view text, size_t i) {
  size_t j = i + 1;
  if (j < text.size() && text[j] == '#') {
    ++j;
    while (j < text.size() && is_ascii_digit(text[j])) ++j;
    if (j == i + 2) return 0;
  } else {
    while (j < text.size() && is_ascii_letter(text[j])) ++j;
    if (j == i + 1) return 0;
  }
  return j < text.size() && text[j] == ';' ? j + 1 - i : 0;
}

Value escape_once(const FilterCall& call, FilterContext&) {
  const std::string text = to_s(call.input);
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const size_t reference = text[i] == '&' ? character_reference_length(text, i) : 0;
    if (reference > 0) {
      out.append(text, i, reference);
      i += reference - 1;
    } else {
      append_html_escaped(out, text[i]);
    }
  }
  return out;
}

// Liquid's STRIP_HTML_BLOCKS (<script>, <style> and comments with what they
// hold, case-sensitive, across lines) and then every <...> tag.
Value strip_html(const FilterCall& call, FilterContext&) {
  const std::string text = to_s(call.input);
  struct Block {
    std::string_view open, close;
  };
  static constexpr Block kBlocks[] = {{"<script", "</script>"}, {"<!--", "-->"}, {"<style", "</style>"}};
  std::string without_blocks;
  for (size_t i = 0; i < text.size();) {
    size_t skip_to = std::string::npos;
    for (const Block& block : kBlocks) {
      if (text.compare(i, block.open.size(), block.open) != 0) continue;
      const size_t close = text.find(block.close, i + block.open.size());
      if (close != std::string::npos) skip_to = close + block.close.size();
      break;
    }
    if (skip_to != std::string::npos) {
      i = skip_to;
    } else {
      without_blocks += text[i++];
    }
  }
  std::string out;
  for (size_t i = 0; i < without_blocks.size();) {
    const size_t close = without_blocks[i] == '<' ? without_blocks.find('>', i + 1) : std::string::npos;
    if (close != std::string::npos) {
      i = close + 1;
    } else {
      out += without_blocks[i++];
    }
  }
  return out;
}

Value url_encode(const FilterCall& call, FilterContext&) {
  if (call.input.is_nil()) return Value();
  return cgi_escape(to_s(call.input));
}

Value url_decode(const FilterCall& call, FilterContext&) {
  if (call.input.is_nil()) return Value();
  std::string decoded = cgi_unescape(to_s(call.input));
  if (!is_valid_utf8_text(decoded)) throw FilterError("invalid byte sequence in UTF-8");
  return decoded;
}

// Jekyll's xml_escape: String#encode(xml: :attr) without its quotes.
Value xml_escape(const FilterCall& call, FilterContext&) { return xml_escaped(to_s(call.input)); }

// Jekyll calls CGI.escape on the input itself, which takes only a string.
Value cgi_escape_filter(const FilterCall& call, FilterContext&) {
  if (!call.input.is_string()) {
    const std::string type = call.input.is_nil() ? "nil" : ruby_class_name(call.input);
    throw FilterError("no implicit conversion of " + type + " into String");
  }
  return cgi_escape(call.input.as_string());
}

const FilterSpec kHtmlFilters[] = {
    {"cgi_escape", 0, 0, cgi_escape_filter},
    {"escape", 0, 0, escape},
    {"escape_once", 0, 0, escape_once},
    {"h", 0, 0, escape},
    {"strip_html", 0, 0, strip_html},
    {"url_decode", 0, 0, url_decode},
    {"url_encode", 0, 0, url_encode},
    {"xml_escape", 0, 0, xml_escape},
};

}  // namespace

FilterGroup html_filters() { return {kHtmlFilters, sizeof kHtmlFilters / sizeof kHtmlFilters[0]}; }

}  // namespace folio::liquid
