/*
 * 绩效表检查 — WPS 加载项 main.js (loaded by index.html after the ribbon bundle). Plain ES5 on purpose: no build step.
 * Defines the ribbon callbacks named in ribbon.xml and creates the task pane with Application.CreateTaskPane
 * (wpsjs ET template js/taskpane.js: the pane's ID is kept in Application.PluginStorage and Visible toggled).
 */
/* global window, alert */
(function () {
  "use strict";
  var PANE_KEY = "jxcheck.taskpaneId";
  var TITLE = "绩效表检查";

  function app() {
    return window.Application;
  }

  /** taskpane.html next to this page (file:// for offline packages, http(s):// for online ones). */
  function paneUrl() {
    return window.location.href.replace(/[#?].*$/, "").replace(/[^/]*$/, "") + "taskpane.html";
  }

  function findPane() {
    var a = app();
    var id = a.PluginStorage.getItem(PANE_KEY);
    if (!id) return null;
    try {
      return a.GetTaskPane(id);
    } catch (e) {
      return null;
    }
  }

  /** Shows (visible = true), hides (false) or toggles (undefined) the pane, creating it once. */
  function showPane(visible) {
    var a = app();
    var pane = findPane();
    if (!pane) {
      pane = a.CreateTaskPane(paneUrl(), TITLE);
      a.PluginStorage.setItem(PANE_KEY, pane.ID);
      pane.Visible = true;
      return pane;
    }
    pane.Visible = visible === undefined ? !pane.Visible : visible;
    return pane;
  }

  var ribbonUI = null; // kept for InvalidateControl should a button ever need refreshing

  window.OnAddinLoad = function (ui) {
    ribbonUI = ui;
    return ribbonUI !== undefined;
  };
  window.OnAddInLoad = window.OnAddinLoad; // both spellings occur (pi-for-excel)

  window.OnAction = function (control) {
    var id = control && control.Id;
    try {
      if (id === "jxTogglePane") {
        showPane();
        return true;
      }
      var ribbon = window.jxcheckRibbon;
      if (!ribbon) {
        alert("绩效表检查：加载项未能完整加载，请重新启动 WPS 表格后再试。");
        return true;
      }
      ribbon.run(id, function () {
        showPane(true);
      });
    } catch (e) {
      alert("绩效表检查：" + (e && e.message ? e.message : String(e)));
    }
    return true;
  };

  window.GetImage = function () {
    return "images/icon-32.png";
  };
})();
