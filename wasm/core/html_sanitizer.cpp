#include "core/html_sanitizer.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <initializer_list>
#include <new>
#include <vector>

#include "core/character_references.h"
#include "core/html_tokenizer.h"
#include "core/url_policy.h"
#include "core/utf8.h"
#include "papers/venue_color.h"

namespace folio {
namespace {

// The elements that may appear in sanitized HTML, in the order of kElements.
enum class Element : unsigned char {
  a, abbr, b, blockquote, br, caption, cite, code, dd, del, details, div, dl, dt, em, figcaption,
  figure, h1, h2, h3, h4, h5, h6, hr, i, img, input, ins, kbd, li, mark, ol, p, pre, q, s, small,
  span, strong, sub, summary, sup, table, tbody, td, tfoot, th, thead, tr, u, ul, wbr,
  iframe, video, audio, source,  // trusted embeds
  article, aside, button, footer, header, nav, section, time,  // templates' structure (render/)
  any                            // in kAttributes: every element
};

enum ElementFlag : unsigned {
  kVoid = 1,         // never has content or an end tag
  kClosesP = 2,      // its start tag closes an open <p>
  kSpecial = 4,      // stops the search for an <li>, <dd> or <dt> to close
  kScope = 8,        // end tags and implicit closes do not reach past it
  kHeading = 16,
  kTrustedOnly = 32, // needs SanitizePolicy::allow_trusted_embeds
  kControl = 64,     // needs SanitizePolicy::allow_toggle_buttons
};

struct ElementRule {
  std::string_view name;
  unsigned flags;
};

constexpr unsigned kBlock = kClosesP | kSpecial;
constexpr ElementRule kElements[] = {
    {"a", 0}, {"abbr", 0}, {"b", 0}, {"blockquote", kBlock}, {"br", kVoid}, {"caption", kSpecial | kScope},
    {"cite", 0}, {"code", 0}, {"dd", kBlock}, {"del", 0}, {"details", kBlock}, {"div", kClosesP},
    {"dl", kBlock}, {"dt", kBlock}, {"em", 0}, {"figcaption", kBlock}, {"figure", kBlock},
    {"h1", kBlock | kHeading}, {"h2", kBlock | kHeading}, {"h3", kBlock | kHeading},
    {"h4", kBlock | kHeading}, {"h5", kBlock | kHeading}, {"h6", kBlock | kHeading},
    {"hr", kVoid | kClosesP}, {"i", 0}, {"img", kVoid}, {"input", kVoid}, {"ins", 0}, {"kbd", 0},
    {"li", kBlock}, {"mark", 0}, {"ol", kBlock}, {"p", kClosesP}, {"pre", kBlock}, {"q", 0}, {"s", 0},
    {"small", 0}, {"span", 0}, {"strong", 0}, {"sub", 0}, {"summary", kBlock}, {"sup", 0},
    {"table", kBlock | kScope}, {"tbody", kSpecial}, {"td", kSpecial | kScope}, {"tfoot", kSpecial},
    {"th", kSpecial | kScope}, {"thead", kSpecial}, {"tr", kSpecial}, {"u", 0}, {"ul", kBlock},
    {"wbr", kVoid}, {"iframe", kVoid | kTrustedOnly}, {"video", kTrustedOnly},
    {"audio", kTrustedOnly}, {"source", kVoid | kTrustedOnly},
    {"article", kBlock}, {"aside", kBlock}, {"button", kControl}, {"footer", kBlock}, {"header", kBlock},
    {"nav", kBlock}, {"section", kBlock}, {"time", 0},
};
constexpr size_t kElementCount = sizeof(kElements) / sizeof(kElements[0]);
static_assert(kElementCount == static_cast<size_t>(Element::any), "kElements follows Element");

// Dropped together with everything inside them. The raw-text ones (script,
// style, iframe without trust, ...) the tokenizer already hands over as one
// raw_text token; these three hold ordinary markup, so their nesting is tracked.
constexpr std::string_view kDroppedWithContent[] = {"svg", "math", "template"};

enum class AttributeKind { text, url, boolean, target, loading, input_type, id, id_list, text_align, button_type, color };

struct AttributeRule {
  Element element;
  std::string_view name;
  AttributeKind kind;
  UrlUse use = UrlUse::link;  // for kind url
};

using K = AttributeKind;
constexpr AttributeRule kAttributes[] = {
    {Element::any, "class", K::text}, {Element::any, "id", K::id}, {Element::any, "title", K::text},
    {Element::any, "lang", K::text}, {Element::any, "dir", K::text}, {Element::any, "role", K::text},
    {Element::any, "aria-label", K::text}, {Element::any, "aria-labelledby", K::id_list},
    {Element::any, "aria-describedby", K::id_list}, {Element::any, "aria-hidden", K::text},
    {Element::any, "aria-expanded", K::text}, {Element::any, "aria-controls", K::id_list},
    {Element::any, "aria-current", K::text},
    {Element::a, "href", K::url, UrlUse::link}, {Element::a, "rel", K::text}, {Element::a, "target", K::target},
    {Element::img, "src", K::url, UrlUse::image}, {Element::img, "alt", K::text}, {Element::img, "width", K::text},
    {Element::img, "height", K::text}, {Element::img, "loading", K::loading},
    // kramdown aligns table cells with style="text-align: x"; no other style is kept
    // (and that one becomes align="x", below).
    {Element::td, "style", K::text_align}, {Element::th, "style", K::text_align},
    {Element::td, "align", K::text}, {Element::td, "colspan", K::text}, {Element::td, "rowspan", K::text},
    {Element::th, "align", K::text}, {Element::th, "colspan", K::text}, {Element::th, "rowspan", K::text},
    {Element::th, "scope", K::text},
    {Element::ol, "start", K::text}, {Element::ol, "type", K::text}, {Element::li, "value", K::text},
    {Element::details, "open", K::boolean},
    // al-folio's toggles as folio's buttons (render/alfolio_behaviours.h,
    // web/bib-toggles.mjs): only inert type="button", no form can be sent.
    {Element::button, "type", K::button_type}, {Element::button, "hidden", K::boolean},
    {Element::abbr, "data-venue-color", K::color},
    {Element::time, "datetime", K::text},
    {Element::input, "type", K::input_type}, {Element::input, "checked", K::boolean},
    {Element::input, "disabled", K::boolean},
    {Element::iframe, "src", K::url, UrlUse::frame}, {Element::iframe, "width", K::text},
    {Element::iframe, "height", K::text}, {Element::iframe, "allow", K::text},
    {Element::iframe, "allowfullscreen", K::boolean}, {Element::iframe, "loading", K::loading},
    {Element::iframe, "referrerpolicy", K::text}, {Element::iframe, "frameborder", K::text},
    {Element::iframe, "sandbox", K::text},
    {Element::video, "src", K::url, UrlUse::media}, {Element::video, "poster", K::url, UrlUse::media},
    {Element::video, "width", K::text}, {Element::video, "height", K::text},
    {Element::video, "controls", K::boolean}, {Element::video, "autoplay", K::boolean},
    {Element::video, "loop", K::boolean}, {Element::video, "muted", K::boolean},
    {Element::video, "playsinline", K::boolean}, {Element::video, "preload", K::text},
    {Element::audio, "src", K::url, UrlUse::media}, {Element::audio, "controls", K::boolean},
    {Element::audio, "autoplay", K::boolean}, {Element::audio, "loop", K::boolean},
    {Element::audio, "muted", K::boolean}, {Element::audio, "preload", K::text},
    {Element::source, "src", K::url, UrlUse::media}, {Element::source, "type", K::text},
};
constexpr size_t kAttributeCount = sizeof(kAttributes) / sizeof(kAttributes[0]);

constexpr std::string_view kExternalLinkAttributes = " rel=\"external nofollow noopener\" target=\"_blank\"";

// Content ids live in their own namespace, as GitHub's user-content- ids do: an
// author's id="x" becomes id="user-content-x", and the links and ARIA
// references that name it follow (href="#x", aria-controls="x"). So content
// can neither clobber globals of the page (window.x) nor take over the ids of
// folio's own markup (the blocks that bibliography buttons open), and in-page
// anchors keep working. A value that already has the prefix keeps it, so
// sanitizing twice changes nothing.
constexpr std::string_view kIdPrefix = "user-content-";

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

void append_prefixed_id(std::string& out, std::string_view id) {
  if (id.substr(0, kIdPrefix.size()) != kIdPrefix) out += kIdPrefix;
  append_keeping_references(out, id, EscapeContext::attribute_value);
}

// A fragment-only link to an element of the content ("#x", not a route "#/..."
// and not the top of the page "#"): its fragment as written, without the '#'.
// `checked` is the value as url_for_check reads it, `written` as it stands in
// the markup; a '#' written as a character reference is left alone.
bool content_anchor(std::string_view checked, std::string_view written, std::string_view& fragment) {
  if (checked.size() < 2 || checked[0] != '#' || checked[1] == '/') return false;
  while (!written.empty() && static_cast<unsigned char>(written.front()) <= 0x20) written.remove_prefix(1);
  if (written.empty() || written.front() != '#') return false;
  fragment = written.substr(1);
  return true;
}

unsigned flags_of(Element e) { return kElements[static_cast<size_t>(e)].flags; }
std::string_view name_of(Element e) { return kElements[static_cast<size_t>(e)].name; }

bool find_element(std::string_view name, Element& found) {
  for (size_t i = 0; i < kElementCount; ++i) {
    if (same_html_name(name, kElements[i].name)) {
      found = static_cast<Element>(i);
      return true;
    }
  }
  return false;
}

// Index into kAttributes of the rule for this attribute on element e, or -1.
int find_attribute_rule(Element e, std::string_view name) {
  for (size_t i = 0; i < kAttributeCount; ++i) {
    const AttributeRule& rule = kAttributes[i];
    if ((rule.element == e || rule.element == Element::any) && same_html_name(name, rule.name)) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

// A keyword attribute value as a browser compares it: decoded, trimmed, any case.
bool value_is(std::string_view value, std::string_view lowercase_keyword) {
  const std::string decoded = decode_character_references(value);
  std::string_view keyword = decoded;
  constexpr std::string_view kSpace = " \t\n\f\r";
  keyword.remove_prefix(std::min(keyword.size(), keyword.find_first_not_of(kSpace)));
  keyword = keyword.substr(0, keyword.find_last_not_of(kSpace) + 1);
  return same_html_name(keyword, lowercase_keyword);
}

// The whitespace-separated tokens of an attribute value, as written.
std::vector<std::string_view> split_tokens(std::string_view value) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && is_html_space(value[i])) ++i;
    const size_t start = i;
    while (i < value.size() && !is_html_space(value[i])) ++i;
    if (i > start) tokens.push_back(value.substr(start, i - start));
  }
  return tokens;
}

class Sanitizer {
 public:
  Sanitizer(const SanitizePolicy& policy, std::string& out) : policy_(policy), out_(out) { top_of_.fill(-1); }

