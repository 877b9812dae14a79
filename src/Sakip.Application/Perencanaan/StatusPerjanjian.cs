using Sakip.Domain.Entities;

namespace Sakip.Application.Perencanaan;

/// <summary>
/// What creating a year would do (the confirmation page of "Buat tahun"): from <see cref="DariTahun"/> (null = from scratch) it copies
/// <see cref="Sasaran"/> Sasaran Kegiatan, <see cref="Indikator"/> indicators and the PK of <see cref="SatkerPk"/> satker with
/// <see cref="BarisTarget"/> target lines over <see cref="Periode"/> periods, and creates <see cref="PeriodeBaru"/> reporting periods;
/// <see cref="Renstra"/> Renstra in force in the new year may replace annual targets. <see cref="Galat"/>: why it would be refused
/// (keyed "Tahun" / "DariTahun"); empty = it may be created.
/// </summary>
public sealed record PratinjauTahunBaru(int Tahun, int? DariTahun, int Sasaran, int Indikator, int SatkerPk, int Periode, int BarisTarget, int PeriodeBaru,
    int Renstra, IReadOnlyDictionary<string, string> Galat)
{
    public bool BolehDibuat => Galat.Count == 0;
}

/// <summary>
/// A satker's PK of a year as the status table shows it: the PK (null = none), its annual targets, the parties it would be agreed by
/// and the fingerprint of its agreement (<see cref="PerencanaanService.VersiPk"/>) the form carries back.
/// </summary>
public sealed record StatusPkSatker(Satker Satker, PerjanjianKinerja? Pk, int JumlahTarget, string PihakPertamaBawaan, string? PihakKeduaBawaan, string? Versi)
{
    public bool Disepakati => Pk?.Status == StatusPerjanjianKinerja.Disepakati;
    /// <summary>Whether the bulk agreement offers it: a draft PK with at least one annual target.</summary>
    public bool BolehDisepakati => Pk is { Status: StatusPerjanjianKinerja.Draf } && JumlahTarget > 0;
}

/// <summary>The PK state of every satker of a year; <see cref="HariIni"/> (WIB) is the date the agreement form suggests.</summary>
public sealed record StatusPerjanjianTahun(int Tahun, IReadOnlyList<StatusPkSatker> Baris, DateOnly HariIni);

/// <summary>A PK the bulk agreement refused, and why.</summary>
public sealed record PkDitolak(string Satker, string Alasan)
{
    public string Teks => $"{Satker}: {Alasan}";
}

/// <summary>The outcome of agreeing several PKs at once: the satker agreed and those refused with their reasons.</summary>
public sealed record HasilSepakatiBanyak(IReadOnlyList<string> Disepakati, IReadOnlyList<PkDitolak> Ditolak)
{
    public string TeksDitolak => Ditolak.Count == 0 ? "" : "Tidak disepakati: " + string.Join("; ", Ditolak.Select(d => d.Teks)) + ".";
}
