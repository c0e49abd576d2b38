#!/bin/bash
# Wraps a table made by expected.rb (stdin) into a Catch2 test file.
# usage: mk_test.sh GROUP TITLE TAG < table.inc > file
GROUP=$1; TITLE=$2; TAG=$3
cat <<HEAD
// Liquid's and Jekyll's ${TITLE}, case by case against the reference.
#include "liquid_filter_cases.h"

namespace {

using folio::liquid::testing::FilterCase;

// Generated with tests/liquid_filters/expected.rb (Liquid 4.0.4, Jekyll 4.3.1).
const FilterCase k${GROUP}Cases[] = {
HEAD
cat
cat <<FOOT
};

}  // namespace

TEST_CASE("${TITLE} print what Ruby Liquid prints", "[liquid][filters][${TAG}]") {
  folio::liquid::testing::check_filter_cases(k${GROUP}Cases);
}
FOOT
