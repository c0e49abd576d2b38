// Which URLs sanitized HTML may carry in href and src, and which links count as
// external. Decisions:
// - links: http, https, mailto and relative URLs (path, ./, ../, ?query,
//   #fragment). Protocol-relative "//host/path" is allowed: it can only load
//   the page's own scheme (https on a deployed site), and it counts as external.
// - images: as links without mailto, plus data: URLs of image/png, gif, jpeg or
//   webp (never SVG, which can carry script).
// - media (<video>, <audio>, <source>, poster): https or relative, so talks can
//   be self-hosted under assets/; media elements never run script.
// - frames (<iframe>): absolute https only.
// Anything with another scheme, or with characters before the ':' that a
// scheme cannot hold, is refused: when in doubt, the attribute is dropped.
#pragma once

#include <string>
#include <string_view>

namespace folio {

enum class UrlUse { link, image, media, frame };

// The URL in an attribute value as a browser reads it, for checking: character
// references decoded and every ASCII whitespace and control character removed
// (browsers drop tabs and newlines anywhere and spaces and controls at either
// end; removing all of them is stricter). So `jav&#x09;ascript:`, ` JaVaScRiPt:`
// and `java\0script:` all read "javascript:".
std::string url_for_check(std::string_view attribute_value);

// `url` comes from url_for_check.
bool is_allowed_url(std::string_view url, UrlUse use);

// True for absolute http(s) and protocol-relative URLs whose host differs from
// site_url's (or, when site_url has a path, that are not under that path).
// `url` comes from url_for_check. An empty site_url makes every such link
// external.
bool is_external_link(std::string_view url, std::string_view site_url);

}  // namespace folio
