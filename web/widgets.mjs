// Custom elements that show a lab's folio content inside another site:
//
//   <script type="module" src="https://lab.example.org/web/widgets.mjs"></script>
//   <folio-news src="https://lab.example.org/content/" limit="3">
//     <a href="https://lab.example.org/#/news/">The lab's news</a>
//   </folio-news>
//   <folio-papers src="https://lab.example.org/content/" selected></folio-papers>
//   <folio-about src="https://lab.example.org/content/" theme="auto"></folio-about>
//   <folio-page src="https://lab.example.org/" path="/projects/"></folio-page>
//
// What they share (shadow root, the host's look, fallback children, one core
// per page) is FolioWidget's; each element here only names its view.
import { FolioWidget, defineWidgets, numberAttribute } from './folio-widget.mjs';

class FolioNews extends FolioWidget {
  viewRequest() {
    return { view: 'news', limit: numberAttribute(this, 'limit') };
  }
}

class FolioPapers extends FolioWidget {
  viewRequest() {
    return {
      view: 'publications',
      selectedOnly: this.hasAttribute('selected'),
      year: numberAttribute(this, 'year'),
      limit: numberAttribute(this, 'limit'),
    };
  }
}

// Any route: the about page by default, or the one its view attribute names.
class FolioAbout extends FolioWidget {}

// Any page of the site by its Jekyll URL ("/projects/", "/blog/2015/math/"),
// drawn through the site's layouts as the shell draws it.
class FolioPage extends FolioWidget {
  viewRequest() {
    return { view: (this.getAttribute('path') || '/').replace(/^\/+/, '') || 'about' };
  }
}

defineWidgets([['folio-news', FolioNews], ['folio-papers', FolioPapers], ['folio-about', FolioAbout], ['folio-page', FolioPage]]);
