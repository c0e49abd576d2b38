#include "parse/bibliography_data_parser.h"

#include "core/url_policy.h"
#include "papers/author_names.h"
#include "papers/venue_color.h"
#include "parse/yaml_reader.h"

namespace folio {
namespace {

// The root mapping of a data file; a null node when it is empty or is not one.
YAML::Node read_root_map(std::string_view text, const YamlSource& source, const char* shape,
                         Diagnostics& diagnostics) {
  const YAML::Node root = parse_yaml(text, source, diagnostics);
  if (root.IsMap()) return root;
  if (root.IsDefined() && !root.IsNull()) {
    diagnostics.error(source.file, yaml_line(root, source), 1, std::string("should be a mapping of ") + shape);
  }
  return YAML::Node(YAML::NodeType::Null);
}

// `url` as written when it is one folio links to; "" (and a warning) otherwise.
std::string checked_url(const YamlReader& reader, const std::string& what, Diagnostics& diagnostics) {
  const std::string url = reader.string("url");
  if (url.empty() || is_allowed_url(url_for_check(url), UrlUse::link)) return url;
  diagnostics.warning(reader.source().file, reader.line_of("url"), 0,
                      what + ": url '" + url +
                          "' is not a link folio shows (only http, https and relative addresses are); it is left "
                          "out");
  return {};
}

}  // namespace

VenueMap parse_venues(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  VenueMap venues;
  const YamlSource source{file, 1};
  const YAML::Node root = read_root_map(text, source, "venue abbreviations to {url, color}", diagnostics);
  for (const auto& pair : root) {
    const std::string abbr = pair.first.as<std::string>("");
    const int line = yaml_line(pair.first, source);
    if (!pair.second.IsMap()) {
      diagnostics.warning(file, line, 0,
                          "venue '" + abbr + "' should have url: and color: lines indented under it; it is left out");
      continue;
    }
    const YamlReader reader(pair.second, source, diagnostics);
    Venue venue;
    venue.url = checked_url(reader, "venue '" + abbr + "'", diagnostics);
    const std::string color = reader.string("color");
    if (is_usable_css_color(color)) {
      venue.color = color;
    } else if (!color.empty()) {
      diagnostics.warning(file, reader.line_of("color"), 0,
                          "venue '" + abbr + "': color '" + color +
                              "' is not a colour folio uses; write a hex colour in quotes, like color: \"#00369f\"");
    }
    venues[abbr] = venue;
  }
  return venues;
}

CoauthorMap parse_coauthors(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  CoauthorMap coauthors;
  const YamlSource source{file, 1};
  const YAML::Node root =
      read_root_map(text, source, "last names to lists of {firstname: [...], url}", diagnostics);
  for (const auto& pair : root) {
    const std::string last_name = pair.first.as<std::string>("");
    const int line = yaml_line(pair.first, source);
    if (!pair.second.IsSequence()) {
      diagnostics.warning(file, line, 0,
                          "coauthor '" + last_name +
                              "' should be a list of people, each starting with '- firstname: [...]'; it is left out");
      continue;
    }
    std::vector<Coauthor>& people = coauthors[fold_name(last_name)];
    for (const YAML::Node& item : pair.second) {
      if (!item.IsMap()) {
        diagnostics.warning(file, yaml_line(item, source), 0,
                            "a coauthor under '" + last_name +
                                "' should have firstname: and url: lines; it is left out");
        continue;
      }
      const YamlReader reader(item, source, diagnostics);
      Coauthor coauthor;
      coauthor.first_names = reader.strings("firstname");
      coauthor.url = checked_url(reader, "coauthor '" + last_name + "'", diagnostics);
      if (coauthor.first_names.empty()) {
        diagnostics.warning(file, yaml_line(item, source), 0,
                            "a coauthor under '" + last_name +
                                "' has no firstname list, so no author matches it; add firstname: [\"First\", \"F.\"]");
      }
      people.push_back(std::move(coauthor));
    }
  }
  return coauthors;
}

}  // namespace folio
