// kramdown's HTML blocks, taken out of a document before md4c parses it.
// md4c (CommonMark) ends an HTML block at the first blank line and reads the
// rest as Markdown, often as indented code; kramdown keeps a block-level
// element raw up to its matching end tag (parse/html_block_extent.h). So
// each element whose start tag begins a line (outside fenced code) is
// replaced by a placeholder md4c keeps whole, a processing instruction
// `<?\x02N` ... `?>` over the same lines, and the renderer writes the
// element's HTML where md4c reports the placeholder. Text after the end tag
// on its line stays, on a line of its own, for md4c to read as Markdown.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/edited_source.h"
#include "parse/html_out.h"

namespace folio {

struct HtmlBlocks : EditedSource {  // edited: the input with placeholders
  std::vector<std::string> html;  // each block's HTML, by placeholder number
  // Each is written once, where md4c reports its placeholder first: an
  // author's own "<?\x02N?>" (the control character is not in real text)
  // can take a block's place, never copy it.
  std::vector<bool> written;
};

HtmlBlocks take_html_blocks(std::string_view markdown);

// Appends html, as md4c reported it, to out with each placeholder replaced
// by its block's HTML.
void append_restoring_html_blocks(HtmlOut& out, std::string_view html, HtmlBlocks& blocks);

// Whether html (as md4c reported it) holds a placeholder.
bool has_html_block_placeholder(std::string_view html);

}  // namespace folio
