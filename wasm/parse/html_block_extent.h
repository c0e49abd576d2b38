// kramdown's block-level HTML element (kramdown 2.4, parser/html.rb and
// parser/kramdown/html.rb): a start tag whose element is not one of
// kramdown's span elements opens it, and it runs, across blank lines, to its
// matching end tag. kramdown reads the content as raw HTML: every start tag
// opens an element (but void ones, `<x/>`, comments, processing
// instructions), an end tag closes the innermost open element when the names
// match and is ignored otherwise, and script and style hold text up to their
// own end tag. Elements still open at the end of the text are closed there.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace folio {

struct HtmlBlockExtent {
  size_t end = 0;  // just after the element's end tag (text.size() when it had none)
  // The element as kramdown writes it back, in what a browser shows: the
  // source, but a '<' that starts no tag is "&lt;" (kramdown's text) and
  // the end tags of the elements left open are added.
  std::string html;
};

// The element whose start tag is at text[start] ('<'), or nothing when no
// block element starts there (no start tag by kramdown's grammar, or a
// span element such as <span> or <img>).
std::optional<HtmlBlockExtent> kramdown_html_block(std::string_view text, size_t start);

}  // namespace folio
