#include "views/bib_entry_view.h"

#include "core/html_escape.h"
#include "core/url_policy.h"
#include "papers/author_names.h"
#include "papers/bibtex_block.h"
#include "papers/element_ids.h"
#include "papers/field_url.h"
#include "papers/venue_color.h"

namespace folio {
namespace {

bool is_linkable(const std::string& url) { return !url.empty() && is_allowed_url(url_for_check(url), UrlUse::link); }

// href="..." plus al-folio's rel and target for links to other sites.
void append_href(std::string& out, const std::string& url, const RenderContext& context) {
  out += " href=\"";
  append_escaped(out, url);
  out += '"';
  if (is_external_link(url_for_check(url), context.site().config.url)) {
    out += " rel=\"external nofollow noopener\" target=\"_blank\"";
  }
}

// ---- the abbr column -------------------------------------------------------

void append_badge(std::string& out, const Paper& paper, const RenderContext& context) {
  const VenueMap& venues = context.site().venues;
  const auto venue = venues.find(paper.abbr);
  out += "<abbr class=\"badge rounded w-100";
  if (venue != venues.end() && !venue->second.color.empty()) {
    if (prefers_dark_text(venue->second.color)) out += " badge-dark-text";
    out += "\" data-venue-color=\"";
    append_escaped(out, venue->second.color);
  }
  out += "\">";
  if (venue != venues.end() && is_linkable(venue->second.url)) {
    out += "<a";
    append_href(out, venue->second.url, context);
    out += ">";
    append_escaped(out, paper.abbr);
    out += "</a>";
  } else {
    append_escaped(out, paper.abbr);
  }
  out += "</abbr>";
}

void append_preview(std::string& out, const Paper& paper, const RenderContext& context) {
  const std::string preview = field_url(paper.value("preview"));
  if (!is_allowed_url(url_for_check(preview), UrlUse::image)) return;
  out += "<img class=\"preview z-depth-1 rounded\" src=\"";
  append_escaped(out, context.asset(is_absolute_url(preview) ? preview : "assets/img/publication_preview/" + preview));
  out += "\" alt=\"";
  append_escaped(out, preview);
  out += "\" loading=\"lazy\">";
}

// ---- authors -----------------------------------------------------------------

// The last name with its trailing markers as a superscript: "Einstein*†" ->
// "Einstein<sup>*†</sup>".
void append_last_name(std::string& out, std::string_view last) {
  const size_t markers = trailing_markers_start(last);
  append_escaped(out, last.substr(0, markers));
  if (markers == last.size()) return;
  out += "<sup>";
  append_escaped(out, last.substr(markers));
  out += "</sup>";
}

void append_name_text(std::string& out, const PersonName& name) {
  if (name.others) {
    out += "others";
    return;
  }
  for (const std::string* part : {&name.first, &name.von}) {
    if (part->empty()) continue;
    append_escaped(out, *part);
    out += ' ';
  }
  append_last_name(out, name.last);
  if (!name.jr.empty()) {
    out += ", ";
    append_escaped(out, name.jr);
  }
}

// The owner emphasised; a coauthor with a page linked (when `links`).
void append_person(std::string& out, const PersonName& name, const RenderContext& context, bool links) {
  const Site& site = context.site();
  if (is_site_owner(name, site.config.scholar)) {
    out += "<em>";
    append_name_text(out, name);
    out += "</em>";
    return;
  }
  const Coauthor* coauthor = links ? find_coauthor(name, site.coauthors) : nullptr;
  if (coauthor && is_linkable(coauthor->url)) {
    out += "<a";
    append_href(out, coauthor->url, context);
    out += ">";
    append_name_text(out, name);
    out += "</a>";
    return;
  }
  append_name_text(out, name);
}

// "A", "A and B", "A, B, and C"; past max_author_limit, "A, B, C, and 13 more
// authors" where the last part is a button that shows the rest.
void append_authors(std::string& out, const Paper& paper, const RenderContext& context) {
  const std::vector<PersonName>& authors = paper.text().authors;
  if (authors.empty()) return;
  const size_t total = authors.size();
  const int limit = context.site().config.max_author_limit;
  const size_t shown = limit > 0 && total > static_cast<size_t>(limit) ? static_cast<size_t>(limit) : total;
  out += "<div class=\"author\">";
  for (size_t i = 0; i < shown; ++i) {
    if (i > 0) out += total == 2 && shown == 2 ? " and " : ", ";
    if (i > 0 && i + 1 == total && total > 2) out += "and ";
    append_person(out, authors[i], context, true);
  }
  if (shown < total) {
    const size_t more = total - shown;
    const std::string count = std::to_string(more) + (more == 1 ? " more author" : " more authors");
    const std::string id = paper.element_id + std::string(kMoreAuthorsIdSuffix);
    out += shown == 1 ? " and " : ", and ";
    out += "<button type=\"button\" class=\"more-authors\" title=\"click to view ";
    append_escaped(out, count);
    out += "\" aria-expanded=\"false\" aria-controls=\"";
    append_escaped(out, id);
    out += "\"><span class=\"more-authors-count\">";
    append_escaped(out, count);
    out += "</span><span class=\"more-authors-names hidden\" id=\"";
    append_escaped(out, id);
    out += "\">";
    for (size_t i = shown; i < total; ++i) {
      if (i > shown) out += ", ";
      append_person(out, authors[i], context, false);  // no links inside a button
    }
    out += "</span></button>";
  }
  out += "</div>";
}

// ---- the periodical line -----------------------------------------------------

// "<em>In Booktitle</em>, Location<additional info>, Apr 2024".
void append_periodical(std::string& out, const Paper& paper, const RenderContext& context) {
  std::string line;
  bool has_text = false;
  if (!paper.text().venue_html.empty()) {
    const std::string& type = paper.type();
    const bool proceedings = type == "inproceedings" || type == "incollection" || type == "conference";
    line += proceedings ? "<em>In " : "<em>";
    line += context.safe_html(paper.text().venue_html);
    line += "</em>";
    has_text = true;
  }
  if (!paper.text().location_html.empty()) {
    if (has_text) line += ", ";
    line += context.safe_html(paper.text().location_html);
    has_text = true;
  }
  if (!paper.text().additional_info_html.empty()) {
    line += context.safe_html(paper.text().additional_info_html);
    has_text = true;
  }
  std::string date = paper.text().month;
  if (!paper.year.empty()) date += (date.empty() ? "" : " ") + paper.year;
  if (!date.empty()) {
    if (has_text) line += ", ";
    append_escaped(line, date);
  }
  if (line.empty()) return;
  out += "<div class=\"periodical\">" + line + "</div>";
}

// ---- buttons and the blocks they open ----------------------------------------

// Buttons are separated by a space, as al-folio's markup has them.
void append_separator(std::string& out) {
  if (!out.empty()) out += ' ';
}

void append_toggle(std::string& out, const char* kind, const std::string& controls, const std::string& label_html) {
  append_separator(out);
  out += "<button type=\"button\" class=\"";
  out += kind;
  out += " btn btn-sm z-depth-0\" aria-expanded=\"false\" aria-controls=\"";
  append_escaped(out, controls);
  out += "\">" + label_html + "</button>";
}

void append_link_button(std::string& out, const std::string& url, const char* label, const RenderContext& context) {
  if (!is_linkable(url)) return;
  append_separator(out);
  out += "<a";
  append_href(out, url, context);
  out += " class=\"btn btn-sm z-depth-0\">";
  out += label;
  out += "</a>";
}

// A field's URL: absolute as written; relative, under `folder` of the content.
std::string resolved(const Paper& paper, const char* field, const char* folder, const RenderContext& context) {
  std::string url = field_url(paper.value(field));
  if (url.empty() || is_absolute_url(url) || folder == nullptr) return url;
  while (url.compare(0, 2, "./") == 0) url.erase(0, 2);
  return context.asset(std::string(folder) + url);
}

// arxiv = {2406.18485} and doi = {10.1145/...}: identifiers, or full URLs.
std::string identifier_url(const Paper& paper, const char* field, const char* prefix) {
  std::string id = field_url(paper.value(field));
  for (const char* scheme : {"doi:", "arXiv:", "arxiv:"}) {
    if (id.compare(0, std::char_traits<char>::length(scheme), scheme) == 0) id.erase(0, id.find(':') + 1);
  }
  if (id.empty() || is_absolute_url(id)) return id;
  return prefix + id;
}

// With a DOI the title links to it, as al-folio's bib layout has it (its
// current release has no DOI button).
void append_title(std::string& out, const Paper& paper, const RenderContext& context) {
  out += "<div class=\"title\">";
  const std::string doi = identifier_url(paper, "doi", "https://doi.org/");
  if (is_linkable(doi)) {
    out += "<a";
    append_href(out, doi, context);
    out += ">" + context.safe_html(paper.text().title_html) + "</a>";
  } else {
    out += context.safe_html(paper.text().title_html);
  }
  out += "</div>";
}

void append_links(std::string& out, const Paper& paper, const RenderContext& context) {
  const std::string& id = paper.element_id;
  std::string links;
  if (!paper.text().award_html.empty()) {
    append_toggle(links, "award", id + std::string(kAwardIdSuffix),
                  paper.text().award_name_html.empty() ? "Awarded" : context.safe_html(paper.text().award_name_html));
  }
  if (!paper.text().abstract_html.empty()) append_toggle(links, "abstract", id + std::string(kAbstractIdSuffix), "Abs");
  append_link_button(links, identifier_url(paper, "arxiv", "https://arxiv.org/abs/"), "arXiv", context);
  append_link_button(links, identifier_url(paper, "hal", "https://hal.science/"), "HAL", context);
  // Its "Copy BibTeX" button is inside the block, as al-folio has it: web/bib-toggles.mjs
  // adds it where a clipboard can be written.
  if (paper.bibtex_show) append_toggle(links, "bibtex", id + std::string(kBibtexIdSuffix), "Bib");
  append_link_button(links, resolved(paper, "html", "assets/html/", context), "HTML", context);
  append_link_button(links, resolved(paper, "pdf", "assets/pdf/", context), "PDF", context);
  append_link_button(links, resolved(paper, "supp", "assets/pdf/", context), "Supp", context);
  append_link_button(links, resolved(paper, "video", nullptr, context), "Video", context);
  append_link_button(links, resolved(paper, "blog", nullptr, context), "Blog", context);
  append_link_button(links, resolved(paper, "code", nullptr, context), "Code", context);
  append_link_button(links, resolved(paper, "poster", "assets/pdf/", context), "Poster", context);
  append_link_button(links, resolved(paper, "slides", "assets/pdf/", context), "Slides", context);
  append_link_button(links, resolved(paper, "website", nullptr, context), "Website", context);
  if (!links.empty()) out += "<div class=\"links\">" + links + "</div>";
}

void append_hidden_blocks(std::string& out, const Paper& paper, const RenderContext& context) {
  const std::string& id = paper.element_id;
  if (!paper.text().award_html.empty()) {
    out += "<div class=\"award hidden d-print-inline\" id=\"";
    append_escaped(out, id + std::string(kAwardIdSuffix));
    out += "\">" + context.safe_html(paper.text().award_html) + "</div>";
  }
  if (!paper.text().abstract_html.empty()) {
    out += "<div class=\"abstract hidden\" id=\"";
    append_escaped(out, id + std::string(kAbstractIdSuffix));
    out += "\"><p>" + context.safe_html(paper.text().abstract_html) + "</p></div>";
  }
  if (paper.bibtex_show) {
    out += "<div class=\"bibtex hidden\" id=\"";
    append_escaped(out, id + std::string(kBibtexIdSuffix));
    out += "\"><figure class=\"highlight\"><pre><code class=\"language-bibtex\" data-lang=\"bibtex\">";
    append_escaped(out, bibtex_for_display(paper.entry, context.site().config.filtered_bibtex_keywords));
    out += "</code></pre></figure></div>";
  }
}

}  // namespace

void append_bib_entry(std::string& out, const Paper& paper, const RenderContext& context) {
  const bool thumbnails = context.site().config.enable_publication_thumbnails;
  out += "<div class=\"row\"><div class=\"col col-sm-2 abbr\">";
  if (!paper.abbr.empty()) append_badge(out, paper, context);
  if (thumbnails && paper.entry.field("preview")) append_preview(out, paper, context);
  out += "</div><div id=\"";
  append_escaped(out, paper.element_id);
  out += thumbnails ? "\" class=\"col-sm-8\">" : "\" class=\"col-sm-10\">";
  append_title(out, paper, context);
  append_authors(out, paper, context);
  append_periodical(out, paper, context);
  if (!paper.text().note_html.empty()) out += "<div class=\"periodical\">" + context.safe_html(paper.text().note_html) + "</div>";
  append_links(out, paper, context);
  append_hidden_blocks(out, paper, context);
  out += "</div></div>";
}

}  // namespace folio
