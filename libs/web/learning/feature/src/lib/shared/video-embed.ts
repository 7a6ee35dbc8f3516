/**
 * The address to put in the player's iframe for a lesson's video. The server only accepts
 * videos on the hosts the academy allows; here the usual "watch" links of those hosts become
 * their embeddable player (YouTube's without cookies), an embed link is used as given, and
 * anything that is not https gets no iframe at all (the page still links to the video).
 */
export function videoEmbedUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname;

  if (host === 'youtu.be') return youtube(path.slice(1));
  if (host === 'youtube.com' || host === 'www.youtube.com' || host === 'm.youtube.com') {
    if (path === '/watch') return youtube(parsed.searchParams.get('v') ?? '');
    const match = /^\/(?:embed|shorts|live)\/([^/]+)/.exec(path);
    return match ? youtube(match[1]) : null;
  }
  if (host === 'vimeo.com' || host === 'www.vimeo.com') {
    const match = /^\/(\d+)(?:\/([0-9a-f]+))?\/?$/i.exec(path);
    if (!match) return null;
    const hash = match[2] ? `?h=${match[2]}` : '';
    return `https://player.vimeo.com/video/${match[1]}${hash}`;
  }
  return parsed.toString();
}

const YOUTUBE_ID = /^[\w-]{6,20}$/;

function youtube(id: string): string | null {
  return YOUTUBE_ID.test(id) ? `https://www.youtube-nocookie.com/embed/${id}` : null;
}

/** The site a video is on, to name the link that opens it there. */
export function videoHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
