// site.data: every file of the data folder (_data/) as Jekyll's DataReader
// reads it. x.yml, x.yaml and x.json become site.data.x; x.csv and x.tsv
// an array of hashes by header; a folder a nested hash (_data/team/a.yml is
// site.data.team.a). A file that does not parse is reported and left out.
#pragma once

#include <string>

#include "core/diagnostics.h"
#include "liquid/value.h"
#include "model/source_files.h"

namespace folio::site {

liquid::Value read_site_data(const SourceFiles& files, const std::string& data_dir, Diagnostics& diagnostics);

// Jekyll's key for a data file or folder name: word characters, spaces
// (runs become "_") and hyphens ("my data-2" is "my_data-2").
std::string data_key(std::string_view name);

}  // namespace folio::site
