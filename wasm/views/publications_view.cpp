#include "views/publications_view.h"

#include "core/html_escape.h"
#include "papers/year_groups.h"
#include "views/bib_entry_view.h"

namespace folio {
namespace {

void append_name_parts(std::string& text, const PersonName& name) {
  if (name.others) return;
  for (const std::string* part : {&name.first, &name.von, &name.last, &name.jr}) {
    if (part->empty()) continue;
    text += ' ';
    text += *part;
  }
}

// What the publications filter (web/publication-filter.mjs) searches: the
// title, every author (those behind "N more authors" too), the venue and its
// abbreviation, ASCII letters lowercased.
std::string search_text(const Paper& paper) {
  std::string text = paper.title_text;
  for (const PersonName& name : paper.text().authors) append_name_parts(text, name);
  for (const std::string* part : {&paper.text().venue_text, &paper.abbr}) {
    if (part->empty()) continue;
    text += ' ';
    text += *part;
  }
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

void append_data_attribute(std::string& out, const char* name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  append_escaped(out, value);
  out += '"';
}

// Each entry's <li> carries what the filter and per-entry links need, so the
// browser filters the rendered list without rendering again.
void append_list(std::string& out, const std::vector<const Paper*>& papers, const RenderContext& context) {
  out += "<ol class=\"bibliography\">";
  for (const Paper* paper : papers) {
    out += "<li";
    append_data_attribute(out, "data-key", paper->element_id);
    append_data_attribute(out, "data-year", paper->year);
    append_data_attribute(out, "data-venue", paper->abbr);
    append_data_attribute(out, "data-search", search_text(*paper));
    out += '>';
    append_bib_entry(out, *paper, context);
    out += "</li>";
  }
  out += "</ol>";
}

std::vector<const Paper*> selected_papers(const Site& site) {
  std::vector<const Paper*> papers;
  for (const Paper& paper : site.papers) {
    if (paper.selected) papers.push_back(&paper);
  }
  return papers;
}

// What a widget asked for: the papers of one year, or the first `limit`.
std::vector<const Paper*> requested_papers(const RenderContext& context) {
  const RenderOptions& options = context.options();
  std::vector<const Paper*> papers;
  if (options.selected_only) {
    papers = selected_papers(context.site());
  } else {
    for (const Paper& paper : context.site().papers) papers.push_back(&paper);
  }
  if (options.year > 0) {
    const std::string year = std::to_string(options.year);
    std::vector<const Paper*> of_year;
    for (const Paper* paper : papers) {
      if (paper->year == year) of_year.push_back(paper);
    }
    papers = std::move(of_year);
  }
  return papers;
}

// Year headings, newest first, each over its papers' list; at most `limit`
// papers in all (0: every one). Answers whether the limit left papers out.
bool append_year_groups(std::string& out, const std::vector<const Paper*>& papers, size_t limit,
                        const RenderContext& context) {
  size_t remaining = limit > 0 ? limit : papers.size();
  for (YearGroup& group : group_papers_by_year(papers)) {
    if (remaining == 0) break;
    if (group.papers.size() > remaining) group.papers.resize(remaining);
    remaining -= group.papers.size();
    out += "<h2 class=\"bibliography\">";
    append_escaped(out, group.year.empty() ? "Undated" : group.year);
    out += "</h2>";
    append_list(out, group.papers, context);
  }
  return limit > 0 && papers.size() > limit;
}

void append_empty(std::string& out, const RenderContext& context) {
  out += "<p class=\"publications-empty\">";
  if (context.site().papers.empty()) {
    out += "No publications yet: add _bibliography/papers.bib (or _data/papers.yml).";
  } else {
    out += "No publications match.";
  }
  out += "</p>";
}

}  // namespace

void append_about_selected_papers(std::string& out, const RenderContext& context) {
  const Site& site = context.site();
  if (!site.about || !site.about->show_selected_papers) return;
  const std::vector<const Paper*> papers = selected_papers(site);
  out += "<h2><a href=\"";
  append_escaped(out, context.route("publications/"));
  out += "\">selected publications</a></h2><div class=\"publications\">";
  if (papers.empty()) {
    out += "<p class=\"publications-empty\">No selected publications yet: mark papers with selected = {true}.</p>";
  } else {
    // As al-folio's selected_papers include asks jekyll-scholar:
    // --group_by year --group_order descending.
    append_year_groups(out, papers, 0, context);
  }
  out += "</div>";
}

RenderedView render_publications(const RenderContext& context) {
  const Site& site = context.site();
  RenderedView view;
  const std::string site_name = site.config.display_name();
  view.title = "publications" + (site_name.empty() ? "" : " | " + site_name);
  view.description = site.config.description;
  std::string& out = view.html;
  // A widget shows the list in someone else's page, without the page heading.
  out += context.options().widget
             ? "<div class=\"post\"><article><div class=\"publications\">"
             : "<div class=\"post\"><header class=\"post-header\"><h1 class=\"post-title\">publications</h1></header>"
               "<article><div class=\"publications\">";
  std::vector<const Paper*> papers = requested_papers(context);
  const size_t limit = static_cast<size_t>(context.options().limit);
  if (papers.empty()) {
    append_empty(out, context);
  } else if (context.options().selected_only) {
    view.more = limit > 0 && papers.size() > limit;
    if (view.more) papers.resize(limit);
    append_list(out, papers, context);
  } else {
    view.more = append_year_groups(out, papers, limit, context);
  }
  out += "</div></article></div>";
  return view;
}

}  // namespace folio
