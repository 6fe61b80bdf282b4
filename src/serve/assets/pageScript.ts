/**
 * The console's one script, served as /assets/elsim.js. Every page works without it; it only
 * adds comfort: a chosen JCL file is shown in the Submit text box before it is sent, F (outside
 * a text field) puts the cursor in the FIND box, and buttons marked data-confirm ask first.
 */
export const pageScript = `
(function () {
  'use strict';
  var file = document.querySelector('input[type=file][data-into]');
  if (file) {
    file.addEventListener('change', function () {
      var target = document.getElementById(file.getAttribute('data-into'));
      var f = file.files && file.files[0];
      if (!target || !f) return;
      var reader = new FileReader();
      reader.onload = function () { target.value = String(reader.result); };
      reader.readAsText(f);
    });
  }
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.key !== 'f' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
    var find = document.querySelector('input[name=find]');
    if (find) { e.preventDefault(); find.focus(); find.select(); }
  });
  document.querySelectorAll('[data-confirm]').forEach(function (b) {
    b.addEventListener('click', function (e) {
      if (!window.confirm(b.getAttribute('data-confirm'))) e.preventDefault();
    });
  });
})();
`;
