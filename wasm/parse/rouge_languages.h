// Whether Rouge, the highlighter Jekyll gives kramdown, has a lexer for a code
// block's language. kramdown wraps such a block in Rouge's markup
// (<div class="language-x highlighter-rouge"><div class="highlight"><pre
// class="highlight"><code>); for another language it writes a plain
// <pre><code class="language-x"> that client-side tools (mermaid, chartjs)
// look for.
#pragma once

#include <string_view>

namespace folio {

bool rouge_knows_language(std::string_view name);

}  // namespace folio
