// Liquid's and Jekyll's Jekyll's text filters, case by case against the reference.
#include "liquid_filter_cases.h"

namespace {

using folio::liquid::testing::FilterCase;

// Generated with tests/liquid_filters/expected.rb (Liquid 4.0.4, Jekyll 4.3.1).
const FilterCase kJekyllCases[] = {
    {"jsonify", "{\"a\": [1, 2.5, null, true, \"x\\\"\\\\\\n\\t\\u0001é/\"]}", "[]", "{}", "{\"a\":[1,2.5,null,true,\"x\\\"\\\\\\n\\t\\u0001é/\"]}"},
    {"inspect", "{\"a\": [1, 2.5, null, true, \"x\\\"\\\\\\n\\t\\u0001é/\"]}", "[]", "{}", "{&quot;a&quot;=&gt;[1, 2.5, nil, true, &quot;x\\&quot;\\\\\\n\\t\\u0001é/&quot;]}"},
    {"jsonify", "[1e+16, 0.1, -0.0]", "[]", "{}", "[1.0e+16,0.1,-0.0]"},
    {"inspect", "[1e+16, 0.1, -0.0]", "[]", "{}", "[1.0e+16, 0.1, -0.0]"},
    {"jsonify", "\"str\"", "[]", "{}", "\"str\""},
    {"inspect", "\"str\"", "[]", "{}", "&quot;str&quot;"},
    {"jsonify", "null", "[]", "{}", "null"},
    {"inspect", "null", "[]", "{}", "nil"},
    {"jsonify", "5", "[]", "{}", "5"},
    {"inspect", "5", "[]", "{}", "5"},
    {"jsonify", "{\"k\": {\"n\": {}}}", "[]", "{}", "{\"k\":{\"n\":{}}}"},
    {"inspect", "{\"k\": {\"n\": {}}}", "[]", "{}", "{&quot;k&quot;=&gt;{&quot;n&quot;=&gt;{}}}"},
    {"jsonify", "[[]]", "[]", "{}", "[[]]"},
    {"inspect", "[[]]", "[]", "{}", "[[]]"},
    // smartify (Jekyll 4.3 with kramdown 2.4; the Liquid version plays no part).
    {"smartify", "\"Don't Stop \\\"Pretraining\\\"\"", "[]", "{}", "Don’t Stop “Pretraining”"},
    {"smartify", "\"``Trustworthy'' -- a---b...\"", "[]", "{}", "``Trustworthy’’ – a—b…"},
    {"smartify", "\"a < b & c > d\"", "[]", "{}", "a &lt; b &amp; c &gt; d"},
    {"smartify", "\"<em>it's</em> 'q'\"", "[]", "{}", "<em>it’s</em> ‘q’"},
    {"smartify", "\"line1\\n\\nline2\"", "[]", "{}", "line1\n\nline2"},
    {"smartify", "\"x &amp; y &copy; &quot;q&quot; \\\\\\\"e\\\\\\\"\"", "[]", "{}", "x &amp; y © \"q\" \\“e\\”"},
    {"smartify", "\"'90s rock'n'roll\"", "[]", "{}", "’90s rock’n’roll"},
    {"smartify", "\"<<a>> << b >>\"", "[]", "{}", "«a» « b »"},
    {"smartify", "null", "[]", "{}", ""},
    {"smartify", "42", "[]", "{}", "42"},
};

}  // namespace

TEST_CASE("Jekyll's text filters print what Ruby Liquid prints", "[liquid][filters][jekyll]") {
  folio::liquid::testing::check_filter_cases(kJekyllCases);
}
