// Progress indication without inline script (CSP script-src 'self').
// - <form data-progres="Sedang memeriksa berkas…">: on submit the submit buttons are disabled, the pressed one shows a
//   spinner, and the text is announced in a polite live region until the next page arrives.
// - <a data-unduh="Sedang menyusun laporan…">: the file is fetched in the background with a visible, announced status;
//   when it arrives the browser saves it under the server's file name and the link is enabled again. Without
//   JavaScript (or on any fetch failure) the link is an ordinary download link.
(function () {
  'use strict';

  function wadahStatus(dekat, id) {
    var el = id ? document.getElementById(id) : null;
    if (!el) {
      el = document.createElement('div');
      el.className = 'progres-status small mt-2';
      el.setAttribute('role', 'status');
      el.setAttribute('aria-live', 'polite');
      if (id) el.id = id;
      dekat.insertAdjacentElement('afterend', el);
    }
    return el;
  }

  function tampilkan(el, teks, sibuk) {
    el.textContent = '';
    if (sibuk) {
      var putar = document.createElement('span');
      putar.className = 'spinner-border spinner-border-sm me-2';
      putar.setAttribute('aria-hidden', 'true');
      el.appendChild(putar);
    }
    el.appendChild(document.createTextNode(teks));
  }

  // ---- forms ----
  var terkirim = [];

  function tombolForm(form) {
    var daftar = Array.prototype.slice.call(form.querySelectorAll('button[type=submit], button:not([type]), input[type=submit]'));
    if (form.id) {
      daftar = daftar.concat(Array.prototype.slice.call(document.querySelectorAll('[form="' + form.id + '"][type=submit]')));
    }
    return daftar;
  }

  // The live region exists before anything is announced in it (screen readers ignore regions created with their text).
  function statusForm(form) {
    if (!form._progres) {
      var tombol = tombolForm(form);
      var dekat = tombol.length ? tombol[tombol.length - 1] : form;
      if (!form.contains(dekat) && dekat.parentElement) dekat = dekat.parentElement;
      form._progres = wadahStatus(dekat, null);
    }
    return form._progres;
  }
  document.querySelectorAll('form[data-progres]').forEach(statusForm);

  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-progres') || e.defaultPrevented) return;
    if (form.dataset.progresSibuk === '1') { e.preventDefault(); return; } // a second click would send it twice
    form.dataset.progresSibuk = '1';
    form.setAttribute('aria-busy', 'true');
    var status = statusForm(form);
    tampilkan(status, form.getAttribute('data-progres') || 'Sedang memproses…', true);
    // disabled after the browser has taken the form data, so the pressed button's name/value (e.g. aksi=kirim) is still sent
    window.setTimeout(function () {
      tombolForm(form).forEach(function (b) { b.disabled = true; });
    }, 0);
    terkirim.push({ form: form, status: status });
  });

  // back/forward cache: a page shown again must not stay busy
  window.addEventListener('pageshow', function () {
    terkirim.forEach(function (t) {
      delete t.form.dataset.progresSibuk;
      t.form.removeAttribute('aria-busy');
      tombolForm(t.form).forEach(function (b) { b.disabled = false; });
      tampilkan(t.status, '', false);
    });
    terkirim = [];
  });

  // ---- downloads ----
  function namaBerkas(header, cadangan) {
    if (!header) return cadangan;
    var utf = /filename\*=UTF-8''([^;]+)/i.exec(header);
    if (utf) { try { return decodeURIComponent(utf[1].replace(/"/g, '')); } catch (_) { /* fall through */ } }
    var biasa = /filename="?([^";]+)"?/i.exec(header);
    return biasa ? biasa[1] : cadangan;
  }

  document.addEventListener('click', function (e) {
    var a = e.target instanceof Element ? e.target.closest('a[data-unduh]') : null;
    if (!a || !window.fetch || !window.URL || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    if (a.getAttribute('aria-disabled') === 'true') return;
    var status = wadahStatus(a.parentElement || a, a.getAttribute('data-unduh-status'));
    a.setAttribute('aria-disabled', 'true');
    a.classList.add('disabled');
    status.classList.remove('text-danger');
    tampilkan(status, a.getAttribute('data-unduh') || 'Sedang menyiapkan berkas…', true);
    fetch(a.href, { credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) throw { pesan: r.status === 403 ? 'Anda tidak berhak mengunduh berkas ini.' : r.status === 404 ? 'Data laporan tidak ditemukan.' : 'Berkas gagal disusun (kode ' + r.status + '). Coba lagi.' };
        var nama = namaBerkas(r.headers.get('Content-Disposition'), 'unduhan');
        return r.blob().then(function (b) { return { blob: b, nama: nama }; });
      })
      .then(function (hasil) {
        var url = URL.createObjectURL(hasil.blob);
        var simpan = document.createElement('a');
        simpan.href = url;
        simpan.download = hasil.nama;
        simpan.hidden = true;
        document.body.appendChild(simpan);
        simpan.click();
        simpan.remove();
        window.setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
        tampilkan(status, 'Selesai: ' + hasil.nama + ' diunduh.', false);
      })
      .catch(function (err) {
        tampilkan(status, err && err.pesan ? err.pesan : 'Berkas gagal diunduh: periksa sambungan lalu coba lagi.', false);
        status.classList.add('text-danger');
      })
      .then(function () {
        a.removeAttribute('aria-disabled');
        a.classList.remove('disabled');
      });
  });
})();
