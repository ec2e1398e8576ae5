import { detectCoatOfArmsType } from './coat-of-arms';

describe('detectCoatOfArmsType', () => {
  it.each([
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'png'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]), 'jpeg'],
    ['a WebP', Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]), 'webp'],
    ['an SVG (it may carry scripts)', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), null],
    ['an HTML page named .png', Buffer.from('<!doctype html><script>alert(1)</script>'), null],
    ['a WAV (RIFF, not WebP)', Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WAVEfmt ')]), null],
    ['a PDF', Buffer.from('%PDF-1.7'), null],
    ['a truncated PNG signature', Buffer.from([0x89, 0x50, 0x4e]), null],
    ['nothing', Buffer.alloc(0), null],
  ])('%s → %s', (_name, buf, expected) => {
    expect(detectCoatOfArmsType(buf)).toBe(expected);
  });
});
