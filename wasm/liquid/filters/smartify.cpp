// Checked against Jekyll 4 (its smartify filter, kramdown 2): raw HTML tags
// stay as written; in the text between them quotes curl, -- and --- become
// dashes, ... an ellipsis, << and >> guillemets; <, > and & are escaped.
// A character reference is an entity to kramdown and prints as its character
// (&copy; is ©), except &amp; &lt; and &gt;, which it keeps escaped; a
// &quot; stays a straight quote.
#include "liquid/filters/smartify.h"

#include "core/character_references.h"
#include "parse/typography.h"

namespace folio::liquid {

namespace {

bool starts_tag(std::string_view text, size_t at) {
  if (at + 1 >= text.size() || text[at] != '<') return false;
  const char next = text[at + 1];
  return (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '/' || next == '!' || next == '?';
}

// The run with its references decoded, the quotes among them marked as
// escaped (typography.h) so that they stay straight.
std::string decode_run(std::string_view run) {
  std::string out;
  for (size_t i = 0; i < run.size(); ++i) {
    const size_t length = run[i] == '&' ? character_reference_length(run.substr(i)) : 0;
    if (length == 0) {
      out += run[i];
      continue;
    }
    const std::string decoded = decode_character_references(run.substr(i, length));
    if (decoded == "\"") {
      out += kEscapedDoubleQuote;
    } else if (decoded == "'") {
      out += kEscapedSingleQuote;
    } else {
      out += decoded;  // &amp; is '&' again, which the typography escapes back
    }
    i += length - 1;
  }
  return out;
}

// kramdown escapes only <, > and & in text: a quote that stays straight
// prints as itself, where the typography (written for Markdown) escapes it.
void append_run(std::string& html, std::string_view run, std::string_view after) {
  const size_t start = html.size();
  append_typographic_html(html, decode_run(run), after);
  static constexpr std::string_view kQuot = "&quot;";
  for (size_t at = html.find(kQuot, start); at != std::string::npos; at = html.find(kQuot, at + 1)) {
    html.replace(at, kQuot.size(), "\"");
  }
}

}  // namespace

std::string smartify_text(std::string_view input) {
  std::string html;
  size_t run_start = 0;
  size_t i = 0;
  while (i < input.size()) {
    // "<<" is a guillemet before it can be a tag ("<<a>>" is «a»).
    const bool guillemet = i + 1 < input.size() && input[i] == '<' && input[i + 1] == '<';
    const size_t close = !guillemet && starts_tag(input, i) ? input.find('>', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      i += guillemet ? 2 : 1;
      continue;
    }
    append_run(html, input.substr(run_start, i - run_start), input.substr(i));
    html.append(input.substr(i, close + 1 - i));
    i = run_start = close + 1;
  }
  append_run(html, input.substr(run_start), {});
  return html;
}

}  // namespace folio::liquid
