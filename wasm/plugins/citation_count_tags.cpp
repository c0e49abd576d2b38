// {% google_scholar_citations USER ARTICLE %} and {% inspirehep_citations ID %}:
// al-folio's plugins fetch the count from Google Scholar or InspireHEP while
// Jekyll builds. A visitor's browser cannot (no CORS, and Scholar blocks
// scripts), so folio writes nothing there and says so once per site and tag.
#include <memory>
#include <string>

#include "plugins/plugin_tags.h"

namespace folio::plugins {

void register_citation_count_tags(liquid::TagRegistry& tags) {
  for (const char* name : {"google_scholar_citations", "inspirehep_citations"}) {
    auto warned = std::make_shared<bool>(false);  // one warning per tag and site
    const std::string source = std::string(name) == "inspirehep_citations" ? "InspireHEP" : "Google Scholar";
    tags.add_tag(name, [warned, source](const liquid::CustomTagCall& call, liquid::TagContext& context, std::string&) {
      if (*warned) return;
      *warned = true;
      context.warn(std::string(call.name) + ": the citation count comes from " + source +
                   " while Jekyll builds, which a browser cannot ask; folio shows no count "
                   "(this warning is given once per site)");
    });
  }
}

}  // namespace folio::plugins
