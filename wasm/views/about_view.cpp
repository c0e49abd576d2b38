#include "views/about_view.h"

#include "core/html_escape.h"
#include "core/emoji.h"
#include "views/news_view.h"
#include "views/publications_view.h"

namespace folio {
namespace {

// al-folio shows the first name in bold when the title is "blank".
void append_site_title(std::string& out, const SiteConfig& config, const RenderContext& context) {
  out += "<h1 class=\"post-title\">";
  if (config.title == "blank" || config.title.empty()) {
    out += "<span class=\"font-weight-bold\">";
    append_escaped(out, config.first_name);
    out += "</span>";
    for (const std::string* part : {&config.middle_name, &config.last_name}) {
      if (part->empty()) continue;
      out += ' ';
      append_escaped(out, *part);
    }
  } else {
    out += context.safe_html(config.title);
  }
  out += "</h1>";
}

void append_header(std::string& out, const AboutPage& page, const RenderContext& context) {
  out += "<header class=\"post-header\">";
  append_site_title(out, context.site().config, context);
  if (!page.subtitle_html.empty()) {
    out += "<p class=\"desc\">" + context.safe_html(page.subtitle_html) + "</p>";
  }
  out += "</header>";
}

void append_profile(std::string& out, const Profile& profile, const RenderContext& context) {
  out += "<div class=\"profile float-";
  out += profile.align == "left" ? "left" : "right";
  out += "\">";
  // al-folio always prefixes assets/img/; an absolute URL is kept as written.
  const std::string image =
      profile.image.empty()
          ? std::string()
          : context.asset(is_absolute_url(profile.image) ? profile.image : "assets/img/" + profile.image);
  if (!image.empty()) {
    out += "<figure><img class=\"img-fluid z-depth-0 ";
    out += profile.image_circular ? "rounded-circle" : "rounded";
    out += "\" src=\"";
    append_escaped(out, image);
    out += "\" alt=\"";
    append_escaped(out, profile.image);
    out += "\" loading=\"eager\"></figure>";
  }
  if (!profile.more_info_html.empty()) {
    out += "<div class=\"more-info\">" + context.safe_html(profile.more_info_html) + "</div>";
  }
  out += "</div>";
}

}  // namespace

RenderedView render_about(const RenderContext& context) {
  const Site& site = context.site();
  RenderedView view;
  view.title = site.config.display_name();
  view.description = site.config.description;
  if (!site.about) {
    view.found = false;
    view.html = "<div class=\"post\"><p>This site has no about page yet: add _pages/about.md.</p></div>";
    return view;
  }
  const AboutPage& page = *site.about;
  std::string& out = view.html;
  out.reserve(page.body_html.size() + 1024);
  out += "<div class=\"post\">";
  append_header(out, page, context);
  out += "<article>";
  if (page.profile) append_profile(out, *page.profile, context);
  out += "<div class=\"clearfix\">" + emojify_html(context.safe_html(page.body_html)) + "</div>";
  append_about_news(out, context);
  append_about_selected_papers(out, context);
  out += "</article></div>";
  return view;
}

}  // namespace folio
