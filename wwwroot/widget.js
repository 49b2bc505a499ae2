/*
 * AdminPortal widget embed: <script src="https://portal.example.com/widget.js" data-target="#side-panel" async></script>
 * Inserts an iframe of the portal's /widget page (the agent signs in inside it) into the target element, or the body.
 */
(function () {
    "use strict";
    var script = document.currentScript;
    if (!script) {
        return;
    }

    var origin = new URL(script.src, window.location.href).origin;
    var place = function () {
        var target = (script.dataset.target && document.querySelector(script.dataset.target)) || document.body;
        var frame = document.createElement("iframe");
        frame.src = origin + "/widget";
        frame.title = "Agent status";
        frame.style.border = "0";
        frame.style.width = script.dataset.width || "320px";
        frame.style.height = script.dataset.height || "420px";
        frame.setAttribute("allow", "clipboard-write");
        target.appendChild(frame);
    };

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", place);
    } else {
        place();
    }
})();
