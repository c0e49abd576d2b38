#include "parse/markdown.h"

#include "parse/kramdown_blocks.h"
#include "parse/markdown_renderer.h"

namespace folio {
namespace {

std::string_view trim_trailing_newlines(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

// kramdown's back link, put at the end of the note's last paragraph (or in a
// paragraph of its own when the note ends with another block).
void append_note_with_backlink(std::string& html, std::string note, const std::string& name, int uses) {
  constexpr std::string_view kNbsp = "\xC2\xA0";
  std::string backlink = "<a href=\"#fnref:" + name + "\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a>";
  for (int use = 1; use < uses; ++use) {
    backlink += std::string(kNbsp) + "<a href=\"#fnref:" + name + ":" + std::to_string(use) +
                "\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;<sup>" + std::to_string(use + 1) +
                "</sup></a>";
  }
  std::string_view trimmed = trim_trailing_newlines(note);
  if (trimmed.size() >= 4 && trimmed.substr(trimmed.size() - 4) == "</p>") {
    note.insert(trimmed.size() - 4, std::string(kNbsp) + backlink);
  } else {
    note += "<p>" + backlink + "</p>\n";
  }
  html += note;
}

// kramdown's endnotes: every note that is referenced, in the order of the
// first references (notes referenced from notes come after).
void append_footnotes(std::string& html, const MarkdownSettings& settings,
                      DocumentDefinitions& definitions, HeadingIds& ids) {
  if (definitions.footnotes_used.empty()) return;
  html += "<div class=\"footnotes\" role=\"doc-endnotes\">\n<ol>\n";
  for (size_t i = 0; i < definitions.footnotes_used.size(); ++i) {
    const std::string name = definitions.footnotes_used[i];
    html += "<li id=\"fn:" + name + "\" role=\"doc-endnote\">\n";
    std::string note;
    append_markdown_html(note, definitions.footnotes.at(name), settings, definitions, ids);
    append_note_with_backlink(html, std::move(note), name, definitions.footnote_uses[name]);
    html += "</li>\n";
  }
  html += "</ol>\n</div>\n";
}

}  // namespace

std::string markdown_to_html(std::string_view markdown, const MarkdownSettings& settings) {
  const KramdownBlocks blocks = take_kramdown_blocks(markdown);
  DocumentDefinitions definitions;
  definitions.abbreviations = blocks.abbreviations;
  definitions.footnotes = blocks.footnotes;
  HeadingIds ids(settings.auto_id_prefix);
  std::string html;
  html.reserve(markdown.size() + markdown.size() / 4 + 64);
  append_markdown_html(html, blocks.markdown(), settings, definitions, ids);
  append_footnotes(html, settings, definitions, ids);
  return html;
}

std::string markdown_to_inline_html(std::string_view markdown, const MarkdownSettings& settings) {
  std::string html = markdown_to_html(markdown, settings);
  std::string_view view = trim_trailing_newlines(html);
  constexpr std::string_view open = "<p>", close = "</p>";
  const bool single_paragraph = view.substr(0, open.size()) == open &&
                                view.size() >= open.size() + close.size() &&
                                view.substr(view.size() - close.size()) == close &&
                                view.find(open, open.size()) == std::string_view::npos;
  if (!single_paragraph) return std::string(view);
  return std::string(view.substr(open.size(), view.size() - open.size() - close.size()));
}

}  // namespace folio