  void run(std::string_view html) {
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    while (tokenizer.next(token)) {
      switch (token.kind) {
        case HtmlTokenKind::text:
          if (skip_depth_ == 0) append_keeping_references(out_, token.text, EscapeContext::text);
          break;
        case HtmlTokenKind::raw_text: break;  // script, style, iframe content...: never rendered
        case HtmlTokenKind::start_tag: start_tag(token); break;
        case HtmlTokenKind::end_tag: end_tag(token.text); break;
      }
    }
    close_down_to(0);
  }

 private:
  struct OpenElement {
    Element element;
    int previous_same;    // index of the next open element of the same kind below, or -1
    int nearest_special;  // index of the nearest kSpecial element at or below, or -1
    int nearest_scope;    // index of the nearest kScope element at or below, or -1
  };

  void start_tag(const HtmlToken& token) {
    if (skip_depth_ > 0) {
      if (same_html_name(token.text, skipped_element_) && !token.self_closing) ++skip_depth_;
      return;
    }
    Element e;
    if (!find_element(token.text, e)) {
      for (std::string_view name : kDroppedWithContent) {
        // <svg/> and <math/> are complete; <template/> opens a template.
        if (same_html_name(token.text, name) && (name == "template" || !token.self_closing)) {
          skipped_element_ = name;
          skip_depth_ = 1;
        }
      }
      return;
    }
    if ((flags_of(e) & kTrustedOnly) && !policy_.allow_trusted_embeds) return;
    if ((flags_of(e) & kControl) && !policy_.allow_toggle_buttons) return;
    if (e == Element::a && link_holds_block()) {
      ++links_dropped_;
      return;
    }
    tag_.assign(1, '<');
    tag_ += name_of(e);
    if (!append_attributes(e, token.attributes)) return;
    if (e == Element::button && tag_.find(" type=\"button\"") == std::string::npos) tag_ += " type=\"button\"";
    tag_ += '>';
    close_implied_by(e);
    out_ += tag_;
    // An iframe's content is raw text, already dropped. `<video ... />` is
    // closed where it stands, as in the page Jekyll serves: al-folio's
    // plugins pass each page through Nokogiri (libxml2), which reads "/>" as
    // the element's end, where a browser would open it and hide what follows.
    if (e == Element::iframe || (token.self_closing && !(flags_of(e) & kVoid))) {
      out_ += "</";
      out_ += name_of(e);
      out_ += '>';
      return;
    }
    if (!(flags_of(e) & kVoid)) push(e);
  }

