// AdminPortal: the little the portal needs from the browser.
window.adminPortal = {
    /** The viewer's IANA time zone, e.g. "Europe/Paris". */
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",

    /** The remembered theme choice ("light", "dark") or null to follow the system (also where storage is blocked, e.g. an embedded widget). */
    themeChoice: () => {
        try { return localStorage.getItem("adminportal-theme"); } catch { return null; }
    },
    rememberThemeChoice: (choice) => {
        try {
            if (choice) localStorage.setItem("adminportal-theme", choice); else localStorage.removeItem("adminportal-theme");
        } catch { /* storage blocked: the choice holds for this page only */ }
    },

    /** Saves a file the server streamed (CSV exports). */
    download: async (fileName, contentType, stream) => {
        const blob = new Blob([await stream.arrayBuffer()], { type: contentType });
        const url = URL.createObjectURL(blob);
        const link = document.createElement("a");
        link.href = url;
        link.download = fileName;
        document.body.appendChild(link);
        link.click();
        link.remove();
        URL.revokeObjectURL(url);
    },
};

// Trees (role="tree"): arrow keys move between visible items, Right/Left open and close, Home/End, Enter/Space select.
// One focusable item per tree (roving tabindex), as WAI-ARIA's tree pattern asks.
(() => {
    const visibleItems = (tree) => [...tree.querySelectorAll("[role=treeitem]")].filter(item => item.offsetParent !== null);
    const focusItem = (tree, item) => {
        if (!item) return;
        tree.querySelectorAll("[role=treeitem][tabindex='0']").forEach(other => other.setAttribute("tabindex", "-1"));
        item.setAttribute("tabindex", "0");
        item.focus();
    };

    document.addEventListener("focusin", (event) => {
        const item = event.target.closest?.("[role=treeitem]");
        const tree = item?.closest("[role=tree]");
        if (item && tree && event.target === item) {
            tree.querySelectorAll("[role=treeitem][tabindex='0']").forEach(other => other !== item && other.setAttribute("tabindex", "-1"));
            item.setAttribute("tabindex", "0");
        }
    });

    document.addEventListener("keydown", (event) => {
        const item = event.target.closest?.("[role=treeitem]");
        if (!item || event.target !== item || event.altKey || event.ctrlKey || event.metaKey) return;
        const tree = item.closest("[role=tree]");
        const items = visibleItems(tree);
        const index = items.indexOf(item);
        const toggle = item.querySelector(":scope > .tree-row .tree-toggle");
        const expanded = item.getAttribute("aria-expanded");
        switch (event.key) {
            case "ArrowDown": focusItem(tree, items[index + 1]); break;
            case "ArrowUp": focusItem(tree, items[index - 1]); break;
            case "Home": focusItem(tree, items[0]); break;
            case "End": focusItem(tree, items[items.length - 1]); break;
            case "ArrowRight":
                if (expanded === "false") toggle?.click();
                else if (expanded === "true") focusItem(tree, item.querySelector("[role=group] [role=treeitem]"));
                break;
            case "ArrowLeft":
                if (expanded === "true") toggle?.click();
                else focusItem(tree, item.parentElement?.closest("[role=treeitem]"));
                break;
            case "Enter":
            case " ":
                item.querySelector(":scope > .tree-row .tree-label")?.click();
                break;
            default: return;
        }
        event.preventDefault();
    });
})();
