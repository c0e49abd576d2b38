// `page` for a page (Jekyll's Page#to_liquid: its front matter, over the
// defaults, and content, dir, excerpt, name, path, url) and for a post or
// collection document (Jekyll's DocumentDrop: content, collection, date, id,
// url, path, relative_path, name, excerpt, next, previous, title, tags,
// categories, then its data: slug, ext, draft, layout and every front matter key).
#pragma once

#include <cstddef>

#include "liquid/value.h"

namespace folio::site {

class SiteDrops;

liquid::DropPtr make_document_drop(const SiteDrops& drops, size_t index);

}  // namespace folio::site
