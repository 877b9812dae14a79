using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Application.RencanaAksiKinerja;

/// <summary>A quarter's report of an action as pages and the appendix show it.</summary>
public sealed record LaporanAksi(string? Dilakukan, decimal? RealisasiVolume, bool MilestoneTercapai, string? Hambatan, string? TindakLanjut, string Oleh, DateTimeOffset Pada);

/// <summary>One action in one quarter: its plan, its report and its status.</summary>
public sealed record AksiTriwulan(Periode Triwulan, string? Milestone, decimal? TargetVolume, decimal? Anggaran, LaporanAksi? Laporan, StatusAksi Status);

/// <summary>One action with its four quarters (TW I–IV, in order).</summary>
public sealed record BarisAksi(int Id, int Nomor, string Uraian, IReadOnlyList<AksiTriwulan> Triwulan)
{
    public AksiTriwulan Di(Periode tw) => Triwulan[(int)tw - 1];
}

/// <summary>An indicator of the satker's PK with its actions, the PK's volume targets and the flagged differences.</summary>
public sealed record IndikatorRencanaAksi(int IndikatorId, string Kode, string Nama, string Satuan, string? LabelOutput,
    IReadOnlyDictionary<Periode, decimal?> VolumePk, AturanTriwulan Aturan, IReadOnlyList<BarisAksi> Aksi, IReadOnlyList<SelisihRencanaAksi> Selisih);

/// <summary>The Rencana Aksi page of a satker and year.</summary>
public sealed record HalamanRencanaAksi(int Tahun, int SatkerId, string NamaSatker, bool BolehUbah, IReadOnlyList<int> DaftarTahun,
    IReadOnlyList<Satker> DaftarSatker, IReadOnlyList<IndikatorRencanaAksi> Indikator);

/// <summary>One action row of the plan form (numbers as typed, id-ID).</summary>
public sealed class IsianAksi
{
    public int? Id { get; set; }
    public string? Uraian { get; set; }
    public bool Hapus { get; set; }
    /// <summary>TW I–IV at 0–3.</summary>
    public List<IsianTargetAksi> Triwulan { get; set; } = [];
}

public sealed class IsianTargetAksi
{
    public string? Milestone { get; set; }
    public string? Volume { get; set; }
    public string? Anggaran { get; set; }
}

/// <summary>The plan of one indicator: every action (new ones without Id), with the version the form was opened at.</summary>
public sealed record IsianRencana(int SatkerId, int Tahun, int IndikatorId, string? Versi, IReadOnlyList<IsianAksi> Aksi);

/// <summary>The plan form: the indicator, its actions and the version.</summary>
public sealed record FormRencana(int SatkerId, string NamaSatker, int Tahun, IndikatorRencanaAksi Indikator, string Versi, bool Dikunci);

/// <summary>One action's report in the quarter form or upload (numbers as typed, id-ID).</summary>
public sealed class IsianLaporanAksi
{
    public int RencanaAksiId { get; set; }
    public string? Dilakukan { get; set; }
    public string? RealisasiVolume { get; set; }
    public bool MilestoneTercapai { get; set; }
    public string? Hambatan { get; set; }
    public string? TindakLanjut { get; set; }

    public bool Kosong => string.IsNullOrWhiteSpace(Dilakukan) && string.IsNullOrWhiteSpace(RealisasiVolume) && !MilestoneTercapai
        && string.IsNullOrWhiteSpace(Hambatan) && string.IsNullOrWhiteSpace(TindakLanjut);
}

public sealed record IsianLaporan(int SatkerId, int Tahun, Periode Triwulan, string? Versi, IReadOnlyList<IsianLaporanAksi> Aksi);

/// <summary>An action as the quarter report form lists it.</summary>
public sealed record BarisLaporanForm(int RencanaAksiId, string KodeIndikator, string NamaIndikator, int Nomor, string Uraian, AksiTriwulan Triwulan);

public sealed record FormLaporan(int SatkerId, string NamaSatker, int Tahun, Periode Triwulan, bool Dikunci, bool BolehUbah, string Versi, IReadOnlyList<BarisLaporanForm> Aksi);

