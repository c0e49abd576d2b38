// CSV and TSV _data files as Jekyll reads them (Ruby's CSV with headers):
// the first row names the columns, every other row becomes a hash from
// column name to text. An unquoted empty field is nil, a quoted one "".
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "liquid/value.h"

namespace folio::site {

// An array of hashes, one per row after the header, in file order. Malformed
// quoting is reported at its line, as Ruby's MalformedCSVError says it, and
// the rows before it are kept.
liquid::Value read_csv_table(std::string_view text, char separator, const std::string& file,
                             Diagnostics& diagnostics);

}  // namespace folio::site
