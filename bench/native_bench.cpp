// The ceiling for bench/run.mjs: the same core, built natively (-O2, Release),
// on the same inputs. Each job is timed like the Node side times the wasm
// (warm-up, then samples until both a count and a time are reached; the
// median), and printed as one JSON line per job.
//
//   native_bench INPUTS_DIR [--min-runs N] [--min-ms MS] [--only PREFIX]
//
// INPUTS_DIR is what bench/inputs.mjs writes (bench/inputs/). With
// FOLIO_BENCH_CLOCK=cpu in the environment it times the process's CPU time
// instead of wall time, as bench/timing.mjs does.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/bench_jobs.h"
#include "api/site_session.h"

namespace {

namespace fs = std::filesystem;

struct Settings {
  int min_runs = 10;
  double min_ms = 300;
  std::string only;
};

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Milliseconds on the clock bench/timing.mjs uses: wall, or the process's CPU time.
double now_ms() {
  static const bool cpu = [] {
    const char* clock = std::getenv("FOLIO_BENCH_CLOCK");
    return clock && std::string(clock) == "cpu";
  }();
  if (cpu) {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
  }
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Median milliseconds of `run`, after warm-up calls (5, or 3 with --quick
// settings, as bench/timing.mjs makes).
double median_ms(const Settings& settings, const std::function<size_t()>& run, int& runs) {
  volatile size_t sink = run();
  for (int i = 1; i < std::min(settings.min_runs, 5); ++i) sink = sink + run();
  std::vector<double> samples;
  const double start = now_ms();
  while (static_cast<int>(samples.size()) < settings.min_runs || now_ms() - start < settings.min_ms) {
    const double before = now_ms();
    sink = sink + run();
    samples.push_back(now_ms() - before);
  }
  runs = static_cast<int>(samples.size());
  std::sort(samples.begin(), samples.end());
  const size_t n = samples.size();
  return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

void report(const Settings& settings, const std::string& job, const std::string& input,
            const std::function<size_t()>& run) {
  if (!settings.only.empty() && job.rfind(settings.only, 0) != 0) return;
  int runs = 0;
  const double ms = median_ms(settings, run, runs);
  std::cout << nlohmann::json{{"job", job}, {"input", input}, {"median_ms", ms}, {"runs", runs}}.dump()
            << std::endl;
}

// Opens the site like FolioSite.open does (every file, then build) and renders
// the about page, the news archive and the publications.
size_t render_site(const std::vector<std::pair<std::string, std::string>>& files) {
  folio::SiteSession session;
  for (const auto& [path, text] : files) session.put_file(path, text);
  size_t size = session.build("{}").size();
  for (const char* view : {"about", "news", "publications"}) {
    size += session.render(std::string("{\"view\":\"") + view + "\"}").size();
  }
  return size;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: native_bench INPUTS_DIR [--min-runs N] [--min-ms MS] [--only PREFIX]\n";
    return 2;
  }
  const fs::path inputs = argv[1];
  Settings settings;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--min-runs")) settings.min_runs = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--min-ms")) settings.min_ms = std::atof(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--only")) settings.only = argv[i + 1];
  }
  try {
    for (const char* name : {"about", "mixed-1mb"}) {
      const std::string text = read_file(inputs / "markdown" / (std::string(name) + ".md"));
      report(settings, "markdown", name, [&] { return folio::run_bench_job("markdown", text).size(); });
      report(settings, "markdown-safe", name, [&] { return folio::run_bench_job("markdown-safe", text).size(); });
    }
    for (const char* count : {"100", "1000", "10000"}) {
      const std::string text = read_file(inputs / "bibtex" / (std::string("papers-") + count + ".bib"));
      report(settings, "bibtex", count, [&] { return folio::run_bench_job("bibtex", text).size(); });
    }
    for (const char* name : {"config", "coauthors", "venues"}) {
      const std::string text = read_file(inputs / "yaml" / (std::string(name) + ".yml"));
      report(settings, "yaml", name, [&] { return folio::run_bench_job("yaml", text).size(); });
    }
    for (const char* papers : {"10", "100", "1000", "10000"}) {
      const fs::path dir = inputs / "sites" / (std::string("papers-") + papers);
      if (!fs::exists(dir)) continue;
      std::vector<std::pair<std::string, std::string>> files;
      const nlohmann::json manifest = nlohmann::json::parse(read_file(dir / "folio.json"));
      for (const auto& path : manifest.at("files")) {
        files.emplace_back(path.get<std::string>(), read_file(dir / path.get<std::string>()));
      }
      report(settings, "site", papers, [&] { return render_site(files); });
    }
  } catch (const std::exception& e) {
    std::cerr << "native_bench: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