/// <summary>A satker's row on the monitoring board of a quarter.</summary>
public sealed record BarisMonev(int SatkerId, string NamaSatker, int Sesuai, int Terlambat, int BelumDilaporkan, int BelumJatuhTempo,
    IReadOnlyList<(BarisLaporanForm Aksi, StatusAksi Status)> Perhatian, IReadOnlyList<(string KodeIndikator, SelisihRencanaAksi Selisih)> Selisih,
    string? Catatan, string? CatatanOleh, DateTimeOffset? CatatanPada)
{
    public int Jumlah => Sesuai + Terlambat + BelumDilaporkan + BelumJatuhTempo;
}

public sealed record PapanMonev(int Tahun, Periode Triwulan, bool BolehCatat, IReadOnlyList<int> DaftarTahun, IReadOnlyList<BarisMonev> Satker);

/// <summary>"Hasil Monev Rencana Aksi" of a satker and year: the LAKIN appendix and its own PDF/Excel.</summary>
public sealed record HasilMonevRencanaAksi(string NamaSatker, int Tahun, IReadOnlyList<IndikatorRencanaAksi> Indikator,
    IReadOnlyList<(Periode Triwulan, string Catatan)> Catatan)
{
    public bool Kosong => Indikator.All(i => i.Aksi.Count == 0);
}

// ---------- the quarter report workbook ----------

public sealed record MetaLaporanAksi(string KodeSatker, int Tahun, Periode Triwulan);

public sealed record DataTemplatLaporanAksi(string KodeSatker, string NamaSatker, int Tahun, Periode Triwulan, IReadOnlyList<BarisLaporanForm> Aksi);

/// <summary>One typed row of the sheet (cell texts trimmed, null when empty; numbers in id-ID form).</summary>
public sealed record BarisLaporanAksiExcel(int Baris, string? KodeIndikator, string? Nomor, string? Dilakukan, string? RealisasiVolume, string? Tercapai, string? Hambatan, string? TindakLanjut);

public sealed record BacaanLaporanAksi(MetaLaporanAksi? Meta, IReadOnlyList<BarisLaporanAksiExcel> Baris, IReadOnlyList<MasalahUnggah> Masalah);

/// <summary>The quarter report workbook's file format (Infrastructure writes and reads it).</summary>
public interface IBukuKerjaRencanaAksi
{
    byte[] Buat(DataTemplatLaporanAksi data);
    BacaanLaporanAksi Baca(Stream berkas);
    /// <summary>The plan template of a satker-year (<see cref="TemplatRencanaAksi"/>).</summary>
    byte[] BuatRencana(DataTemplatRencanaAksi data);
    BacaanRencanaAksi BacaRencana(Stream berkas);
    /// <summary>"Hasil Monev Rencana Aksi" as its own workbook.</summary>
    byte[] BuatHasilMonev(HasilMonevRencanaAksi lampiran);
}

/// <summary>"Hasil Monev Rencana Aksi" as its own PDF.</summary>
public interface IPenyajiRencanaAksi
{
    byte[] Pdf(HasilMonevRencanaAksi lampiran);
}

public sealed record BarisUnggahLaporanAksi(int Baris, string? KodeIndikator, string? Nomor, string? Uraian, string Lama, string Baru, IReadOnlyList<string> Alasan);

public sealed record PratinjauLaporanAksi(Guid? Token, string NamaBerkas, int SatkerId, string NamaSatker, int Tahun, Periode Triwulan,
    IReadOnlyList<BarisUnggahLaporanAksi> Baris, IReadOnlyList<MasalahUnggah> Masalah);

/// <summary>Column layout of the quarter report sheet.</summary>
public static class TemplatLaporanAksi
{
    public const string Lembar = "Laporan rencana aksi", LembarMeta = "_meta", Jenis = "rencana-aksi";
    public const int BarisJudulKolom = 4, BarisDataPertama = 5, BarisMaksimum = 1000;
    public const string KolomKode = "Kode IK", KolomNomor = "No. aksi", KolomUraian = "Rencana aksi", KolomTarget = "Target triwulan",
        KolomDilakukan = "Yang dilakukan", KolomRealisasi = "Realisasi volume", KolomTercapai = "Milestone tercapai (Ya/Tidak)",
        KolomHambatan = "Hambatan", KolomTindakLanjut = "Rencana tindak lanjut";
    public static readonly (string Judul, double Lebar, bool Isian)[] Kolom =
    [
        (KolomKode, 10, false), (KolomNomor, 8, false), (KolomUraian, 40, false), (KolomTarget, 30, false), (KolomDilakukan, 40, true),
        (KolomRealisasi, 16, true), (KolomTercapai, 16, true), (KolomHambatan, 36, true), (KolomTindakLanjut, 36, true),
    ];

