// One part of the core run on one input, for the benchmarks in bench/: they
// time folio's Markdown, BibTeX and YAML work against JavaScript libraries that
// do the same job, in wasm (through the folio_bench export) and natively
// (bench/native_bench.cpp) with this very code.
#pragma once

#include <string>
#include <string_view>

namespace folio {

// job "markdown":      md4c's HTML for `input` (what markdown-wasm, marked, ... return);
//     "markdown-safe": the same passed through the sanitizer, as views do;
//     "bibtex":        parse_bibtex, every field turned into text (latex_to_text)
//                      and author/editor lists into names (parse_names); answers
//                      {"entries":E,"names":N,"chars":C};
//     "yaml":          yaml-cpp's tree for `input`; answers {"nodes":N}.
// Anything else answers "".
std::string run_bench_job(std::string_view job, std::string_view input);

}  // namespace folio
