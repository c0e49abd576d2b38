#include "parse/papers_parser.h"

#include <algorithm>
#include <cctype>

#include "bibtex/bibtex_parser.h"
#include "bibtex/field_names.h"
#include "bibtex/latex_to_unicode.h"
#include "bibtex/names.h"
#include "bibtex/scholar_fields.h"
#include "core/url_policy.h"
#include "papers/element_ids.h"
#include "papers/field_url.h"
#include "parse/markdown.h"
#include "parse/papers_data_parser.h"
#include "parse/yaml_reader.h"

namespace folio {
namespace {

// The fields whose value is a link (a button, or the preview image).
constexpr const char* kLinkFields[] = {"html", "pdf", "supp", "video", "blog", "code", "poster", "slides",
                                       "website", "preview"};

std::string trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return std::string(text);
}

// How the fix is written in the file the entry came from: "year = {2024}" in
// BibTeX, "year: 2024" in _data/papers.yml.
std::string field_syntax(const std::string& file, std::string_view name, std::string_view value) {
  const bool yaml = file.size() > 4 && (file.compare(file.size() - 4, 4, ".yml") == 0 ||
                                        file.compare(file.size() - 5, 5, ".yaml") == 0);
  return std::string(name) + (yaml ? ": " + std::string(value) : " = {" + std::string(value) + "}");
}

std::string lowercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string describe(const BibEntry& entry) {
  return entry.key.empty() ? "the @" + entry.type + " entry" : "\"" + entry.key + "\"";
}

std::string text_of(const BibEntry& entry, std::string_view field) {
  return trimmed(latex_to_text(entry.value(field)));
}

std::string html_of(const BibEntry& entry, std::string_view field) {
  const BibField* found = entry.field(field);
  return found ? latex_to_html(found->value) : std::string();
}

// selected = {true}, bibtex_show = {true}: true/yes (any case) or false/no;
// anything else is reported and read as false.
bool read_flag(const BibEntry& entry, const char* name, const std::string& file, Diagnostics& diagnostics) {
  const BibField* found = entry.field(name);
  if (!found) return false;
  const std::string text = trimmed(latex_to_text(found->value));
  bool value = false;
  if (!parse_yaml_bool(text, value)) {
    diagnostics.warning(file, found->line, 0,
                        describe(entry) + ": " + field_syntax(file, name, text) + " is read as false; write " +
                            field_syntax(file, name, "true") + " or " + field_syntax(file, name, "false"));
  }
  return value;
}

// The field al-folio's periodical line names the venue with, by entry type.
const char* venue_field(const BibEntry& entry) {
  const std::string& type = entry.type;
  if (type == "article") return entry.field("journal") ? "journal" : "journaltitle";
  if (type == "inproceedings" || type == "incollection" || type == "conference") return "booktitle";
  if (type == "thesis" || type == "mastersthesis" || type == "phdthesis") return "school";
  return nullptr;
}

// The month as al-folio prints it: `entry.month | capitalize` of what
// jekyll-scholar hands the template ("jun" -> "Jun"; "spring" -> "Spring").
std::string display_month(const BibEntry& entry) {
  const BibField* month = entry.field("month");
  if (!month) return "";
  std::string text = trimmed(scholar_month(month->value));
  // Liquid's capitalize is Ruby's: the first character up, the rest down
  // (ASCII only here, so a non-ASCII name stays as written).
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) break;
    text[i] = static_cast<char>(i == 0 ? std::toupper(c) : std::tolower(c));
  }
  return text;
}

// The year, or the year of a biblatex date = {2024-04-15}.
std::string read_year(const BibEntry& entry) {
  std::string year = text_of(entry, "year");
  if (year.empty()) {
    const std::string date = text_of(entry, "date");
    if (date.size() >= 4 && std::isdigit(static_cast<unsigned char>(date[0])) &&
        std::isdigit(static_cast<unsigned char>(date[3]))) {
      year = date.substr(0, 4);
    }
  }
  return year;
}

void check_links(const BibEntry& entry, const std::string& file, Diagnostics& diagnostics) {
  for (const char* name : kLinkFields) {
    const BibField* found = entry.field(name);
    if (!found) continue;
    const std::string url = field_url(found->value);
    if (url.empty() || is_allowed_url(url_for_check(url), UrlUse::link)) continue;
    diagnostics.warning(file, found->line, 0,
                        describe(entry) + ": " + field_syntax(file, name, url) +
                            " is not a link folio shows (only http, https and relative addresses are), so its "
                            "button is left out; write a full https:// address or a file name");
  }
}

