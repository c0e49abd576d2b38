// al-folio's hideCustomBibtex filter (_plugins/hide-custom-bibtex.rb), which
// its bib layout applies to entry.bibtex: every line that sets one of
// _config.yml's filtered_bibtex_keywords ("  pdf = {x.pdf},") goes, and the
// author line loses its contribution markers * † ‡ § ¶ ‖ & ^. Like the
// plugin, it looks for the keyword as a whole word followed by "= {" anywhere
// in a line, and never removes the last line (it has no line end).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace folio::scholar {

std::string hide_custom_bibtex(std::string_view bibtex, const std::vector<std::string>& keywords);

}  // namespace folio::scholar
