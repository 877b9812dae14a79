using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Aggregation;

/// <summary>
/// Turns targets and realisations into the PK figures, either for one satker or rolled up to the parent
/// (Pusdiklatbangprof) following each indicator's <see cref="CaraAgregasi"/>.
/// </summary>
public static class KalkulatorKinerja
{
    /// <summary>The realisation value of one satker's entry, by the indicator's kind.</summary>
    public static decimal? NilaiSatker(IndikatorDef ik, RealisasiData? r)
    {
        if (r is null) return null;
        switch (ik.Jenis)
        {
            case JenisIndikator.Rasio:
                if (r.N is { } n && r.T is { } t) return Persentase.Hitung(n, t);
                return r.Nilai;
            case JenisIndikator.KompositBerbobot:
            case JenisIndikator.IndeksSurvei:
                return DariKomponen(ik, r) ?? r.Nilai;
            default:
                return r.Nilai;
        }
    }

    /// <summary>
    /// The value a composite or survey index gets from its components: the weighted composite (<see cref="Komposit"/>) or the
    /// mean of every unsur (<see cref="IndeksKepuasan.DariUnsur"/>); null while a component is missing (the typed value is used then).
    /// </summary>
    public static decimal? DariKomponen(IndikatorDef ik, RealisasiData r)
    {
        switch (ik.Jenis)
        {
            case JenisIndikator.KompositBerbobot:
                return Komposit(ik, r);
            case JenisIndikator.IndeksSurvei:
                var unsur = ik.Komponen.Where(k => r.Komponen.ContainsKey(k.Id)).Select(k => r.Komponen[k.Id]).ToList();
                return unsur.Count == ik.Komponen.Count && unsur.Count > 0 ? IndeksKepuasan.DariUnsur(unsur) : null;
            default:
                return null;
        }
    }

    /// <summary>How many of the typed components (the leaves: a parent such as IKPA is computed) a realisation fills, of how many.</summary>
    public static (int Terisi, int Jumlah) KomponenTerisi(IndikatorDef ik, RealisasiData r)
    {
        var daun = ik.Komponen.Where(k => !ik.Komponen.Any(c => c.IndukId == k.Id)).ToList();
        return (daun.Count(k => r.Komponen.ContainsKey(k.Id)), daun.Count);
    }

    /// <summary>Weighted composite: leaf components give values, a component with children takes its children's weighted sum.</summary>
    public static decimal? Komposit(IndikatorDef ik, RealisasiData r)
    {
        var akar = ik.Komponen.Where(k => k.IndukId is null).ToList();
        if (akar.Count == 0) return null;
        var vals = akar.Select(k => NilaiKomponen(ik, r, k)).ToList();
        if (vals.Any(v => v is null)) return null;
        return KompositBerbobot.Hitung(akar.Select((a, i) => (a.Bobot, vals[i]!.Value)));
    }

    /// <summary>
    /// The value of one component of a composite: a leaf gives its entered value; a component with children (IKPA) their
    /// weighted sum, or its own entered value while a child is missing.
    /// </summary>
    public static decimal? NilaiKomponen(IndikatorDef ik, RealisasiData r, KomponenDef k)
    {
        var anak = ik.Komponen.Where(c => c.IndukId == k.Id).ToList();
        if (anak.Count == 0) return r.Komponen.TryGetValue(k.Id, out var v) ? v : null;
        var nilai = anak.Select(a => NilaiKomponen(ik, r, a)).ToList();
        if (nilai.Any(v => v is null)) return r.Komponen.TryGetValue(k.Id, out var direct) ? direct : null;
        // A sub-composite (IKPA) enters its parent as the value its source system publishes: rounded to 2 decimals
        // (IKPA 95,908 is published by OMSPAN as 95,91, and nilai kinerja anggaran uses 95,91 → 90,335).
        return Common.Angka.Bulatkan(KompositBerbobot.Hitung(anak.Select((a, i) => (a.Bobot, nilai[i]!.Value))));
    }

