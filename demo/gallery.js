// The gallery's theme switch: one call to configure() re-themes every embed on the page,
// as a site's own light/dark toggle would. An embed's own theme attribute would still win.
const apply = (theme) => window.ConsentEmbed.configure({ theme });
for (const radio of document.querySelectorAll('input[name=theme]')) {
  radio.addEventListener('change', () => apply(radio.value));
}
// A reload or the back button may restore a radio other than the default: the embeds follow it.
const restored = document.querySelector('input[name=theme]:checked');
if (restored && restored.value !== 'auto') apply(restored.value);
