// jekyll-scholar's view of a site (scholar/scholar_page.h's ScholarSite),
// made from the site model: _config.yml's `scholar:` over jekyll-scholar's
// defaults, and every .bib file under scholar.source parsed by folio's one
// BibTeX parser.
#pragma once

#include "model/source_files.h"
#include "render/template_files.h"
#include "scholar/scholar_page.h"
#include "site/site_model.h"

namespace folio::render {

// The .bib files are parsed when a tag first reads them, and their problems
// are not reported here: the site parser reports them for the same files.
scholar::ScholarSite make_scholar_site(const SourceFiles& files, const site::SiteModel& site,
                                       const TemplateFiles& templates);

}  // namespace folio::render
