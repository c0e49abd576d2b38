// The URL of a page or collection document, as Jekyll's Page#url and
// Document#url make it: the front matter's `permalink:` or the template
// (the site's permalink style, the collection's `permalink:`), with the
// placeholders filled in and the result cleaned (Jekyll::URL).
#pragma once

#include <string>

#include "core/diagnostics.h"
#include "site/document.h"
#include "site/jekyll_config.h"

namespace folio::site {

// Sets page.url. Placeholders: :path (the folder), :basename, :output_ext.
void assign_page_url(Document& page, const JekyllConfig& config);

// Sets document.url and document.id. Placeholders are Jekyll's URL drop's
// (:collection, :path, :name, :title, :slug, :categories, :year, :month,
// :day, :hour, :minute, :second, :i_day, :i_month, :short_month, :long_month,
// :short_year, :w_year, :week, :w_day, :short_day, :long_day, :y_day,
// :output_ext); an unknown one is reported and expands to nothing.
void assign_document_url(Document& document, const CollectionConfig& collection, const std::string& collections_dir,
                         Diagnostics& diagnostics);

// Ruby's File.dirname for URLs: "/blog/2015" of "/blog/2015/x/", "/" of "/x".
std::string url_dirname(const std::string& url);

}  // namespace folio::site
