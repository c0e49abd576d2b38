// LaTeX in BibTeX values into text and HTML: the text is valid UTF-8 without
// markup characters left unescaped in HTML; the HTML holds only escaped text
// and well-nested <em>, <strong>, <sup>, <sub>, so the sanitizer leaves it
// exactly as it is.
#include <cstdint>

#include "bibtex/latex_to_unicode.h"
#include "core/html_sanitizer.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string latex = folio_fuzz::as_content(data, size);
  using folio_fuzz::check;
  const std::string text = folio::latex_to_text(latex);
  check(folio::is_valid_utf8(text), "latex_to_text output is not UTF-8", text);
  const std::string html = folio::latex_to_html(latex);
  check(folio::is_valid_utf8(html), "latex_to_html output is not UTF-8", html);
  folio_fuzz::check_no_script_surface(html, false);
  check(folio::sanitize_html(html, folio::SanitizePolicy{}) == html,
        "latex_to_html output changes when sanitized (unbalanced tags or unescaped text)", html);
  return 0;
}
