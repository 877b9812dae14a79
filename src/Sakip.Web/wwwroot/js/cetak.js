// Print buttons without inline script (CSP script-src 'self'): <button type="button" data-cetak> opens the print dialog.
(function () {
  'use strict';
  document.querySelectorAll('[data-cetak]').forEach(function (b) {
    b.addEventListener('click', function () { window.print(); });
  });
})();
