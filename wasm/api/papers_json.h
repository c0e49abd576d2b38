// The publications part of the model as plain JSON (see api/model_json.h):
//
//   papers: [{key, type, file, line, element_id, year, title, title_html,
//             authors: [{first, von, last, jr, others}], editors: [...],
//             venue, abbr, selected, bibtex_show, bibtex, fields: {name: LaTeX},
//             text: {publisher, abstract, award_name, volume, number, pages:
//                    plain text, LaTeX decoded; only the fields present}}]
//   venues: {abbr: {url, color}}
//   coauthors: {folded last name: [{firstname: [...], url}]}
#pragma once

#include <nlohmann/json.hpp>

#include "model/site.h"

namespace folio {

nlohmann::json papers_to_json(const Site& site);
nlohmann::json venues_to_json(const VenueMap& venues);
nlohmann::json coauthors_to_json(const CoauthorMap& coauthors);

}  // namespace folio
