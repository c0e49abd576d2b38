// al-folio's external posts, fetched where Node runs (a lab's CI, or before a
// push) into _external_posts.json: a visitor's browser cannot read other
// sites (no CORS), and Jekyll's plugin read them while it built. The core
// (wasm/plugins/external_posts.cpp) makes each record a post as the plugin
// does; the sources come from the core too (FolioSite.routes().external_sources).
import { parseFeed } from './external-feed.mjs';
import { parsePage } from './external-page.mjs';

export const EXTERNAL_POSTS_FILE = '_external_posts.json';

const USER_AGENT = 'folio-external-posts (al-folio external_sources)';

async function download(url, { fetch, timeoutMs }) {
  const response = await fetch(url, {
    headers: { 'user-agent': USER_AGENT, accept: 'application/rss+xml, application/atom+xml, text/html, */*' },
    redirect: 'follow',
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

const reason = (error) => (error.name === 'TimeoutError' ? 'no answer in time' : error.cause?.message ?? error.message);

// A feed's entries as records; entries without a link or a date are reported, not kept.
async function fetchFeed(source, options, problems) {
  const entries = parseFeed(await download(source.rss_url, options));
  if (!entries) throw new Error('the answer is neither an RSS nor an Atom feed');
  const records = [];
  for (const entry of entries) {
    const missing = [!entry.url && 'link', !entry.published && 'date'].filter(Boolean).join(' and no ');
    if (missing) {
      problems.push({ source: source.name, message: `the feed's entry '${entry.title}' has no ${missing}; it is left out` });
      continue;
    }
    records.push({ source: source.name, ...entry });
  }
  return records;
}

// Posts listed by URL: each page on its own, so one that fails keeps its last fetch.
async function fetchPages(source, options, kept, problems) {
  const records = [];
  for (const post of source.posts ?? []) {
    try {
      const page = parsePage(await download(post.url, options));
      records.push({ source: source.name, url: post.url, ...page, published: post.published_date });
    } catch (error) {
      const last = kept.find((record) => record.url === post.url);
      problems.push({ source: source.name, message: `could not fetch ${post.url}: ${reason(error)}; ${last ? 'kept its last fetch' : 'it is left out'}` });
      if (last) records.push(last);
    }
  }
  return records;
}

// Every source's posts, newest fetch first; a source that cannot be read keeps
// what `previous` (the file as it was) held for it. problems: what went wrong, by source.
export async function fetchExternalPosts(sources, { previous = null, fetch = globalThis.fetch, now = new Date(), timeoutMs = 20000 } = {}) {
  const options = { fetch, timeoutMs };
  const previousPosts = Array.isArray(previous?.posts) ? previous.posts : [];
  const problems = [];
  const file = { fetched_at: now.toISOString().replace(/\.\d{3}Z$/, 'Z'), sources: [], posts: [] };
  for (const source of sources) {
    const kept = previousPosts.filter((record) => record?.source === source.name);
    if (source.rss_url) {
      try {
        file.posts.push(...(await fetchFeed(source, options, problems)));
        file.sources.push(source.name);
      } catch (error) {
        problems.push({ source: source.name, message: `could not read the feed ${source.rss_url}: ${reason(error)}; kept its ${kept.length} post(s) from the last fetch` });
        file.posts.push(...kept);
        if (kept.length || previous?.sources?.includes(source.name)) file.sources.push(source.name);
      }
    } else {
      const records = await fetchPages(source, options, kept, problems);
      file.posts.push(...records);
      if (records.length || !source.posts?.length) file.sources.push(source.name);
    }
  }
  return { file, problems };
}