  // Appends the allowed attributes of a start tag to tag_. False when the
  // element itself must go: an <input> that is not a checkbox, an <iframe>
  // without an allowed src.
  bool append_attributes(Element e, const std::vector<HtmlAttribute>& attributes) {
    bool external = false;
    if (e == Element::a) {
      for (const HtmlAttribute& attribute : attributes) {
        if (same_html_name(attribute.name, "href")) {
          const std::string url = url_for_check(attribute.value);
          external = is_allowed_url(url, UrlUse::link) && is_external_link(url, policy_.site_url);
          break;
        }
      }
    }
    std::bitset<kAttributeCount> seen;  // browsers keep the first of duplicate attributes
    bool has_required = e != Element::input && e != Element::iframe;
    for (const HtmlAttribute& attribute : attributes) {
      const int rule_index = find_attribute_rule(e, attribute.name);
      if (rule_index < 0 || seen[static_cast<size_t>(rule_index)]) continue;
      seen.set(static_cast<size_t>(rule_index));
      const AttributeRule& rule = kAttributes[rule_index];
      std::string_view value = attribute.value;
      std::string_view name = rule.name;
      std::string checked_url;
      switch (rule.kind) {
        case K::text: break;
        case K::url:
          checked_url = url_for_check(value);
          if (!is_allowed_url(checked_url, rule.use)) continue;
          has_required = has_required || rule.use == UrlUse::frame;
          break;
        case K::boolean:
          tag_ += ' ';
          tag_ += rule.name;
          continue;
        case K::target:
          if (external || !value_is(value, "_blank")) continue;
          value = "_blank";
          break;
        case K::loading:
          if (value_is(value, "lazy")) value = "lazy";
          else if (value_is(value, "eager")) value = "eager";
          else continue;
          break;
        case K::text_align:
          // Written as align="x": the page's Content-Security-Policy has no
          // 'unsafe-inline' styles, so a style attribute would be blocked
          // (and reported) where the align attribute aligns the same.
          if (value_is(value, "text-align: left")) value = "left";
          else if (value_is(value, "text-align: center")) value = "center";
          else if (value_is(value, "text-align: right")) value = "right";
          else continue;
          name = "align";
          break;
        case K::button_type:
          value = "button";  // whatever was written: never submit or reset
          break;
        case K::color:
          if (!is_usable_css_color(value)) continue;
          break;
        case K::input_type:
          if (!value_is(value, "checkbox")) return false;
          value = "checkbox";
          has_required = true;
          break;
        case K::id:
        case K::id_list:
          append_ids(rule, value);
          continue;
      }
      if (external && rule.name == "rel") continue;
      tag_ += ' ';
      tag_ += name;
      tag_ += "=\"";
      std::string_view fragment;
      if (rule.kind == K::url && rule.use == UrlUse::link && content_anchor(checked_url, value, fragment)) {
        tag_ += '#';
        append_prefixed_id(tag_, fragment);
      } else {
        append_keeping_references(tag_, value, EscapeContext::attribute_value);
      }
      tag_ += '"';
    }
    if (external) tag_ += kExternalLinkAttributes;
    return has_required;
  }

