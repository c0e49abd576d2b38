#include "core/diagnostics.h"

#include <algorithm>

#include "core/utf8.h"

namespace folio {

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "error";
}

void Diagnostics::error(const std::string& file, int line, int column, std::string message) {
  add({file, line, column, Severity::error, std::move(message)});
}

void Diagnostics::warning(const std::string& file, int line, int column, std::string message) {
  add({file, line, column, Severity::warning, std::move(message)});
}

void Diagnostics::add(Diagnostic diagnostic) {
  // Messages quote content and yaml-cpp's errors, which can hold part of a
  // multi-byte character ("unknown escape character: \xEF"): never pass it on.
  for (std::string* text : {&diagnostic.file, &diagnostic.message}) {
    if (!is_valid_utf8(*text)) *text = to_valid_utf8(*text);
  }
  items_.push_back(std::move(diagnostic));
}

bool Diagnostics::has_errors() const {
  return std::any_of(items_.begin(), items_.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (d.line > 0) {
    out += ':' + std::to_string(d.line);
    if (d.column > 0) out += ':' + std::to_string(d.column);
  }
  out += ": ";
  out += severity_name(d.severity);
  out += ": ";
  out += d.message;
  return out;
}

}  // namespace folio
