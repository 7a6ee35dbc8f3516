import { videoEmbedUrl, videoHost } from './video-embed';

describe('videoEmbedUrl', () => {
  it('turns YouTube watch, short and share links into the cookie-less player', () => {
    const embed = 'https://www.youtube-nocookie.com/embed/abc123XYZ_-';
    expect(videoEmbedUrl('https://www.youtube.com/watch?v=abc123XYZ_-&t=10')).toBe(embed);
    expect(videoEmbedUrl('https://youtu.be/abc123XYZ_-')).toBe(embed);
    expect(videoEmbedUrl('https://youtube.com/embed/abc123XYZ_-')).toBe(embed);
    expect(videoEmbedUrl('https://m.youtube.com/shorts/abc123XYZ_-')).toBe(embed);
  });

  it('turns Vimeo pages into the Vimeo player, keeping an unlisted video’s hash', () => {
    expect(videoEmbedUrl('https://vimeo.com/76979871')).toBe(
      'https://player.vimeo.com/video/76979871',
    );
    expect(videoEmbedUrl('https://vimeo.com/76979871/1a2b3c')).toBe(
      'https://player.vimeo.com/video/76979871?h=1a2b3c',
    );
  });

  it('uses an embeddable address as given', () => {
    expect(videoEmbedUrl('https://www.youtube-nocookie.com/embed/abc123')).toBe(
      'https://www.youtube-nocookie.com/embed/abc123',
    );
    expect(videoEmbedUrl('https://player.vimeo.com/video/1?h=2')).toBe(
      'https://player.vimeo.com/video/1?h=2',
    );
  });

  it('embeds nothing it cannot trust or recognise', () => {
    expect(videoEmbedUrl('http://www.youtube.com/watch?v=abc123')).toBeNull();
    expect(videoEmbedUrl('javascript:alert(1)')).toBeNull();
    expect(videoEmbedUrl('not a url')).toBeNull();
    expect(videoEmbedUrl('https://www.youtube.com/watch?v=%22%3E')).toBeNull();
    expect(videoEmbedUrl('https://www.youtube.com/channel/xyz')).toBeNull();
    expect(videoEmbedUrl('https://vimeo.com/channels/staffpicks')).toBeNull();
  });

  it('names the host of a video', () => {
    expect(videoHost('https://www.youtube.com/watch?v=abc')).toBe('youtube.com');
    expect(videoHost('https://player.vimeo.com/video/1')).toBe('player.vimeo.com');
  });
});
