using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;
using RA = Sakip.Domain.Entities.RencanaAksi;

namespace Sakip.Application.RencanaAksiKinerja;

/// <summary>
/// The plan by Excel (issue 20 item 1): a satker-year's whole plan in one sheet, one row per action; validate the whole workbook →
/// preview per indicator (added / changed / removed, old → new) → token → save all or nothing through the form's write path
/// (<see cref="PeriksaIsian"/>, <see cref="TerapkanRencanaAsync"/>). An indicator present in the file is replaced by its rows
/// (a stored action whose row is gone or emptied is removed); an indicator absent from the file is left as it is.
/// </summary>
internal sealed partial class RencanaAksiService
{
    private const string PesanBerubah = "Rencana aksi satuan kerja ini diubah sejak pratinjau dibuat; tidak ada yang disimpan. Unggah kembali berkasnya.";

    public async Task<Hasil<BerkasUnduhan>> TemplatRencanaAsync(int satkerId, int tahun, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId)) return Hasil<BerkasUnduhan>.Dari(Hasil.Larang("Anda hanya dapat menyusun rencana aksi satuan kerja Anda sendiri."));
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null) return Hasil<BerkasUnduhan>.Dari(Hasil.TakAda("Satuan kerja tidak ditemukan."));
        if (tahun < Tanggal.TahunTerkecil || tahun > Tanggal.TahunTerbesar) return Hasil<BerkasUnduhan>.Dari(Hasil.TakAda("Tahun tidak dikenal."));
        var indikator = await MuatAsync(db, satkerId, tahun, HariIni, null, ct);
        if (indikator.Count == 0) return Hasil<BerkasUnduhan>.Dari(Hasil.TakAda($"{satker.NamaSingkat} belum memiliki Perjanjian Kinerja tahun {tahun}."));
        var isi = bukuKerja.BuatRencana(new DataTemplatRencanaAksi(satker.Kode, satker.NamaSingkat, tahun, indikator));
        return Hasil<BerkasUnduhan>.Sukses(new BerkasUnduhan($"rencana-aksi-{satker.Kode}-{tahun}.xlsx", isi));
    }

    public async Task<Hasil<PratinjauRencanaAksi>> PratinjauRencanaAsync(int satkerId, int tahun, Stream? berkas, long ukuran, string namaBerkas, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId))
        {
            logger.LogWarning("Refused action-plan upload for satker {Satker} {Tahun}", satkerId, tahun);
            return Hasil<PratinjauRencanaAksi>.Dari(Hasil.Larang("Anda hanya dapat menyusun rencana aksi satuan kerja Anda sendiri."));
        }
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null) return Hasil<PratinjauRencanaAksi>.Dari(Hasil.TakAda("Satuan kerja tidak ditemukan."));
        if (tahun < Tanggal.TahunTerkecil || tahun > Tanggal.TahunTerbesar) return Hasil<PratinjauRencanaAksi>.Dari(Hasil.TakAda("Tahun tidak dikenal."));
        namaBerkas = Path.GetFileName(namaBerkas);
        var tolak = berkas is null || ukuran == 0 ? "Pilih berkas Excel (.xlsx) yang akan diunggah." : BatasUnggahan.TolakBerkas(ukuran, namaBerkas);
        if (tolak is not null)
            return DitolakRencana(new PratinjauRencanaAksi(null, namaBerkas, satkerId, satker.NamaSingkat, tahun, [], [new MasalahUnggah(null, null, null, tolak)]));
        using var salinan = new MemoryStream();
        await berkas!.CopyToAsync(salinan, ct);
        var ada = await db.RencanaAksi.AsNoTracking().Include(r => r.Target).Include(r => r.Laporan).Where(r => r.SatkerId == satkerId && r.Tahun == tahun).ToListAsync(ct);
        var (pratinjau, _) = await PeriksaRencanaAsync(salinan, namaBerkas, satker, tahun, ada, ct);
        if (pratinjau.Masalah.Count > 0) return DitolakRencana(pratinjau);
        var token = await tertunda.SimpanAsync(TemplatRencanaAksi.Jenis, salinan.ToArray(), new CatatanUnggahanRencana(namaBerkas, satkerId, tahun, VersiRencana(ada)), ct);
        return Hasil<PratinjauRencanaAksi>.Sukses(pratinjau with { Token = token });
    }

    private static Hasil<PratinjauRencanaAksi> DitolakRencana(PratinjauRencanaAksi p, string pesan = "Berkas ditolak: tidak ada rencana aksi yang disimpan.")
        => Hasil<PratinjauRencanaAksi>.Dari(Hasil.Tolak(pesan, kesalahan: p.Masalah.Select(m => m.ToString()).ToList()), p with { Token = null });

    public async Task<Hasil<PratinjauRencanaAksi>> SimpanUnggahanRencanaAsync(Guid token, CancellationToken ct = default)
    {
        var tunggu = await tertunda.AmbilAsync<CatatanUnggahanRencana>(TemplatRencanaAksi.Jenis, token, ct);
        if (tunggu is null) return Hasil<PratinjauRencanaAksi>.Dari(Hasil.TakAda("Unggahan tidak ditemukan atau sudah kedaluwarsa; unggah kembali berkasnya."));
        var (isi, c, pemilik) = tunggu.Value;
        if (!akses.BolehUbahData(c.SatkerId)) return Hasil<PratinjauRencanaAksi>.Dari(Hasil.Larang());
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Id == c.SatkerId, ct);
        if (satker is null) return Hasil<PratinjauRencanaAksi>.Dari(Hasil.TakAda("Satuan kerja tidak ditemukan."));
        await using var tx = await VersiData.MulaiAsync(db, KunciRencana(c.SatkerId, c.Tahun), ct);
        var ada = await db.RencanaAksi.Include(r => r.Target).Include(r => r.Laporan).Where(r => r.SatkerId == c.SatkerId && r.Tahun == c.Tahun).ToListAsync(ct);
        if (!VersiData.Cocok(c.Versi, VersiRencana(ada)))
        {
            tertunda.Hapus(token);
            var kosong = new PratinjauRencanaAksi(null, c.NamaBerkas, c.SatkerId, satker.NamaSingkat, c.Tahun, [], [new MasalahUnggah(null, null, null, PesanBerubah)]);
            return Hasil<PratinjauRencanaAksi>.Dari(Hasil.Bentrok(await KonflikRencanaAsync(c.SatkerId, c.Versi, ct), PesanBerubah), kosong);
        }
        using var fs = new MemoryStream(isi);
        var (pratinjau, terapkan) = await PeriksaRencanaAsync(fs, c.NamaBerkas, satker, c.Tahun, ada, ct);
        if (pratinjau.Masalah.Count > 0)
        {
            tertunda.Hapus(token);
            return DitolakRencana(pratinjau, "Berkas tidak disimpan: data berubah sejak pratinjau dibuat. Tidak ada rencana aksi yang disimpan.");
        }
        using (sumber.Unggahan(c.NamaBerkas, isi))
        {
            foreach (var (ikId, baris) in terapkan)
            {
                var (gagal, _) = await TerapkanRencanaAsync(c.SatkerId, c.Tahun, ikId, ada.Where(a => a.IndikatorKinerjaId == ikId).ToList(), baris, ct);
                if (gagal is null) continue;
                tertunda.Hapus(token);
                return Hasil<PratinjauRencanaAksi>.Dari(Hasil.Tolak("Berkas tidak disimpan: " + gagal.Pesan + " Tidak ada rencana aksi yang disimpan."),
                    pratinjau with { Masalah = [new MasalahUnggah(null, null, null, gagal.Pesan)] });
            }
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        tertunda.Hapus(token);
        logger.LogInformation("Action plan upload {File} of {User} saved for satker {Satker} {Tahun}: {N} changes in {Ik} indicators",
            c.NamaBerkas, pemilik, c.SatkerId, c.Tahun, pratinjau.JumlahPerubahan, terapkan.Count);
        return Hasil<PratinjauRencanaAksi>.Sukses(pratinjau,
            $"Unggahan {c.NamaBerkas} disimpan: {Angka.Bulat(pratinjau.JumlahPerubahan)} perubahan rencana aksi pada {Angka.Bulat(terapkan.Count)} indikator {satker.NamaSingkat} {c.Tahun}.");
    }

    private static readonly Regex KunciIsian = new(@"^Aksi\[(\d+)\](?:\.Triwulan\[(\d)\])?\.(\w+)$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Reads the whole plan workbook, matches each row to its indicator (code and name checked against the PK) and stored action
    /// (by number; blank = a new action), checks every indicator's rows with the form's rules and says where each problem is.
    /// Returns the preview and, per changed indicator, the rows to apply.
    /// </summary>
    private async Task<(PratinjauRencanaAksi Pratinjau, List<(int IndikatorId, List<(IsianAksi Isian, (string? M, decimal? V, decimal? A)[] Tw)> Baris)> Terapkan)>
        PeriksaRencanaAsync(Stream berkas, string namaBerkas, Satker satker, int tahun, List<RA> ada, CancellationToken ct)
    {
        berkas.Position = 0;
        var bacaan = bukuKerja.BacaRencana(berkas);
        var masalah = bacaan.Masalah.ToList();
        var hasilIk = new List<PerubahanRencanaIndikator>();
        var terapkan = new List<(int, List<(IsianAksi, (string?, decimal?, decimal?)[])>)>();
        (PratinjauRencanaAksi, List<(int, List<(IsianAksi, (string?, decimal?, decimal?)[])>)>) P()
            => (new PratinjauRencanaAksi(null, namaBerkas, satker.Id, satker.NamaSingkat, tahun, hasilIk, masalah), terapkan);
        if (bacaan.Meta is { } meta && (!string.Equals(meta.KodeSatker, satker.Kode, StringComparison.OrdinalIgnoreCase) || meta.Tahun != tahun))
        {
            masalah.Add(new MasalahUnggah(null, null, null,
                $"Berkas ini templat rencana aksi satker {meta.KodeSatker} tahun {meta.Tahun}, bukan {satker.Kode} tahun {tahun}. Unduh templat dari halaman rencana aksi yang dituju."));
            return P();
        }
        if (masalah.Count > 0) return P();
        if (await DikunciAsync(tahun, Periode.Tahunan, ct))
        {
            masalah.Add(new MasalahUnggah(null, null, null, $"Periode Tahunan {tahun} sudah dikunci; rencana aksi tidak dapat diubah."));
            return P();
        }
        var indikator = await MuatAsync(db, satker.Id, tahun, HariIni, null, ct, ada);
        const string L = TemplatRencanaAksi.Lembar;
        var perIk = new Dictionary<int, List<(BarisRencanaAksiExcel Baris, IsianAksi Isian)>>();
        var urutan = new List<IndikatorRencanaAksi>();
        var nomorDipakai = new HashSet<(int, int)>();
        foreach (var b in bacaan.Baris)
        {
            void Salah(string kolom, string teks) => masalah.Add(new MasalahUnggah(L, b.Baris, TemplatRencanaAksi.NamaKolom(kolom), teks));
            var kosong = b.Uraian is null && b.Triwulan.All(t => t.Milestone is null && t.Volume is null && t.Anggaran is null);
            if (b.KodeIndikator is null)
            {
                if (!kosong || b.Nomor is not null) Salah(TemplatRencanaAksi.KolomKode, "kode IK wajib diisi.");
                continue;
            }
            var ik = indikator.FirstOrDefault(i => string.Equals(i.Kode, b.KodeIndikator, StringComparison.OrdinalIgnoreCase));
            if (ik is null)
            {
                Salah(TemplatRencanaAksi.KolomKode, $"IK {b.KodeIndikator} tidak ada di Perjanjian Kinerja {satker.NamaSingkat} tahun {tahun}.");
                continue;
            }
            if (b.NamaIndikator is not null && Normal(b.NamaIndikator) != Normal(ik.Nama))
                Salah(TemplatRencanaAksi.KolomNama, $"nama indikator tidak sesuai dengan IK {ik.Kode} ({ik.Nama}); jangan ubah kolom indikator.");
            if (!perIk.TryGetValue(ik.IndikatorId, out var daftar)) { perIk[ik.IndikatorId] = daftar = []; urutan.Add(ik); }
            BarisAksi? lama = null;
            if (b.Nomor is not null)
            {
                if (!int.TryParse(b.Nomor, NumberStyles.None, CultureInfo.InvariantCulture, out var no) || (lama = ik.Aksi.FirstOrDefault(a => a.Nomor == no)) is null)
                {
                    Salah(TemplatRencanaAksi.KolomNomor, $"rencana aksi IK {ik.Kode} nomor {b.Nomor} tidak ada; kosongkan nomor untuk aksi baru.");
                    continue;
                }
                if (!nomorDipakai.Add((ik.IndikatorId, no)))
                {
                    Salah(TemplatRencanaAksi.KolomNomor, $"rencana aksi IK {ik.Kode} nomor {no} muncul lebih dari sekali.");
                    continue;
                }
            }
            daftar.Add((b, new IsianAksi
            {
                Id = lama?.Id, Uraian = b.Uraian, Hapus = lama is not null && kosong,
                Triwulan = b.Triwulan.Select(t => new IsianTargetAksi { Milestone = t.Milestone, Volume = t.Volume, Anggaran = t.Anggaran }).ToList(),
            }));
        }
        if (bacaan.Baris.Count == 0) masalah.Add(new MasalahUnggah(L, null, null, "tidak ada baris rencana aksi di berkas ini."));

        foreach (var ik in urutan)
        {
            var daftar = perIk[ik.IndikatorId];
            var (galat, baris) = PeriksaIsian(daftar.Select(d => d.Isian).ToList());
            foreach (var (kunci, teks) in galat)
            {
                var m = KunciIsian.Match(kunci);
                if (!m.Success) { masalah.Add(new MasalahUnggah(L, null, null, $"IK {ik.Kode}: {teks}")); continue; }
                var q = m.Groups[2].Success ? SemuaTriwulan[int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)] : Periode.Tahunan;
                var kolom = m.Groups[3].Value switch
                {
                    "Milestone" => TemplatRencanaAksi.KolomMilestone(q),
                    "Volume" => TemplatRencanaAksi.KolomVolume(q),
                    "Anggaran" => TemplatRencanaAksi.KolomAnggaran(q),
                    _ => TemplatRencanaAksi.KolomUraian,
                };
                masalah.Add(new MasalahUnggah(L, daftar[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)].Baris.Baris, TemplatRencanaAksi.NamaKolom(kolom), teks));
            }

            var perubahan = new List<PerubahanAksi>();
            for (var i = 0; i < baris.Count; i++)
            {
                var (isian, tw) = baris[i];
                var b = daftar.First(d => ReferenceEquals(d.Isian, isian)).Baris;
                var baru = Ringkas(isian.Uraian?.Trim() ?? "", tw);
                var lama = isian.Id is { } id ? ik.Aksi.Single(a => a.Id == id) : null;
                if (lama is null) { perubahan.Add(new PerubahanAksi(JenisPerubahanAksi.Ditambah, b.Baris, null, isian.Uraian?.Trim() ?? "", "–", $"{i + 1}. {baru}")); continue; }
                var sama = lama.Uraian == isian.Uraian?.Trim() && lama.Nomor == i + 1
                    && lama.Triwulan.Select(t => (t.Milestone, t.TargetVolume, t.Anggaran)).SequenceEqual(tw.Select(t => (t.M, t.V, t.A)));
                if (!sama)
                    perubahan.Add(new PerubahanAksi(JenisPerubahanAksi.Diubah, b.Baris, lama.Nomor, lama.Uraian,
                        $"{lama.Nomor}. {Ringkas(lama.Uraian, lama.Triwulan.Select(t => (t.Milestone, t.TargetVolume, t.Anggaran)).ToArray())}", $"{i + 1}. {baru}"));
            }
            var tetap = baris.Where(x => x.Isian.Id is not null).Select(x => x.Isian.Id!.Value).ToHashSet();
            foreach (var a in ik.Aksi.Where(a => !tetap.Contains(a.Id)))
            {
                var b = daftar.FirstOrDefault(d => d.Isian.Id == a.Id).Baris;
                if (a.Triwulan.Any(t => t.Laporan is not null))
                    masalah.Add(new MasalahUnggah(L, b?.Baris, b is null ? null : TemplatRencanaAksi.NamaKolom(TemplatRencanaAksi.KolomUraian),
                        $"rencana aksi IK {ik.Kode} nomor {a.Nomor} ({a.Uraian}) sudah dilaporkan dan tidak dapat dihapus."));
                perubahan.Add(new PerubahanAksi(JenisPerubahanAksi.Dihapus, b?.Baris, a.Nomor, a.Uraian,
                    $"{a.Nomor}. {Ringkas(a.Uraian, a.Triwulan.Select(t => (t.Milestone, t.TargetVolume, t.Anggaran)).ToArray())}", "–"));
            }
            var selisih = KonsistensiRencanaAksi.Periksa(ik.VolumePk,
                baris.Select(x => (IReadOnlyDictionary<Periode, decimal?>)SemuaTriwulan.Select((q, j) => (q, x.Tw[j].V)).ToDictionary(t => t.q, t => t.V)));
            hasilIk.Add(new PerubahanRencanaIndikator(ik.Kode, ik.Nama, baris.Count, perubahan, selisih));
            if (perubahan.Count > 0) terapkan.Add((ik.IndikatorId, baris));
        }
        return P();
    }

    private static string Normal(string s) => Regex.Replace(s.Trim(), @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).ToLowerInvariant();

    /// <summary>"Uraian — TW I: milestone, volume 10, Rp 25.000.000; TW II: …" (the preview's old and new text of an action).</summary>
    private static string Ringkas(string uraian, (string? M, decimal? V, decimal? A)[] tw)
    {
        var bagian = SemuaTriwulan.Select((q, i) => (q, t: tw[i]))
            .Where(x => x.t.M is not null || x.t.V is not null || x.t.A is not null)
            .Select(x => $"{Label.Teks(x.q)}: {string.Join(", ", new[] { x.t.M, x.t.V is { } v ? "volume " + Angka.Ringkas(v) : null, x.t.A is { } a ? Angka.Rupiah(a) : null }.Where(s => s is not null))}");
        var teks = string.Join("; ", bagian);
        return teks.Length == 0 ? uraian : $"{uraian} — {teks}";
    }

    private sealed record CatatanUnggahanRencana(string NamaBerkas, int SatkerId, int Tahun, string Versi);
}