    public static int Nomor(string judul) => Array.FindIndex(Kolom, k => k.Judul == judul) + 1;
    public static string NamaKolom(string judul) => Common.KolomTemplat.Nama(Nomor(judul), judul);
}

// ---------- the plan workbook (a satker-year's whole plan) ----------

/// <summary>The plan template's data: every indicator of the satker's PK with its stored actions.</summary>
public sealed record DataTemplatRencanaAksi(string KodeSatker, string NamaSatker, int Tahun, IReadOnlyList<IndikatorRencanaAksi> Indikator);

/// <summary>One typed quarter of a plan row (texts trimmed, null when empty; numbers in id-ID form).</summary>
public sealed record TriwulanRencanaExcel(string? Milestone, string? Volume, string? Anggaran);

/// <summary>One typed row of the plan sheet.</summary>
public sealed record BarisRencanaAksiExcel(int Baris, string? KodeIndikator, string? NamaIndikator, string? Nomor, string? Uraian, IReadOnlyList<TriwulanRencanaExcel> Triwulan);

public sealed record BacaanRencanaAksi(MetaRencanaAksi? Meta, IReadOnlyList<BarisRencanaAksiExcel> Baris, IReadOnlyList<MasalahUnggah> Masalah);

public sealed record MetaRencanaAksi(string KodeSatker, int Tahun);

/// <summary>What the upload does to one action: added, changed (old → new) or removed.</summary>
public enum JenisPerubahanAksi { Ditambah = 0, Diubah = 1, Dihapus = 2 }

public sealed record PerubahanAksi(JenisPerubahanAksi Jenis, int? Baris, int? NomorLama, string Uraian, string Lama, string Baru);

/// <summary>One indicator of the plan upload's preview: its changes and the differences with the PK the new plan would have.</summary>
public sealed record PerubahanRencanaIndikator(string Kode, string Nama, int JumlahAksi, IReadOnlyList<PerubahanAksi> Perubahan, IReadOnlyList<SelisihRencanaAksi> Selisih);

public sealed record PratinjauRencanaAksi(Guid? Token, string NamaBerkas, int SatkerId, string NamaSatker, int Tahun,
    IReadOnlyList<PerubahanRencanaIndikator> Indikator, IReadOnlyList<MasalahUnggah> Masalah)
{
    public int JumlahPerubahan => Indikator.Sum(i => i.Perubahan.Count);
}

/// <summary>Column layout of the plan sheet: indicator, action, then per quarter milestone, volume and budget.</summary>
public static class TemplatRencanaAksi
{
    public const string Lembar = "Rencana aksi", LembarMeta = "_meta", Jenis = "rencana-aksi-tahunan";
    public const int BarisJudulKolom = 4, BarisDataPertama = 5, BarisMaksimum = 2000, BarisCadangan = 3;
    public const string KolomKode = "Kode IK", KolomNama = "Indikator", KolomNomor = "No. aksi", KolomUraian = "Rencana aksi";

    public static string KolomMilestone(Periode q) => $"Milestone {Label.Teks(q)}";
    public static string KolomVolume(Periode q) => $"Volume {Label.Teks(q)}";
    public static string KolomAnggaran(Periode q) => $"Anggaran {Label.Teks(q)} (Rp)";

    public static readonly (string Judul, double Lebar, bool Isian)[] Kolom =
    [
        (KolomKode, 9, false), (KolomNama, 30, false), (KolomNomor, 8, false), (KolomUraian, 40, true),
        .. new[] { Periode.TW1, Periode.TW2, Periode.TW3, Periode.TW4 }
            .SelectMany(q => new[] { (KolomMilestone(q), 28d, true), (KolomVolume(q), 11d, true), (KolomAnggaran(q), 16d, true) }),
    ];

    public static int Nomor(string judul) => Array.FindIndex(Kolom, k => k.Judul == judul) + 1;
    public static string NamaKolom(string judul) => Common.KolomTemplat.Nama(Nomor(judul), judul);
}
