using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Domain.Rules;

/// <summary>Where one action stands in one quarter on the monitoring board.</summary>
public enum StatusAksi
{
    /// <summary>Nothing planned for the action in that quarter (no milestone, volume or budget).</summary>
    TanpaRencana = 0,
    /// <summary>Not reported and the quarter has not ended yet.</summary>
    BelumJatuhTempo = 1,
    /// <summary>The quarter has ended and there is no report.</summary>
    BelumDilaporkan = 2,
    /// <summary>Reported, but the realised volume is below the target (or, without a volume target, the milestone not reached).</summary>
    Terlambat = 3,
    /// <summary>Reported on track: realised volume ≥ target, or the milestone reached.</summary>
    Sesuai = 4,
}

/// <summary>What the rule needs of a quarter's plan and report (plain figures, no entities).</summary>
public sealed record TargetTriwulanAksi(string? Milestone, decimal? Volume, decimal? Anggaran)
{
    public bool Ada => Milestone is not null || Volume is not null || Anggaran is not null;
}

public sealed record LaporanTriwulanAksi(decimal? RealisasiVolume, bool MilestoneTercapai);

/// <summary>
/// The status of one action in one quarter (issue 20 item 1; docs/formulas.md §15). Reported: a volume target compares the
/// realised volume (≥ target → Sesuai, below or blank → Terlambat); without a volume target the ticked "milestone tercapai"
/// decides. Not reported: after the quarter's last day (WIB) → Belum dilaporkan, on or before it → Belum jatuh tempo.
/// </summary>
public static class StatusRencanaAksi
{
    /// <summary>The last day of a quarter (TW I → 31 March …).</summary>
    public static DateOnly AkhirTriwulan(int tahun, Periode triwulan)
    {
        if (triwulan is < Periode.TW1 or > Periode.TW4) throw new DomainException("Triwulan harus TW I–TW IV.");
        var bulan = (int)triwulan * 3;
        return new DateOnly(tahun, bulan, DateTime.DaysInMonth(tahun, bulan));
    }

    public static StatusAksi Tentukan(int tahun, Periode triwulan, TargetTriwulanAksi? target, LaporanTriwulanAksi? laporan, DateOnly hariIniWib)
    {
        if (target is null || !target.Ada) return StatusAksi.TanpaRencana;
        if (laporan is null) return hariIniWib > AkhirTriwulan(tahun, triwulan) ? StatusAksi.BelumDilaporkan : StatusAksi.BelumJatuhTempo;
        if (target.Volume is { } t) return laporan.RealisasiVolume is { } r && r >= t ? StatusAksi.Sesuai : StatusAksi.Terlambat;
        return laporan.MilestoneTercapai ? StatusAksi.Sesuai : StatusAksi.Terlambat;
    }

    public static string Teks(StatusAksi s) => s switch
    {
        StatusAksi.TanpaRencana => "Tanpa rencana",
        StatusAksi.BelumJatuhTempo => "Belum jatuh tempo",
        StatusAksi.BelumDilaporkan => "Belum dilaporkan",
        StatusAksi.Terlambat => "Terlambat",
        _ => "Sesuai",
    };
}

/// <summary>How the PK's quarterly output targets of an indicator are meant: per quarter (summed to the year) or cumulative (the last value is the year's).</summary>
public enum AturanTriwulan { Jumlah = 0, Kumulatif = 1 }

/// <summary>A quarter whose action volumes do not match the PK's quarterly output target.</summary>
public sealed record SelisihRencanaAksi(Periode Triwulan, decimal TargetPk, decimal JumlahAksi)
{
    public decimal Selisih => JumlahAksi - TargetPk;
}

