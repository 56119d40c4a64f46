// Moves focus to an error summary or a confirmation marked `autofocus`, so a screen reader
// reads it first. Browsers skip `autofocus` on such containers when the address has a
// #fragment (as after sending a form); pages work the same without this script.
document.addEventListener("DOMContentLoaded", () => {
  const target = document.querySelector("[autofocus]");
  if (target && document.activeElement !== target) {
    target.focus();
  }
});
