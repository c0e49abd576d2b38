// YAML as Jekyll's templates see it: Ruby's Psych types a plain scalar
// (null, true/yes/on, 42, 0x1f, 1.5, .inf, 2015-10-22 as a Date,
// 2015-10-22 15:59:00 -0400 as a Time); a quoted scalar is always a string.
// Liquid has no date type: a Date becomes "2015-10-22" and a Time its
// Time#to_s, the text `{{ x }}` prints and the `date` filter reads.
#pragma once

#include <optional>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "liquid/value.h"

namespace folio::site {

// Mappings keep their order; keys are their text. Aliases are resolved by
// yaml-cpp already.
liquid::Value yaml_to_value(const YAML::Node& node);

// The common front matter (a flat map of one-line scalars, as
// parse/simple_yaml.h reads it) straight into its value: what yaml_to_value
// gives for the tree YAML::Load builds, without building the tree (on a site
// of 660 documents, yaml-cpp's nodes, their conversion and their release
// were 40 M instructions of opening it). nullopt for any other YAML.
std::optional<liquid::Value> flat_yaml_to_value(std::string_view text);

// The Ruby value of one plain scalar as Psych types it.
liquid::Value typed_scalar(const std::string& text);

}  // namespace folio::site
