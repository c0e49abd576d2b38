// Each plugin's tags, registered by register_plugin_tags (plugins.cpp).
#pragma once

#include "liquid/custom_tag.h"
#include "site/site_model.h"

namespace folio::plugins {

// al-folio's _plugins/details.rb: {% details CAPTION %}...{% enddetails %}.
void register_details_tag(liquid::TagRegistry& tags);
// al-folio's _plugins/file-exists.rb: {% file_exists PATH %} -> "true"/"false".
void register_file_exists_tag(liquid::TagRegistry& tags, const site::SiteModel& site);
// al-folio's google-scholar-citations.rb and inspirehep-citations.rb.
void register_citation_count_tags(liquid::TagRegistry& tags);
// jekyll-toc's {% toc %}.
void register_toc_tag(liquid::TagRegistry& tags, const site::SiteModel& site);
// jekyll-jupyter-notebook's {% jupyter_notebook %} and
// jekyll-twitter-plugin's {% twitter %}: links to what Jekyll would embed.
void register_embed_link_tags(liquid::TagRegistry& tags);
// jekyll-tabs' {% tabs NAME %}{% tab NAME LABEL %}...{% endtab %}{% endtabs %}.
void register_tabs_tags(liquid::TagRegistry& tags);

}  // namespace folio::plugins
