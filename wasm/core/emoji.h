// Emoji shortcodes (":tada:", ":sparkles:") as GitHub's gemoji names them and
// al-folio's jemoji plugin turns them into emoji on every page. folio writes the
// emoji character itself (jemoji writes an <img> from GitHub's servers), so
// pages make no extra requests. The table is a curated set of the common
// shortcodes; an unknown one stays as written, as jemoji leaves it.
#pragma once

#include <string>
#include <string_view>

namespace folio {

// The emoji for a shortcode name without its colons ("tada"), or empty.
std::string_view emoji_for_shortcode(std::string_view name);

// Replaces known :shortcodes: in the text of an HTML fragment. Tags and their
// attributes are left alone, and so is text inside <pre>, <code> and <tt>, as
// jemoji does. `html` is sanitized output (core/html_sanitizer.h): well formed,
// with every '<' and '>' in text and attribute values escaped.
std::string emojify_html(std::string_view html);

}  // namespace folio
