// folio's Liquid engine: Liquid 4.0 as Jekyll 4 runs it (lax/warn error mode
// by default), with Jekyll's tags. It has no I/O: templates and includes come
// from the caller through RenderHost.
//
//   Diagnostics diagnostics;
//   TemplatePtr page = parse_template(source, "_layouts/bib.liquid", options, diagnostics);
//   RenderResult result = render_template(*page, environment, host, options, diagnostics);
//   // result.output; diagnostics.all() hold {file, line, column, severity, message}
//
// Parse once, render many times: a Template is immutable and can be rendered
// concurrently-free (one render at a time per thread) with any environment.
// Includes are parsed on their first render (as Jekyll does, so an unused
// include with an unknown tag costs nothing) and kept in a TemplateCache.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "liquid/custom_tag.h"
#include "liquid/filter.h"
#include "liquid/value.h"

namespace folio::liquid {

// Resource limits; each one reached is an error diagnostic, never a crash or
// a hang: the render stops at that point and returns what it has.
struct Limits {
  // Nested blocks in a template and nested expressions (Liquid's "Nesting
  // too deep"); a render allows twice as many blocks and includes together.
  int max_depth = 100;
  int max_include_depth = 50;              // includes inside includes
  int64_t max_loop_iterations = 10000000;  // for and tablerow iterations in one render, summed
  size_t max_output_bytes = 64u << 20;     // output and captures, and each string a filter makes
};

struct LiquidOptions {
  // strict: a syntax error, an unknown filter or a filter's error fails the
  // render (for tests). Otherwise Jekyll's lax/warn mode: the error is a
  // diagnostic, the rest renders.
  bool strict = false;
  const TagRegistry* tags = nullptr;  // custom tags (custom_tag.h)
  Limits limits;
};

class Template;  // a parsed template: an opaque tree (liquid/node.h)
using TemplatePtr = std::shared_ptr<const Template>;

// Parses a whole template. Syntax errors become diagnostics in `file`; the
// tree holds what parsed. Never throws for any input (except bad_alloc).
TemplatePtr parse_template(std::string_view source, std::string file, const LiquidOptions& options,
                           Diagnostics& diagnostics);
// Whether parsing found an error (strict renders of such a template fail).
bool has_syntax_errors(const Template& parsed);

struct TemplateSource {
  std::string source;
  std::string file;  // for diagnostics, e.g. "_includes/news.liquid"
};

// What a render asks of its caller. Defaults answer "not found".
class RenderHost {
 public:
  virtual ~RenderHost() = default;
  // {% include NAME %}: the file _includes/NAME. nullopt: "not found" diagnostic.
  virtual std::optional<TemplateSource> find_include(std::string_view name);
  // {% include_relative PATH %} from the template in `from_file`.
  virtual std::optional<TemplateSource> find_include_relative(std::string_view path, std::string_view from_file);
  // The file whose folder include_relative reads from, for its diagnostic.
  virtual std::string include_relative_origin(std::string_view from_file) { return std::string(from_file); }
  // {% link PATH %} and {% post_url NAME %}: the URL, or nullopt (an error
  // diagnostic, as Jekyll's "Could not find document").
  virtual std::optional<std::string> link(std::string_view path);
  virtual std::optional<std::string> post_url(std::string_view name);
  // What Jekyll's filters read of the site (url, baseurl, time zone).
  virtual const SiteFacts& site_facts();
  // The markdownify filter; the default is the core's Markdown converter.
  virtual std::string markdownify(std::string_view markdown);

 private:
  SiteFacts facts_;
};

struct RenderResult {
  std::string output;
  bool failed = false;  // strict mode only: an error stopped the render
};

// Parsed includes by file name, re-parsed when the source changes. Keep one
// across the renders of a site so each include is parsed once.
// Its templates keep their parse diagnostics; a render reports those of an
// include once, when the include first renders.
class TemplateCache {
 public:
  const Template& get(const TemplateSource& source, const LiquidOptions& options);

 private:
  std::map<std::string, TemplatePtr, std::less<>> entries_;
};

// Renders a parsed template with `environment` (a hash of globals: site,
// page, layout, content, paginator, ...). `includes` may be shared across
// renders; without one, each render parses its includes anew.
RenderResult render_template(const Template& parsed, const Value& environment, RenderHost& host,
                             const LiquidOptions& options, Diagnostics& diagnostics,
                             TemplateCache* includes = nullptr);

}  // namespace folio::liquid