  // Appends id="user-content-x" (or a list of such references) to tag_;
  // nothing when the value holds no id, or an id that a character reference
  // would split.
  void append_ids(const AttributeRule& rule, std::string_view value) {
    const std::vector<std::string_view> ids = split_tokens(value);
    if (ids.empty() || (rule.kind == K::id && ids.size() > 1)) return;
    for (std::string_view id : ids) {
      const std::string decoded = decode_character_references(id);
      if (decoded.empty() || std::any_of(decoded.begin(), decoded.end(), is_html_space)) return;
    }
    tag_ += ' ';
    tag_ += rule.name;
    tag_ += "=\"";
    for (size_t i = 0; i < ids.size(); ++i) {
      if (i > 0) tag_ += ' ';
      append_prefixed_id(tag_, ids[i]);
    }
    tag_ += '"';
  }

  // The implicit end tags that a browser would add before this start tag, so
  // the output nests the way it will be parsed: a block closes an open <p>, a
  // new <li> closes the previous one, a row closes the previous row, ...
  void close_implied_by(Element e) {
    if (flags_of(e) & kClosesP) close_if_above(top(Element::p), nearest(&OpenElement::nearest_scope));
    switch (e) {
      case Element::li:
      case Element::dd:
      case Element::dt: {
        const int special = nearest(&OpenElement::nearest_special);
        if (special < 0) break;
        const Element open = stack_[static_cast<size_t>(special)].element;
        if (open == e || (e != Element::li && (open == Element::dd || open == Element::dt))) {
          close_down_to(static_cast<size_t>(special));
        }
        break;
      }
      case Element::a: close_if_above(top(Element::a), nearest(&OpenElement::nearest_scope)); break;
      case Element::td:
      case Element::th: close_lowest_above(top(Element::table), {Element::td, Element::th}); break;
      case Element::tr: close_lowest_above(top(Element::table), {Element::tr, Element::td, Element::th}); break;
      case Element::thead:
      case Element::tbody:
      case Element::tfoot:
        close_lowest_above(top(Element::table), {Element::thead, Element::tbody, Element::tfoot, Element::tr,
                                                 Element::td, Element::th});
        break;
      default:
        if ((flags_of(e) & kHeading) && !stack_.empty() && (flags_of(stack_.back().element) & kHeading)) {
          close_down_to(stack_.size() - 1);
        }
    }
  }

