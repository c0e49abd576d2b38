#include <catch2/catch.hpp>

#include "core/diagnostics.h"

using folio::Diagnostic;
using folio::Severity;

TEST_CASE("diagnostics format like a compiler's") {
  struct Case { Diagnostic diagnostic; const char* expected; };
  const Case cases[] = {
      {{"_config.yml", 3, 7, Severity::error, "bad"}, "_config.yml:3:7: error: bad"},
      {{"_news/a.md", 2, 0, Severity::warning, "odd"}, "_news/a.md:2: warning: odd"},
      {{"_news/b.md", 0, 0, Severity::error, "missing"}, "_news/b.md: error: missing"},
  };
  for (const auto& c : cases) CHECK(folio::format_diagnostic(c.diagnostic) == c.expected);
}

TEST_CASE("a list with only warnings has no errors") {
  folio::Diagnostics diagnostics;
  diagnostics.warning("a", 1, 1, "w");
  CHECK_FALSE(diagnostics.has_errors());
  diagnostics.error("a", 1, 1, "e");
  CHECK(diagnostics.has_errors());
}
