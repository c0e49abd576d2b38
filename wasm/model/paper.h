// One publication: an entry of _bibliography/papers.bib (or of folio's
// _data/papers.yml), read once into what al-folio's bib layout shows. The entry
// itself is kept as written (LaTeX values), for the fields a view reads
// directly (URLs of buttons) and for the BibTeX block.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bibtex/bib_entry.h"
#include "bibtex/names.h"
#include "bibtex/scholar_fields.h"

namespace folio {

// What a view draws of a paper besides its key, year and flags: the authors
// parsed, LaTeX made HTML. Formatting it is most of reading a bibliography,
// so a first, partial build formats a paper only when a view shows it.
struct PaperText {
  // The *_html fields are content HTML: LaTeX made HTML, with the tags authors
  // wrote kept (Yim SS<sup>+</sup>); views pass them through the sanitizer.
  std::string title_html;
  std::vector<PersonName> authors, editors;
  // The periodical line: the venue (journal for articles, booktitle for
  // inproceedings and incollection, school for theses; "" for other types),
  // then location, additional_info, month and year.
  std::string venue_text, venue_html;
  std::string location_html;
  std::string month;  // as al-folio prints it: "Jun" for jun, {June}, {Jun.} or 6
  std::string note_html;
  std::string abstract_html;
  std::string award_name_html;
  // Markdown output (not yet sanitized): al-folio renders these two fields
  // with markdownify.
  std::string additional_info_html;  // without its wrapping <p>
  std::string award_html;
};

struct Paper {
  BibEntry entry;    // type and key as written, fields as LaTeX, in file order
  std::string file;  // "_bibliography/papers.bib" or "_data/papers.yml"
  // Unique among the site's papers: the key made safe for an HTML id
  // ("PhysRev.47.777" -> "PhysRev-47-777"); the blocks an entry toggles use it
  // as a prefix ("PhysRev-47-777-abstract").
  std::string element_id;

  std::string year;  // display text; "" when the entry has none
  std::string title_text;
  bool selected = false;     // selected = {true}: listed on the about page
  bool bibtex_show = false;  // bibtex_show = {true}: a Bib button
  std::string abbr;          // the venue badge's text, a key of _data/venues.yml

  // The formatted text, made on first use when the parse deferred it (its
  // diagnostics then come with the site's complete build; parse/papers_parser.cpp).
  const PaperText& text() const;
  mutable std::shared_ptr<const PaperText> formatted;  // set by the parse, or by text()

  const std::string& key() const { return entry.key; }
  const std::string& type() const { return entry.type; }
  // The field as written (LaTeX); "" when absent.
  std::string value(std::string_view name) const { return entry.value(name); }
  // The field as jekyll-scholar hands it to templates, what a site's own
  // bib.liquid reads as entry.<name> (entry.month is "jun"); "" when absent.
  std::string scholar_value(std::string_view name) const {
    const BibField* found = entry.field(name);
    return found ? scholar_field_value(*found) : std::string();
  }
};

}  // namespace folio
