// Every problem folio finds in content becomes a Diagnostic: the file, the
// 1-based line and column where it was found (0 when unknown), how bad it is,
// and a message that says what to do. Parsers add to a Diagnostics list and keep
// going; nothing in the core throws past its own function.
#pragma once

#include <string>
#include <vector>

namespace folio {

enum class Severity { error, warning, info };

const char* severity_name(Severity severity);

struct Diagnostic {
  std::string file;
  int line = 0;
  int column = 0;
  Severity severity = Severity::error;
  std::string message;
};

class Diagnostics {
 public:
  void error(const std::string& file, int line, int column, std::string message);
  void warning(const std::string& file, int line, int column, std::string message);
  void add(Diagnostic diagnostic);

  const std::vector<Diagnostic>& all() const { return items_; }
  bool has_errors() const;
  size_t size() const { return items_.size(); }

 private:
  std::vector<Diagnostic> items_;
};

// "file:line:col: severity: message", the format compilers use, so editors and
// CI logs link it.
std::string format_diagnostic(const Diagnostic& diagnostic);

}  // namespace folio
