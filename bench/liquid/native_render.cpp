// folio native's side of bench/liquid.mjs: the same request the wasm gets
// (api/liquid_request.h), timed as the Node side times it; prints the median
// ms of a render and the output's length as JSON.
//   folio_liquid_bench REQUEST.json [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/liquid_request.h"
#include "api/protocol.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: folio_liquid_bench REQUEST.json [RUNS]\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  const std::string request = text.str();
  const int runs = argc > 2 ? std::atoi(argv[2]) : 20;
  std::vector<double> times;
  std::string answer;
  for (int i = 0; i < runs; ++i) {
    const auto started = std::chrono::steady_clock::now();
    answer = folio::render_liquid_request(request);
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
  }
  std::sort(times.begin(), times.end());
  const nlohmann::json header = folio::parse_answer_with_text(answer, "output");
  std::printf("{\"median_ms\":%.3f,\"output_bytes\":%zu}\n", times[times.size() / 2],
              header["output"].get<std::string>().size());
  return 0;
}
