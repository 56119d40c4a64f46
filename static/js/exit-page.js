// "Exit this page" (after GOV.UK's component): leave for a neutral page without a history entry to come back
// to, by the button or by pressing Shift three times within a second. Without this script the button is a link.
(function () {
  "use strict";
  var link = document.querySelector("[data-exit-page-link]");
  if (!link) return;
  var target = link.getAttribute("href");
  function leave(event) {
    if (event) event.preventDefault();
    document.body.classList.add("exit-page--leaving");
    window.location.replace(target);
  }
  link.addEventListener("click", leave);
  var presses = 0;
  var timer = null;
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      presses = 0;
      return;
    }
    presses += 1;
    clearTimeout(timer);
    if (presses >= 3) {
      presses = 0;
      leave();
      return;
    }
    timer = setTimeout(function () { presses = 0; }, 1000);
  });
})();
