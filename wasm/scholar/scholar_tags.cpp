#include "scholar/scholar_tags.h"

#include <memory>
#include <string>

#include "scholar/ascii_text.h"
#include "scholar/bibliography_tag.h"
#include "scholar/citation_tags.h"

namespace folio::scholar {
namespace {

// page.title, y, entry_0: names a page can mean. A cite key such as
// PhysRev.47.777 is not evaluated, so it never reads as a bad expression.
bool is_variable_path(std::string_view name) {
  bool segment_start = true;
  for (char c : name) {
    if (c == '.') {
      if (segment_start) return false;
      segment_start = true;
      continue;
    }
    if (!is_word_char(c) || (segment_start && c >= '0' && c <= '9')) return false;
    segment_start = false;
  }
  return !name.empty() && !segment_start;
}

// Points the page's variable lookup at the tag's render for one call.
class RenderLookup {
 public:
  RenderLookup(ScholarPage& page, liquid::TagContext& context) : page_(page), saved_(std::move(page.lookup)) {
    page.lookup = [&context](std::string_view name) {
      return is_variable_path(name) ? context.evaluate(name) : liquid::Value();
    };
  }
  ~RenderLookup() { page_.lookup = std::move(saved_); }
  RenderLookup(const RenderLookup&) = delete;
  RenderLookup& operator=(const RenderLookup&) = delete;

 private:
  ScholarPage& page_;
  VariableLookup saved_;
};

void forward(const Diagnostics& diagnostics, liquid::TagContext& context) {
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    if (diagnostic.severity == Severity::error) {
      context.error(diagnostic.message);
    } else {
      context.warn(diagnostic.message);
    }
  }
}

// The environment's variables for the template. A Hash holds values, not
// lazy fields: `reference` (an APA reference per entry) goes in only when
// the template's text names it, which al-folio's bib layout never does.
liquid::Hash template_variables(const liquid::Value& environment, std::string_view source) {
  liquid::Hash variables;
  const bool reads_reference = source.find("reference") != std::string_view::npos;
  for (const std::string& key : environment.as_drop().keys()) {
    if (key == "reference" && !reads_reference) continue;
    variables.set(key, environment.lookup(key));
  }
  return variables;
}

class EntryTemplates {
 public:
  EntryTemplates(const ScholarTagBindings& bindings, liquid::TagContext& context)
      : bindings_(bindings), context_(context) {}

  std::string render(const liquid::Value& environment, std::string_view name) {
    if (!source_ || name_ != name) {
      name_ = std::string(name);
      std::optional<liquid::TemplateSource> layout = bindings_.find_layout ? bindings_.find_layout(name) : std::nullopt;
      source_ = layout ? std::move(*layout) : liquid::TemplateSource{name_, "scholar.bibliography_template"};
    }
    std::string out;
    context_.render_source(source_->source, source_->file, template_variables(environment, source_->source), out);
    return out;
  }

 private:
  const ScholarTagBindings& bindings_;
  liquid::TagContext& context_;
  std::string name_;
  std::optional<liquid::TemplateSource> source_;
};

using PageTag = std::function<std::string(ScholarPage& page, std::string_view markup, liquid::TagContext& context,
                                          Diagnostics& diagnostics)>;

liquid::TagHandler page_tag(std::shared_ptr<const ScholarTagBindings> bindings, PageTag tag) {
  return [bindings, tag](const liquid::CustomTagCall& call, liquid::TagContext& context, std::string& out) {
    ScholarPage* page = bindings->page_of ? bindings->page_of(context) : nullptr;
    if (page == nullptr || page->site == nullptr) {
      context.error("{% " + std::string(call.name) +
                    " %} needs a bibliography: put the .bib files under _bibliography/ (scholar.source in "
                    "_config.yml)");
      return;
    }
    const RenderLookup lookup(*page, context);
    Diagnostics diagnostics;
    out += tag(*page, call.markup, context, diagnostics);
    forward(diagnostics, context);
  };
}

}  // namespace

void register_scholar_tags(liquid::TagRegistry& tags, ScholarTagBindings bindings) {
  const auto shared = std::make_shared<const ScholarTagBindings>(std::move(bindings));
  tags.add_tag("bibliography", page_tag(shared, [shared](ScholarPage& page, std::string_view markup,
                                                         liquid::TagContext& context, Diagnostics& diagnostics) {
                 EntryTemplates templates(*shared, context);
                 return render_bibliography(
                     page, markup, 0,
                     [&](const liquid::Value& environment, std::string_view name) {
                       return templates.render(environment, name);
                     },
                     diagnostics);
               }));
  tags.add_tag("bibliography_count",
               page_tag(shared, [](ScholarPage& page, std::string_view markup, liquid::TagContext&,
                                   Diagnostics& diagnostics) {
                 return std::to_string(count_bibliography(page, markup, 0, diagnostics));
               }));
  tags.add_tag("cite", page_tag(shared, [](ScholarPage& page, std::string_view markup, liquid::TagContext&,
                                           Diagnostics& diagnostics) {
                 return render_cite(page, markup, 0, diagnostics);
               }));
  tags.add_tag("reference", page_tag(shared, [](ScholarPage& page, std::string_view markup, liquid::TagContext&,
                                                Diagnostics& diagnostics) {
                 return render_reference(page, markup, 0, diagnostics);
               }));
  tags.add_block("quote", page_tag(shared, [](ScholarPage& page, std::string_view markup, liquid::TagContext& context,
                                              Diagnostics& diagnostics) {
                   std::string body;
                   context.render_body(body);
                   return render_quote(page, markup, body, 0, diagnostics);
                 }));
}

}  // namespace folio::scholar
