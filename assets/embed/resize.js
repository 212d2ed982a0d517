/*
 * Strike Explorer resizer: fits each Strike Explorer iframe on a page to the
 * height of what it shows. Add it after the iframe code (the app's "Put this
 * on your website" gives both). Without it the iframe keeps the height in its
 * code, which fits a phone.
 *
 * It listens for the app's height messages and trusts a message only if it
 * comes from one of this page's iframes marked data-strike-explorer, and only
 * if it is a plain number within sensible bounds. It reads nothing else and
 * sends nothing anywhere.
 */
(function () {
  "use strict";
  var MIN = 200;
  var MAX = 20000;
  window.addEventListener("message", function (event) {
    var h = event.data;
    if (typeof h !== "number" || !isFinite(h) || h < MIN || h > MAX) return;
    var frames = document.querySelectorAll("iframe[data-strike-explorer]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(h) + "px";
        return;
      }
    }
  });
})();
