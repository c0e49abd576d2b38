#include "core/html_escape.h"

namespace folio {

// Appends the text between special characters in runs. No reserve() here: an
// exact reserve per call would defeat the string's geometric growth and make
// building a page out of many small appends quadratic (libc++ reserves
// exactly what is asked).
void append_escaped(std::string& out, std::string_view text) {
  size_t run = 0;  // first character not appended yet
  for (size_t i = 0; i < text.size(); ++i) {
    const char* entity;
    switch (text[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&#39;"; break;
      default: continue;
    }
    out.append(text.data() + run, i - run);
    out += entity;
    run = i + 1;
  }
  out.append(text.data() + run, text.size() - run);
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_escaped(out, text);
  return out;
}

}  // namespace folio
