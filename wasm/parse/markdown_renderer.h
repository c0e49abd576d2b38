// folio's Markdown-to-HTML renderer, driven by md4c's parser (md_parse) in the
// GitHub dialect, writing the HTML kramdown writes for al-folio's Jekyll
// (input: GFM, Rouge): smart quotes and dashes, heading ids, Rouge's wrapper
// around code, kramdown's table and task-list markup, $$ math for MathJax,
// attribute lists after blocks and spans, footnote references and
// abbreviations (their definitions are taken out before md4c sees the text:
// parse/kramdown_blocks.h). Character references stay as written.
#pragma once

#include <map>
#include <vector>
#include <string>
#include <string_view>

#include "model/markdown_settings.h"
#include "parse/attribute_lists.h"
#include "parse/heading_ids.h"

namespace folio {

// What the kramdown-only blocks of a document define for the whole of it.
struct DocumentDefinitions {
  std::map<std::string, std::string, std::less<>> abbreviations;  // abbreviation -> title
  std::map<std::string, std::string, std::less<>> footnotes;       // name -> its Markdown
  std::vector<std::string> footnotes_used;                          // names, in order of first use
  std::map<std::string, int, std::less<>> footnote_uses;            // name -> references so far
  AttributeDefinitions attribute_definitions;
};

// Appends the HTML for markdown to html. A leading UTF-8 byte order mark is
// skipped. The output is not yet safe: it still holds the author's raw HTML.
void append_markdown_html(std::string& html, std::string_view markdown, const MarkdownSettings& settings,
                          DocumentDefinitions& definitions, HeadingIds& ids);

}  // namespace folio
