// Jekyll's URLs: permalink styles, URL templates with :placeholders, and the
// clean-up every URL gets (Jekyll::URL).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace folio::site {

// "pretty", "date", "ordinal", "weekdate", "none" as a posts' template;
// any other text is the template itself.
std::string style_to_permalink(std::string_view style);

// Jekyll's add_permalink_suffix: what a page or collection template ends
// with under the site's style ("/" for pretty or a pattern ending in "/",
// ":output_ext" for date, ordinal and none).
std::string add_permalink_suffix(std::string url_template, std::string_view style);

// A document's placeholder, or nullopt when it has none of that name.
using PlaceholderLookup = std::function<std::optional<std::string>(std::string_view name)>;

// Expands ":name" as Jekyll's URL drop does: every :[a-z_]+ must be a
// placeholder (":title_" may also mean ":title"); values are URL-escaped.
// The first unknown name is put in `unknown` and expands to nothing.
std::string expand_document_template(std::string_view url_template, const PlaceholderLookup& lookup,
                                     std::string& unknown);

// A page's expansion: each of its few placeholders, in order, replaced
// wherever it occurs ("/:path" removed when the value is absent); other
// colons stay as written.
std::string expand_page_template(std::string url_template,
                                 const std::vector<std::pair<std::string, std::optional<std::string>>>& placeholders);

// Jekyll::URL#sanitize_url: a leading "/", ".." and "./" removed, runs of
// "/" squeezed.
std::string sanitize_url(std::string_view url);

// Jekyll::URL.escape_path: left alone when only [a-zA-Z0-9./-]; otherwise
// percent-encoded as Addressable encodes a URI (reserved characters stay),
// with the first "#" as %23.
std::string escape_url_path(std::string_view path);

}  // namespace folio::site
