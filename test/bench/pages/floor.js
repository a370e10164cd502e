// The floor: one delegated handler swaps the clicked box for a youtube-nocookie frame.
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element && event.target.closest('.ph > button[data-id]');
  if (!button) return;
  const frame = document.createElement('iframe');
  frame.className = 'ph-frame';
  frame.title = button.textContent;
  frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
  frame.src = `https://www.youtube-nocookie.com/embed/${encodeURIComponent(button.dataset.id)}?autoplay=1`;
  button.parentElement.replaceWith(frame);
});
window.floorReady = true;