PaperText format_paper_text(const BibEntry& entry, const std::string& file, Diagnostics& diagnostics) {
  PaperText text;
  text.authors = parse_author_field(entry, "author", file, diagnostics);
  text.editors = parse_author_field(entry, "editor", file, diagnostics);
  text.title_html = latex_to_html(trimmed(entry.value("title")));
  if (const char* venue = venue_field(entry)) {
    text.venue_text = text_of(entry, venue);
    text.venue_html = html_of(entry, venue);
  }
  text.location_html = html_of(entry, "location");
  text.month = display_month(entry);
  text.note_html = html_of(entry, "note");
  text.abstract_html = html_of(entry, "abstract");
  text.award_name_html = html_of(entry, "award_name");
  if (entry.field("additional_info")) {
    text.additional_info_html = markdown_to_inline_html(latex_to_text(entry.value("additional_info")));
  }
  if (entry.field("award")) text.award_html = markdown_to_html(latex_to_text(entry.value("award")));
  return text;
}

}  // namespace

// Defined here, beside the formatting it runs once per paper.
const PaperText& Paper::text() const {
  if (!formatted) {
    Diagnostics deferred;  // reported by the complete build, which formats every paper
    formatted = std::make_shared<const PaperText>(format_paper_text(entry, file, deferred));
  }
  return *formatted;
}

Paper paper_from_entry(BibEntry entry, const std::string& file, Diagnostics& diagnostics, PaperTextWhen when) {
  check_field_names(entry, file, diagnostics);
  check_links(entry, file, diagnostics);
  Paper paper;
  paper.file = file;
  paper.title_text = text_of(entry, "title");
  if (paper.title_text.empty()) {
    diagnostics.warning(file, entry.line, 0,
                        describe(entry) + " has no title, so its entry starts with the authors; add " +
                            field_syntax(file, "title", "..."));
  }
  paper.year = read_year(entry);
  if (paper.year.empty()) {
    diagnostics.warning(file, entry.line, 0,
                        describe(entry) + " has no year, so the publications page lists it last, under "
                                          "\"Undated\"; add " + field_syntax(file, "year", "YYYY"));
  }
  paper.selected = read_flag(entry, "selected", file, diagnostics);
  paper.bibtex_show = read_flag(entry, "bibtex_show", file, diagnostics);
  paper.abbr = text_of(entry, "abbr");
  if (when == PaperTextWhen::now) {
    paper.formatted = std::make_shared<const PaperText>(format_paper_text(entry, file, diagnostics));
  }
  paper.entry = std::move(entry);
  return paper;
}

std::vector<Paper> parse_papers(const SourceFiles& files, Diagnostics& diagnostics, PaperTextWhen when) {
  std::vector<Paper> papers;
  if (const std::string* bib = files.find(content_paths::bibliography)) {
    const auto parsed = parse_bibtex_shared(*bib, content_paths::bibliography, diagnostics);
    for (const BibEntry& entry : parsed->entries) {
      papers.push_back(paper_from_entry(entry, content_paths::bibliography, diagnostics, when));
    }
  }
  if (const std::string* data = files.find(content_paths::papers_data)) {
    const size_t from_bib = papers.size();
    for (BibEntry& entry : parse_papers_data_file(*data, content_paths::papers_data, diagnostics)) {
      const auto same_key = std::find_if(papers.begin(), papers.begin() + from_bib, [&](const Paper& paper) {
        return lowercase(paper.key()) == lowercase(entry.key);
      });
      if (same_key != papers.begin() + from_bib) {
        diagnostics.warning(content_paths::papers_data, entry.line, 0,
                            "the key \"" + entry.key + "\" is also used in " + same_key->file + " (line " +
                                std::to_string(same_key->entry.line) +
                                "); both papers are listed, but citations cannot tell them apart: give one "
                                "another key");
      }
      papers.push_back(paper_from_entry(std::move(entry), content_paths::papers_data, diagnostics, when));
    }
  }
  assign_element_ids(papers);
  return papers;
}

}  // namespace folio
