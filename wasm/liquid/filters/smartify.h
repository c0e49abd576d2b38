// Jekyll's smartify: the text through kramdown's SmartyPants parser, which
// is kramdown's typography (parse/typography.h) over the text between raw
// HTML tags, with character references read as kramdown reads them.
#pragma once

#include <string>
#include <string_view>

namespace folio::liquid {

std::string smartify_text(std::string_view input);

}  // namespace folio::liquid