/// <summary>
/// Consistency of the actions' quarterly volumes with the PK's quarterly output targets (docs/formulas.md §15). The PK's
/// quarterly targets are read as cumulative ("nilai terakhir") when they never decrease and TW IV equals the annual target;
/// otherwise as per-quarter figures that sum to the year. The actions' figure of a quarter is then the running sum of their
/// volumes up to that quarter (cumulative) or that quarter's sum. A quarter is compared only when the PK has a volume target
/// for it and at least one action has a volume in the compared span; any difference is flagged.
/// </summary>
public static class KonsistensiRencanaAksi
{
    private static readonly Periode[] Triwulan = [Periode.TW1, Periode.TW2, Periode.TW3, Periode.TW4];

    public static AturanTriwulan Aturan(IReadOnlyDictionary<Periode, decimal?> volumePk)
    {
        decimal? sebelum = null;
        foreach (var q in Triwulan)
        {
            if (volumePk.GetValueOrDefault(q) is not { } v) continue;
            if (sebelum is { } s && v < s) return AturanTriwulan.Jumlah;
            sebelum = v;
        }
        return volumePk.GetValueOrDefault(Periode.TW4) is { } tw4 && volumePk.GetValueOrDefault(Periode.Tahunan) is { } th && tw4 == th
            && Triwulan.Count(q => volumePk.GetValueOrDefault(q) is not null) > 1 && Triwulan.Sum(q => volumePk.GetValueOrDefault(q) ?? 0) != th
            ? AturanTriwulan.Kumulatif : AturanTriwulan.Jumlah;
    }

    /// <param name="volumePk">The PK's volume targets of the indicator per period (Tahunan and TW I–IV; null = none).</param>
    /// <param name="volumeAksi">Each action's volume per quarter (null = none).</param>
    public static IReadOnlyList<SelisihRencanaAksi> Periksa(IReadOnlyDictionary<Periode, decimal?> volumePk, IEnumerable<IReadOnlyDictionary<Periode, decimal?>> volumeAksi)
    {
        var aksi = volumeAksi.ToList();
        var aturan = Aturan(volumePk);
        var hasil = new List<SelisihRencanaAksi>();
        decimal jalan = 0;
        var adaJalan = false;
        foreach (var q in Triwulan)
        {
            var nilai = aksi.Select(a => a.GetValueOrDefault(q)).Where(v => v is not null).Select(v => v!.Value).ToList();
            jalan += nilai.Sum();
            adaJalan |= nilai.Count > 0;
            var (ada, jumlah) = aturan == AturanTriwulan.Kumulatif ? (adaJalan, jalan) : (nilai.Count > 0, nilai.Sum());
            if (!ada || volumePk.GetValueOrDefault(q) is not { } pk) continue;
            if (jumlah != pk) hasil.Add(new SelisihRencanaAksi(q, pk, jumlah));
        }
        return hasil;
    }

    /// <summary>
    /// A flagged quarter as a consistency finding (the Temuan page and the LAKIN's findings), naming both figures in Indonesian
    /// format: e.g. "Rencana aksi IK 1.1 TW II: target volume aksi kumulatif s.d. TW II 22, sedangkan target volume TW II di Perjanjian Kinerja 20 (selisih 2)."
    /// </summary>
    public static Temuan Temuan(string kodeIndikator, AturanTriwulan aturan, SelisihRencanaAksi s)
    {
        var tw = Label.Teks(s.Triwulan);
        var t = new Temuan(KodeTemuan.RencanaAksiTidakSesuai, kodeIndikator, "", s.TargetPk, s.JumlahAksi);
        return t with
        {
            Pesan = $"Rencana aksi IK {kodeIndikator} {tw}: {(aturan == AturanTriwulan.Kumulatif ? $"target volume aksi kumulatif s.d. {tw}" : $"jumlah target volume aksi {tw}")} {t.Teks(s.JumlahAksi)}, "
                + $"sedangkan target volume {tw} di Perjanjian Kinerja {t.Teks(s.TargetPk)} (selisih {t.Teks(s.Selisih)}).",
        };
    }

    public static string Teks(AturanTriwulan a) => a == AturanTriwulan.Kumulatif ? "kumulatif (nilai terakhir)" : "jumlah per triwulan";
}
