/* The pane's first script, in ES5 on purpose: it must run in every webview Office may use, including
 * Trident (Internet Explorer 11), where the ES2017 bundle cannot even be parsed.
 *
 * 1. Trident: Office 2016/2019 volume-licensed (and retail without Edge) host add-ins in IE11
 *    (https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins).
 *    Microsoft recommends a graceful message there, found from navigator.userAgent
 *    (https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11). The message says, in
 *    Vietnamese, what to do instead: open this page in a modern browser (demo mode reads the .xlsx there).
 * 2. Anywhere else: loads office.js without blocking the page. A <script src> in <head> stops the page
 *    from rendering until the network answers, so an offline PC would show a blank pane for minutes;
 *    loaded from here, the bundle runs at once and says what it is waiting for. If office.js is blocked,
 *    Office.onReady never resolves (https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in),
 *    so its load or failure is recorded for the bundle. Script Lab loads office.js the same way
 *    (https://github.com/OfficeDev/script-lab/issues/390).
 * The address of office.js is the data-office-js attribute of this script's tag (the build may point it
 * at the agency's own copy: --env officeJsUrl=…).
 */
(function () {
  "use strict";
  var boot = { legacy: false, officeJs: "loading", listeners: [] };
  window.bdgBoot = boot;

  function settle(state) {
    boot.officeJs = state;
    var list = boot.listeners;
    boot.listeners = [];
    for (var i = 0; i < list.length; i++) list[i](state);
  }

  /** Calls back once office.js has loaded or failed (at once if it already has). */
  boot.whenOfficeJs = function (callback) {
    if (boot.officeJs === "loading") boot.listeners.push(callback);
    else callback(boot.officeJs);
  };

  var ua = window.navigator.userAgent;
  boot.legacy = ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1;

  function pageAddress() {
    var l = window.location;
    return l.protocol + "//" + l.host + l.pathname;
  }

  function el(tag, text) {
    var e = document.createElement(tag);
    if (text) e.appendChild(document.createTextNode(text));
    return e;
  }

  function showLegacyMessage() {
    var box = document.getElementById("container") || document.body;
    if (!box || box.getAttribute("data-legacy") === "shown") return;
    box.setAttribute("data-legacy", "shown");
    while (box.firstChild) box.removeChild(box.firstChild);
    var wrap = el("div");
    wrap.setAttribute("role", "alert");
    wrap.setAttribute("lang", "vi");
    wrap.style.padding = "12px";
    wrap.style.fontSize = "14px";
    wrap.appendChild(el("h2", "Phiên bản Excel này chưa chạy được phần bổ trợ"));
    wrap.appendChild(
      el(
        "p",
        "Excel trên máy này mở phần bổ trợ bằng Internet Explorer 11, trình duyệt cũ mà phần bổ trợ không dùng được. " +
          "Dữ liệu của bạn không bị thay đổi."
      )
    );
    wrap.appendChild(el("p", "Cách làm thay:"));
    var steps = el("ol");
    steps.appendChild(el("li", "Lưu sổ tính danh sách cán bộ thành tệp .xlsx."));
    var open = el("li", "Mở trang sau bằng Microsoft Edge hoặc Google Chrome: ");
    var address = el("strong", pageAddress());
    address.style.wordBreak = "break-all";
    open.appendChild(address);
    steps.appendChild(open);
    steps.appendChild(
      el("li", "Bấm “Chọn tệp .xlsx”: trang tính các chỉ tiêu ngay trên máy (tệp không rời khỏi máy) và cho tải về bản có sheet báo cáo.")
    );
    wrap.appendChild(steps);
    wrap.appendChild(
      el(
        "p",
        "Muốn dùng ngay trong Excel: nhờ bộ phận CNTT cài Microsoft Edge WebView2 (Office 2016/2019 bản bán lẻ) " +
          "hoặc nâng cấp lên Office 2021, Office 2024 hay Microsoft 365."
      )
    );
    var en = el(
      "p",
      "English: this Excel opens add-ins in Internet Explorer 11, which this add-in cannot run in. Open the address above " +
        "in Microsoft Edge or Chrome and choose the roster .xlsx, or ask IT to install WebView2 or a newer Office."
    );
    en.setAttribute("lang", "en");
    en.style.color = "#555";
    wrap.appendChild(en);
    box.appendChild(wrap);
  }

  if (boot.legacy) {
    boot.officeJs = "skipped";
    // In <head> the body is not parsed yet: wait for it (but not for images or office.js).
    if (document.getElementById("container")) showLegacyMessage();
    else document.addEventListener("DOMContentLoaded", showLegacyMessage);
    return;
  }

  var scripts = document.getElementsByTagName("script");
  var me = document.getElementById("bdg-boot") || scripts[scripts.length - 1];
  var src = me ? me.getAttribute("data-office-js") : null;
  if (!src) {
    settle("failed");
    return;
  }
  var s = document.createElement("script");
  s.src = src;
  s.onload = function () {
    settle("loaded");
  };
  s.onerror = function () {
    settle("failed");
  };
  (document.head || document.getElementsByTagName("head")[0]).appendChild(s);
})();
