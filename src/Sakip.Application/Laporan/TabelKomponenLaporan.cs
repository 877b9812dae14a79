using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Application.Laporan;

/// <summary>
/// Builds the LAKIN's component table of one indicator from one satker's realisation (<see cref="TabelKomponen"/>). The values
/// come from <see cref="KalkulatorKinerja.NilaiKomponen"/> and <see cref="KalkulatorKinerja.DariKomponen"/>: the table prints
/// the same computation that gives the indicator's figure, never a second one.
/// </summary>
internal static class TabelKomponenLaporan
{
    public static TabelKomponen? Buat(IndikatorDef ik, RealisasiData? r, string namaSatker)
    {
        if (ik.Komponen.Count == 0 || r is null || ik.Jenis is not (JenisIndikator.KompositBerbobot or JenisIndikator.IndeksSurvei)) return null;
        var survei = ik.Jenis == JenisIndikator.IndeksSurvei;
        // a survey index reported as one figure, without its unsur, has no table (as Konsistensi.PeriksaKomponen accepts it)
        if (survei && !ik.Komponen.Any(k => r.Komponen.ContainsKey(k.Id))) return null;
        var baris = new List<BarisKomponenLaporan>();
        var rumus = new List<string>();
        string Nilai(decimal v) => Angka.Desimal(v, 2);
        string Bobot(decimal b) => Angka.Ringkas(b) + "%";

        if (survei)
        {
            var nilai = ik.Komponen.Select(k => r.Komponen.TryGetValue(k.Id, out var v) ? v : (decimal?)null).ToList();
            baris.AddRange(ik.Komponen.Select((k, i) => new BarisKomponenLaporan(k.Nama, k.Kelompok, false, null, nilai[i], null)));
            if (KalkulatorKinerja.DariKomponen(ik, r) is { } indeks)
            {
                var (mutu, kinerja) = IndeksKepuasan.Mutu(indeks);
                rumus.Add($"IK {ik.Kode} = ({string.Join(" + ", nilai.Select(v => Nilai(v!.Value)))}) / {nilai.Count} = {Angka.Desimal(indeks, ik.DesimalTampilan)}; mutu pelayanan {mutu} ({kinerja}).");
            }
        }
        else
        {
            foreach (var akar in ik.Komponen.Where(k => k.IndukId is null))
            {
                var v = KalkulatorKinerja.NilaiKomponen(ik, r, akar);
                baris.Add(new BarisKomponenLaporan(akar.Nama, akar.Kelompok, false, akar.Bobot, v, v * akar.Bobot / 100m));
                var anak = ik.Komponen.Where(k => k.IndukId == akar.Id).ToList();
                var nilaiAnak = anak.Select(a => KalkulatorKinerja.NilaiKomponen(ik, r, a)).ToList();
                baris.AddRange(anak.Select((a, i) => new BarisKomponenLaporan(a.Nama, a.Kelompok, true, a.Bobot, nilaiAnak[i], nilaiAnak[i] * a.Bobot / 100m)));
                if (anak.Count > 0 && nilaiAnak.All(x => x is not null) && v is not null)
                    rumus.Add($"{akar.Nama} = {string.Join(" + ", anak.Select((a, i) => $"{Bobot(a.Bobot)} × {Nilai(nilaiAnak[i]!.Value)}"))} = {Nilai(v.Value)}.");
            }
            if (KalkulatorKinerja.Komposit(ik, r) is { } total)
            {
                var akar = ik.Komponen.Where(k => k.IndukId is null).ToList();
                rumus.Add($"IK {ik.Kode} = {string.Join(" + ", akar.Select(a => $"{Bobot(a.Bobot)} × {Nilai(KalkulatorKinerja.NilaiKomponen(ik, r, a)!.Value)}"))} = {Angka.Desimal(total, ik.DesimalTampilan)}.");
            }
        }

        string? catatan = null;
        if (KalkulatorKinerja.DariKomponen(ik, r) is null)
        {
            var (terisi, jumlah) = KalkulatorKinerja.KomponenTerisi(ik, r);
            catatan = $"{(survei ? "Nilai unsur" : "Komponen")} belum lengkap ({terisi} dari {jumlah} terisi)"
                + (r.Nilai is { } n ? $": nilai IK {ik.Kode} {Angka.Desimal(n, ik.DesimalTampilan)} diambil dari nilai yang diisi langsung dan tidak dapat diperiksa." : ".");
        }
        var judul = survei ? $"Unsur survei IK {ik.Kode} — {namaSatker}" : $"Komponen IK {ik.Kode} — {namaSatker}";
        return new TabelKomponen(judul, survei, baris, rumus, survei ? r.Responden : null, catatan);
    }
}
