// The wasm boundary: plain C functions, UTF-8 in and out, JSON for anything
// structured. Answers are malloc'ed strings that JS frees with
// folio_answer_free. No exception crosses this file: each call catches and
// answers with a diagnostic, and the instance stays usable.
#include <malloc.h>

#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <new>
#include <string>

#include "api/bench_jobs.h"
#include "api/liquid_request.h"
#include "api/protocol.h"
#include "api/site_session.h"

namespace {

// Memory kept back for the moment it runs out. When an allocation fails,
// the new-handler frees it and throws std::bad_alloc at once, so the exception
// itself and the error answer have room to be made (without it, a failed
// throw terminates the instance). Taken again at the start of each call.
constexpr size_t kReserveBytes = 64 * 1024;
void* memory_reserve = nullptr;

void release_reserve_and_throw() {
  std::free(memory_reserve);
  memory_reserve = nullptr;
  throw std::bad_alloc();
}

void keep_memory_reserve() noexcept {
  if (!memory_reserve) memory_reserve = std::malloc(kReserveBytes);
  std::set_new_handler(release_reserve_and_throw);
}

// The boundary's other state: the sites JS has opened, by handle.
std::map<unsigned, std::unique_ptr<folio::SiteSession>>& sessions() {
  static std::map<unsigned, std::unique_ptr<folio::SiteSession>> open;
  return open;
}

char* to_answer(const std::string& text) {
  char* answer = static_cast<char*>(std::malloc(text.size() + 1));
  if (answer) std::memcpy(answer, text.c_str(), text.size() + 1);
  return answer;
}

// The answer for a call that threw. Building it can throw too (std::bad_alloc
// when memory ran out is the likely reason for the first throw): then there
// is no answer, and JS reports that the core ran out of memory.
char* error_answer(const char* what) noexcept {
  try {
    return to_answer(folio::internal_error_answer(what));
  } catch (...) {
    return nullptr;
  }
}

template <typename Call>
char* answer_safely(Call call) noexcept {
  keep_memory_reserve();
  try {
    return to_answer(call());
  } catch (const std::bad_alloc&) {
    return error_answer("out of memory (is the content unusually large?)");
  } catch (const std::exception& e) {
    return error_answer(e.what());
  } catch (...) {
    return error_answer("unknown exception");
  }
}

folio::SiteSession* find_session(unsigned handle) {
  const auto it = sessions().find(handle);
  return it == sessions().end() ? nullptr : it->second.get();
}

std::string no_such_site() { return folio::internal_error_answer("no site with this handle (was it deleted?)"); }

}  // namespace

extern "C" {

// A literal, so that answering needs no allocation; kept equal to the protocol's version.
static_assert(folio::kProtocolVersion == 2, "update the version in folio_version()");
const char* folio_version() { return "{\"version\":2,\"folio\":\"" FOLIO_VERSION "\"}"; }

unsigned folio_site_new() {
  static unsigned next_handle = 1;
  keep_memory_reserve();
  try {
    sessions()[next_handle] = std::make_unique<folio::SiteSession>();
    return next_handle++;
  } catch (...) {
    return 0;
  }
}

// Returns 0 on success, 1 for an unknown handle, 2 when out of memory.
int folio_site_put_file(unsigned handle, const char* path, const char* text, size_t text_length) {
  folio::SiteSession* session = find_session(handle);
  if (!session) return 1;
  keep_memory_reserve();
  try {
    session->put_file(path, std::string_view(text, text_length));
    return 0;
  } catch (...) {
    return 2;
  }
}

char* folio_site_build(unsigned handle, const char* request_json) {
  return answer_safely([&] {
    folio::SiteSession* session = find_session(handle);
    return session ? session->build(request_json) : no_such_site();
  });
}

char* folio_site_render(unsigned handle, const char* request_json) {
  return answer_safely([&] {
    folio::SiteSession* session = find_session(handle);
    return session ? session->render(request_json) : no_such_site();
  });
}

char* folio_site_model(unsigned handle) {
  return answer_safely([&] {
    folio::SiteSession* session = find_session(handle);
    return session ? session->model() : no_such_site();
  });
}

char* folio_site_config(unsigned handle) {
  return answer_safely([&] {
    const folio::SiteSession* session = find_session(handle);
    return session ? session->config() : no_such_site();
  });
}

char* folio_site_routes(unsigned handle) {
  return answer_safely([&] {
    folio::SiteSession* session = find_session(handle);
    return session ? session->routes() : no_such_site();
  });
}

void folio_site_delete(unsigned handle) { sessions().erase(handle); }

// One Liquid template with JSON data (api/liquid_request.h): renderLiquid.
char* folio_liquid_render(const char* request_json) {
  return answer_safely([&] { return folio::render_liquid_request(request_json); });
}

void folio_answer_free(char* answer) { std::free(answer); }

// Bytes the core holds in malloc'ed blocks right now. The memory test
// (tests/node/memory.test.mjs) checks that this stays flat over thousands of
// renders, as a page with many widgets needs; WebAssembly memory itself only
// ever grows, so it cannot show a leak until it is too late.
size_t folio_heap_bytes() { return mallinfo().uordblks; }

// For bench/ only: times one part of the core (see api/bench_jobs.h) against
// JavaScript libraries. It reuses code the views link anyway, so it costs the
// shipped wasm only its dispatch.
char* folio_bench(const char* job, const char* input, size_t input_length) {
  return answer_safely([&] { return folio::run_bench_job(job, std::string_view(input, input_length)); });
}

}  // extern "C"
