#pragma once

#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "model/about_page.h"
#include "model/markdown_settings.h"

namespace folio {

// Reads _pages/about.md: its front matter (subtitle, profile, news,
// selected_papers, social) and its Markdown body.
AboutPage parse_about_page(std::string_view text, const std::string& file, Diagnostics& diagnostics,
                           const MarkdownSettings& markdown = {});

}  // namespace folio
