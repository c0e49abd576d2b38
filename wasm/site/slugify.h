// Jekyll's Utils.slugify and titleize_slug, which make the :title, :slug
// and :name of permalinks and a post's default title from its file name.
#pragma once

#include <string>
#include <string_view>

namespace folio::site {

enum class SlugMode { raw, default_mode, pretty, ascii };

// Runs of characters the mode does not keep become one "-", a leading or
// trailing "-" goes, and the result is lowercased unless `cased`. Non-ASCII
// characters count as letters (Ruby's \p{L}); ASCII and Latin-1 letters are
// lowercased (Ruby lowercases every script).
std::string slugify(std::string_view text, SlugMode mode = SlugMode::default_mode, bool cased = false);

// "formatting-and-links" -> "Formatting And Links" (Ruby's capitalize: the
// rest of each word lowercased).
std::string titleize_slug(std::string_view slug);

}  // namespace folio::site
