// jemoji: :shortcodes: in a page's HTML become emoji. jemoji writes an <img>
// of GitHub's emoji CDN; folio writes the emoji character itself
// (core/emoji.h), which every browser draws with its own emoji font, so a
// page makes no request to GitHub and shows the same without network.
#pragma once

#include <string>

#include "site/document.h"

namespace folio::plugins {

// The HTML with its shortcodes replaced, for documents whose output is HTML
// (jemoji leaves other outputs alone).
std::string emojify_document(const site::Document& document, std::string html);

}  // namespace folio::plugins
