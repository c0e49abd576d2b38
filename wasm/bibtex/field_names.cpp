#include "bibtex/field_names.h"

#include <algorithm>
#include <vector>

namespace folio {
namespace {

constexpr std::string_view kKnownFields[] = {
    // BibTeX's standard fields.
    "address", "annote", "author", "booktitle", "chapter", "crossref", "edition", "editor",
    "howpublished", "institution", "journal", "key", "month", "note", "number", "organization",
    "pages", "publisher", "school", "series", "title", "type", "volume", "year",
    // Fields biblatex, JabRef, Zotero, BibDesk, DBLP and publishers write.
    "abstract", "acmid", "addendum", "adsnote", "adsurl", "archiveprefix", "articleno",
    "bibsource", "biburl", "collaboration", "comment", "copyright", "date", "date-added",
    "date-modified", "day", "doi", "eid", "entrysubtype", "eprintclass", "eprinttype",
    "eventdate", "eventtitle", "file", "groups", "ids", "isbn", "issn", "issue", "journaltitle",
    "keywords", "langid", "language", "lccn", "location", "maintitle", "mendeley-groups",
    "mendeley-tags", "numpages", "origdate", "owner", "pagetotal", "pmcid", "primaryclass",
    "pubstate", "related", "reportnumber", "shortjournal", "shorttitle", "sortkey", "subtitle",
    "timestamp", "translator", "url", "urldate", "venue", "version",
    // Fields al-folio's bib.liquid reads (and filters out of the shown BibTeX).
    "abbr", "additional_info", "altmetric", "annotation", "arxiv", "award", "award_name",
    "bibtex_show", "blog", "code", "dimensions", "eprint", "google_scholar_id", "hal", "html",
    "inspirehep_id", "pdf", "pmid", "poster", "preview", "selected", "slides", "supp", "video",
    "website",
};

bool is_known(std::string_view name) {
  return std::find(std::begin(kKnownFields), std::end(kKnownFields), name) !=
         std::end(kKnownFields);
}

// Optimal string alignment distance: Levenshtein plus swaps of neighbours,
// the typo a fast typist makes ("jounral").
size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

size_t length_difference(std::string_view a, std::string_view b) {
  return a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
}

}  // namespace

std::string suggest_field_name(std::string_view name) {
  if (name.size() < 4 || is_known(name)) return {};
  const size_t allowed = name.size() >= 8 ? 2 : 1;
  std::string_view best;
  size_t best_distance = allowed + 1;
  for (std::string_view known : kKnownFields) {
    // The distance is at least the difference in length; skipping those keeps
    // the cost independent of how long a (garbage) name is.
    if (length_difference(name, known) > allowed) continue;
    const size_t distance = edit_distance(name, known);
    if (distance < best_distance) {
      best = known;
      best_distance = distance;
    }
  }
  return std::string(best);
}

void check_field_names(const BibEntry& entry, const std::string& file, Diagnostics& diagnostics) {
  for (const BibField& field : entry.fields) {
    const std::string suggestion = suggest_field_name(field.name);
    if (suggestion.empty()) continue;
    diagnostics.warning(file, field.line, 0,
                        "field '" + field.name + "' in entry '" + entry.key +
                            "' is not one BibTeX or al-folio uses; did you mean '" + suggestion +
                            "'? Rename it (or ignore this if '" + field.name +
                            "' is a field of your own)");
  }
}

}  // namespace folio
