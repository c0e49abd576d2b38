#include "liquid/filters/transliteration.h"

#include <algorithm>

#include "liquid/filters/unicode.h"

namespace folio::liquid {

std::string transliterate(std::string_view text) {
  const Transliteration* end = kTransliterations + kTransliterationCount;
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const DecodedCharacter character = decode_character(text, i);
    i += character.length;
    if (character.code_point < 0x80) {
      out += static_cast<char>(character.code_point);
      continue;
    }
    const Transliteration* found = std::lower_bound(
        kTransliterations, end, character.code_point,
        [](const Transliteration& entry, char32_t code_point) { return entry.code_point < code_point; });
    out += (found != end && found->code_point == character.code_point) ? found->ascii : "?";
  }
  return out;
}

}  // namespace folio::liquid