  void end_tag(std::string_view name) {
    if (skip_depth_ > 0) {
      if (same_html_name(name, skipped_element_)) --skip_depth_;
      return;
    }
    Element e;
    if (!find_element(name, e) || top(e) < 0) return;  // stray end tags vanish
    if (e == Element::a && links_dropped_ > 0) {
      --links_dropped_;  // the end of a link dropped inside a link
      return;
    }
    // A table part's end tag reaches up to its table; others stop at a cell or
    // table boundary, as the end tag of a <b> opened outside a table does.
    const bool table_part = e == Element::tr || e == Element::thead || e == Element::tbody ||
                            e == Element::tfoot || e == Element::caption || e == Element::td ||
                            e == Element::th;
    const int boundary = table_part         ? top(Element::table)
                         : e == Element::table ? -1
                                               : nearest(&OpenElement::nearest_scope);
    if (top(e) >= boundary) close_down_to(static_cast<size_t>(top(e)));
  }

  // A link inside a link whose block content is still open (al-folio's
  // featured-post card: <a><div class="card">…<a href="/blog/2021">2021</a>…).
  // A browser's adoption agency keeps the card whole and moves it out of the
  // outer link; closing the outer link here would close the card's blocks
  // too and break the page's layout. The inner link is dropped instead, its
  // text kept: the card stays as the browser draws it, one link fewer.
  bool link_holds_block() const {
    const int open = top(Element::a);
    if (open < 0 || open <= nearest(&OpenElement::nearest_scope)) return false;
    for (size_t i = static_cast<size_t>(open) + 1; i < stack_.size(); ++i) {
      if (flags_of(stack_[i].element) & kClosesP) return true;
    }
    return false;
  }

