// Nothing typed is lost by leaving a page (issue 17, finding 4), without inline script (CSP script-src 'self').
// A <form data-jaga> becomes "changed" when one of its fields (also fields outside it with form="…") is typed in. While it
// is changed, leaving the page — a link, the back button, closing the tab, or submitting ANOTHER form such as an evidence
// upload — asks first (the browser's own "leave this page?" dialog). Submitting the changed form itself does not ask: its
// values go with it.
(function () {
  'use strict';
  var berubah = new Set();
  var dikirim = null;

  function formDari(el) {
    return el && el.form && el.form.hasAttribute('data-jaga') ? el.form : null;
  }

  function tandai(e) {
    var f = formDari(e.target);
    if (f) berubah.add(f);
  }

  document.addEventListener('input', tandai, true);
  document.addEventListener('change', function (e) {
    if (e.target && e.target.type === 'file') return; // choosing a file is not typing in the guarded form
    tandai(e);
  }, true);

  document.addEventListener('submit', function (e) {
    dikirim = e.target;
    if (berubah.has(e.target)) berubah.delete(e.target);
    // a submission that did not leave (refused in the browser) makes the form guarded again after a moment
    setTimeout(function () { dikirim = null; }, 1000);
  }, true);

  window.addEventListener('beforeunload', function (e) {
    if (berubah.size === 0) return;
    e.preventDefault();
    e.returnValue = ''; // older browsers need a value to show their own message
  });
})();