    /// <summary>The parent figure of an indicator from all satker realisations.</summary>
    public static (decimal? Nilai, decimal? N, decimal? T) NilaiKonsolidasi(IndikatorDef ik, IReadOnlyCollection<RealisasiData> realisasi)
    {
        var milik = realisasi.Where(r => r.IndikatorId == ik.Id).ToList();
        switch (ik.Agregasi)
        {
            case CaraAgregasi.RasioJumlah:
                var rasio = milik.Where(r => r.N is not null && r.T is not null).ToList();
                if (rasio.Count == 0) return (null, null, null);
                var sn = rasio.Sum(r => r.N!.Value);
                var st = rasio.Sum(r => r.T!.Value);
                return (Persentase.Hitung(sn, st), sn, st);
            case CaraAgregasi.RerataTertimbangResponden:
                var survei = milik
                    .Select(r => (Nilai: NilaiSatker(ik, r), r.Responden))
                    .Where(x => x.Nilai is not null && x.Responden is not null)
                    .Select(x => (x.Nilai!.Value, x.Responden!.Value));
                return (IndeksKepuasan.Konsolidasi(survei), null, null);
            default:
                var p = milik.FirstOrDefault(r => r.SatkerId == ik.SatkerPengampuId);
                return (NilaiSatker(ik, p), p?.N, p?.T);
        }
    }

    /// <summary>PK lines of one satker: the indicators of its current PK (an annual target value), in catalogue order.</summary>
    public static IReadOnlyList<BarisCapaian> UntukSatker(int satkerId, IEnumerable<IndikatorDef> indikator, IReadOnlyCollection<TargetData> target, IReadOnlyCollection<RealisasiData> realisasi)
    {
        var hasil = new List<BarisCapaian>();
        foreach (var ik in indikator)
        {
            var t = target.FirstOrDefault(x => x.SatkerId == satkerId && x.IndikatorId == ik.Id);
            if (t is not { DalamPk: true }) continue; // not (or no longer) in this satker's PK
            var r = realisasi.FirstOrDefault(x => x.SatkerId == satkerId && x.IndikatorId == ik.Id);
            hasil.Add(Baris(ik, t.Nilai, NilaiSatker(ik, r), r?.N, r?.T, t.Volume, r?.Volume));
        }
        return hasil;
    }

    /// <summary>
    /// PK lines of the parent: its own targets, realisations rolled up from every satker whose PK holds the indicator, output
    /// volumes summed. <paramref name="target"/> are the annual targets of every satker.
    /// </summary>
    public static IReadOnlyList<BarisCapaian> Konsolidasi(int indukId, IEnumerable<IndikatorDef> indikator, IReadOnlyCollection<TargetData> target, IReadOnlyCollection<RealisasiData> realisasi)
    {
        var hasil = new List<BarisCapaian>();
        foreach (var ik in indikator)
        {
            var t = target.FirstOrDefault(x => x.SatkerId == indukId && x.IndikatorId == ik.Id);
            if (t?.Nilai is null) continue; // the parent's PK line needs its own target value
            // only the satker whose current PK holds the indicator count: a satker that dropped it by a revision keeps its
            // realisation in the database and in the history, never in the roll-up
            var dalam = target.Where(x => x.IndikatorId == ik.Id && x.DalamPk).ToList();
            var satkerPk = dalam.Select(x => x.SatkerId).ToHashSet();
            var milik = realisasi.Where(x => x.IndikatorId == ik.Id && satkerPk.Contains(x.SatkerId)).ToList();
            var (nilai, n, tt) = NilaiKonsolidasi(ik, milik);
            var volTarget = JumlahAtauNull(dalam.Select(x => x.Volume));
            var volReal = JumlahAtauNull(milik.Select(x => x.Volume));
            hasil.Add(Baris(ik, t.Nilai, nilai, n, tt, volTarget, volReal));
        }
        return hasil;
    }

    private static decimal? JumlahAtauNull(IEnumerable<decimal?> nilai)
    {
        var ada = nilai.Where(v => v is not null).Select(v => v!.Value).ToList();
        return ada.Count == 0 ? null : ada.Sum();
    }

    private static BarisCapaian Baris(IndikatorDef ik, decimal? target, decimal? realisasi, decimal? n, decimal? t, decimal? volTarget, decimal? volReal)
        => new(ik, target, realisasi, n, t,
            Capaian.Hitung(realisasi, target, ik.Polaritas),
            Capaian.Status(realisasi, target, ik.Polaritas),
            volTarget, volReal,
            volTarget is > 0 && volReal is not null ? volReal / volTarget * 100m : null);
}