  int top(Element e) const { return top_of_[static_cast<size_t>(e)]; }
  int nearest(int OpenElement::*field) const { return stack_.empty() ? -1 : stack_.back().*field; }

  void close_if_above(int index, int boundary) {
    if (index >= 0 && index > boundary) close_down_to(static_cast<size_t>(index));
  }

  void close_lowest_above(int boundary, std::initializer_list<Element> elements) {
    int lowest = -1;
    for (Element e : elements) {
      const int index = top(e);
      if (index > boundary && (lowest < 0 || index < lowest)) lowest = index;
    }
    close_if_above(lowest, boundary);
  }

  void push(Element e) {
    const int index = static_cast<int>(stack_.size());
    const unsigned flags = flags_of(e);
    stack_.push_back({e, top(e), (flags & kSpecial) ? index : nearest(&OpenElement::nearest_special),
                      (flags & kScope) ? index : nearest(&OpenElement::nearest_scope)});
    top_of_[static_cast<size_t>(e)] = index;
  }

  // Emits end tags until only `depth` elements are open.
  void close_down_to(size_t depth) {
    while (stack_.size() > depth) {
      const OpenElement& open = stack_.back();
      out_ += "</";
      out_ += name_of(open.element);
      out_ += '>';
      top_of_[static_cast<size_t>(open.element)] = open.previous_same;
      stack_.pop_back();
    }
  }

  const SanitizePolicy& policy_;
  std::string& out_;
  std::string tag_;  // the start tag being built
  std::vector<OpenElement> stack_;
  std::array<int, kElementCount> top_of_;  // index of the topmost open element of each kind, or -1
  std::string_view skipped_element_;        // svg, math or template while skip_depth_ > 0
  int links_dropped_ = 0;                   // <a> start tags dropped by link_holds_block, not yet ended
  int skip_depth_ = 0;
};

}  // namespace

std::string sanitize_html(std::string_view html, const SanitizePolicy& policy) {
  try {
    std::string valid;
    if (!is_valid_utf8(html)) {
      valid = to_valid_utf8(html);
      html = valid;
    }
    std::string out;
    out.reserve(html.size() + html.size() / 8 + 16);
    Sanitizer(policy, out).run(html);
    return out;
  } catch (const std::bad_alloc&) {
    return {};  // out of memory: nothing is safer than something half-checked
  }
}

}  // namespace folio
