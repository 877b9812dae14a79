// Live feedback on the realisation entry form: n/T percentage, capaian against target, warning when n > T.
(function () {
  'use strict';

  // Reads a number typed the Indonesian way ("80,43", "2.555", "73%"); NaN when it is not a number.
  function bacaAngka(teks) {
    if (teks == null) return NaN;
    var s = String(teks).replace(/[\s\u00a0%]/g, '');
    if (s === '') return NaN;
    if (s.indexOf(',') >= 0) {
      s = s.replace(/\./g, '').replace(',', '.');
    } else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) {
      s = s.replace(/\./g, '');
    }
    return /^-?\d+(\.\d+)?$/.test(s) ? parseFloat(s) : NaN;
  }

  function format(v, desimal) {
    return v.toLocaleString('id-ID', { minimumFractionDigits: 0, maximumFractionDigits: desimal });
  }

  function perbarui(kartu) {
    var n = bacaAngka(kartu.querySelector('.js-n') && kartu.querySelector('.js-n').value);
    var t = bacaAngka(kartu.querySelector('.js-t') && kartu.querySelector('.js-t').value);
    var nilai = bacaAngka(kartu.querySelector('.js-nilai') && kartu.querySelector('.js-nilai').value);
    var target = parseFloat(kartu.dataset.target);
    var desimal = parseInt(kartu.dataset.desimal || '2', 10);
    var persenEl = kartu.querySelector('.js-persen');
    var capaianEl = kartu.querySelector('.js-capaian');
    var peringatan = kartu.querySelector('.js-peringatan');

    var realisasi = NaN;
    if (kartu.dataset.rasio === '1' && !isNaN(n) && !isNaN(t) && t > 0) realisasi = n / t * 100;
    else if (!isNaN(nilai)) realisasi = nilai;
    if (persenEl) persenEl.textContent = (!isNaN(n) && !isNaN(t) && t > 0) ? format(n / t * 100, 2) + '%' : (t === 0 ? 'tidak dapat dihitung (T = 0)' : '–');
    if (peringatan) peringatan.hidden = !(!isNaN(n) && !isNaN(t) && n > t);

    var capaian = NaN;
    if (!isNaN(realisasi) && !isNaN(target) && target > 0) {
      capaian = kartu.dataset.polaritas === '1' ? Math.max(0, (2 * target - realisasi) / target * 100) : realisasi / target * 100;
    }
    if (capaianEl) {
      capaianEl.textContent = isNaN(capaian) ? '–' : format(capaian, 2) + '%' + (kartu.dataset.rasio === '1' || kartu.dataset.persen === '1' ? '' : ' (nilai ' + format(realisasi, desimal) + ')');
      capaianEl.className = 'js-capaian ' + (isNaN(capaian) ? '' : capaian >= 100 ? 'text-success' : 'text-danger');
    }
    kartu.querySelectorAll('input[inputmode]').forEach(function (el) {
      var kosong = el.value.trim() === '';
      var v = bacaAngka(el.value);
      el.classList.toggle('border-danger', !kosong && (isNaN(v) || v < 0));
    });
  }

  document.querySelectorAll('.realisasi-ik').forEach(function (kartu) {
    kartu.addEventListener('input', function () { perbarui(kartu); });
    perbarui(kartu);
  });
})();
