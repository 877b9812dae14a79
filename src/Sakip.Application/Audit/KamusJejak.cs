using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Application.Audit;

/// <summary>
/// The audit log in people's words. The log stores what the database holds (type and property names, invariant numbers,
/// ISO dates, keys, the concurrency tokens); the viewer reads it as "Realisasi kinerja · IK 1.1 TW I 2023", "n: 40 → 45",
/// "Status: Dikirim → Terverifikasi", "5 Januari 2023". The one home of those translations; the stored log is never changed.
/// </summary>
public static partial class KamusJejak
{
    private static readonly Dictionary<string, string> NamaJenis = new(StringComparer.Ordinal)
    {
        ["Realisasi"] = "Realisasi kinerja",
        ["RealisasiKomponen"] = "Komponen realisasi",
        ["RealisasiRincian"] = "Rincian realisasi",
        ["TargetKinerja"] = "Target kinerja",
        ["PerjanjianKinerja"] = "Perjanjian Kinerja",
        ["RevisiPerjanjianKinerja"] = "Revisi Perjanjian Kinerja",
        ["NaskahPerjanjianKinerja"] = "Naskah Perjanjian Kinerja",
        ["PerubahanTarget"] = "Perubahan target",
        ["IndikatorKinerja"] = "Indikator kinerja",
        ["KomponenIndikator"] = "Komponen indikator",
        ["MataAnggaran"] = "Mata anggaran",
        ["MataAnggaranIndikator"] = "Anggaran per indikator",
        ["RealisasiAnggaranBulanan"] = "Realisasi anggaran bulanan",
        ["RevisiPagu"] = "Revisi pagu",
        ["KodeAnggaran"] = "Kode satker anggaran (DIPA)",
        ["DataDukung"] = "Data dukung",
        ["NarasiLaporan"] = "Narasi laporan",
        ["LaporanFinal"] = "Laporan final",
        ["LampiranLaporan"] = "Lampiran laporan",
        ["AngkaTercantum"] = "Angka tercantum (terbit)",
        ["CapaianHistoris"] = "Capaian tahun lalu",
        ["PeriodePelaporan"] = "Periode pelaporan",
        ["DataAwal"] = "Data awal",
        ["Pengguna"] = "Pengguna",
        ["Peran"] = "Peran",
        ["PeranPengguna"] = "Peran pengguna",
        ["KlaimPengguna"] = "Klaim pengguna",
        ["TokenPengguna"] = "Kunci masuk pengguna",
        ["LoginPengguna"] = "Akun masuk luar",
    };

    private static readonly Dictionary<string, string> NamaProperti = new(StringComparer.Ordinal)
    {
        ["N"] = "n",
        ["T"] = "T",
        ["IndikatorKinerjaId"] = "Indikator",
        ["SatkerId"] = "Satker",
        ["IndukId"] = "Satker induk",
        ["KomentarVerifikasi"] = "Komentar verifikasi",
        ["TanggalDisepakati"] = "Tanggal disepakati",
        ["PihakPertama"] = "Pihak pertama",
        ["PihakKedua"] = "Pihak kedua",
        ["NomorRevisi"] = "Revisi ke",
        ["Email"] = "Surel",
        ["UserName"] = "Nama pengguna",
        ["NormalizedEmail"] = "Surel (pencarian)",
        ["NormalizedUserName"] = "Nama pengguna (pencarian)",
        ["EmailConfirmed"] = "Surel dikonfirmasi",
        ["TwoFactorEnabled"] = "Verifikasi dua langkah",
        ["LockoutEnd"] = "Terkunci sampai",
        ["LockoutEnabled"] = "Dapat dikunci",
        ["AccessFailedCount"] = "Gagal masuk berturut-turut",
        ["PhoneNumber"] = "Nomor telepon",
        ["PhoneNumberConfirmed"] = "Nomor telepon dikonfirmasi",
        ["RoleId"] = "Peran",
        ["UserId"] = "Pengguna",
    };

    /// <summary>Properties the viewer leaves out: the row's own key (named in the Data column) and the concurrency tokens,
    /// whose GUIDs say nothing to a reader (that the row changed is the line itself).</summary>
    private static readonly HashSet<string> Tersembunyi = new(StringComparer.Ordinal) { "Id", "Versi", "RowVersion", "ConcurrencyStamp" };

    /// <summary>Properties whose digits are names, not amounts (a year, a code, an order number): printed as stored.</summary>
    private static bool BukanJumlah(string properti)
        => properti is "Tahun" or "Bulan" or "Urutan" or "Nomor" or "NomorRevisi" || properti.Contains("Kode", StringComparison.Ordinal)
           || properti.Contains("Nip", StringComparison.OrdinalIgnoreCase) || properti.Contains("Telepon", StringComparison.Ordinal)
           || properti.EndsWith("Number", StringComparison.Ordinal);

    /// <summary>The kind of data as people say it ("TargetKinerja" → "Target kinerja"); an unknown type is split into words.</summary>
    public static string Jenis(string jenisEntitas)
        => NamaJenis.TryGetValue(jenisEntitas, out var nama) ? nama : Kata(jenisEntitas);

    /// <summary>A property as people say it ("KomentarVerifikasi" → "Komentar verifikasi", "SasaranKegiatanId" → "Sasaran kegiatan").</summary>
    public static string Properti(string properti)
    {
        if (NamaProperti.TryGetValue(properti, out var nama)) return nama;
        var dasar = properti.Length > 2 && properti.EndsWith("Id", StringComparison.Ordinal) ? properti[..^2] : properti;
        return Kata(dasar);
    }

    /// <summary>Whether a logged property is shown at all.</summary>
    public static bool Tampil(string properti) => !Tersembunyi.Contains(properti);

    /// <summary>
    /// A stored value as people read it: amounts in the Indonesian format (1.200,5; 1.000.000), dates as "5 Januari 2023"
    /// and times in WIB, True/False as Ya/Tidak, periods "TW I", a realisation's status in the workflow's words, and an
    /// indicator or satker id named through <paramref name="nama"/> (null when the name is not known).
    /// </summary>
    public static string? Nilai(string jenisEntitas, string properti, string? nilai, Func<string, int, string?> nama)
    {
        if (nilai is null) return null;
        if (properti.EndsWith("Id", StringComparison.Ordinal) && int.TryParse(nilai, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            return nama(properti, id) ?? nilai;
        if (nilai is "True") return "Ya";
        if (nilai is "False") return "Tidak";
        if (properti is "Periode" or "Triwulan" && Enum.TryParse<Periode>(nilai, out var periode) && Enum.IsDefined(periode)) return Label.Teks(periode);
        if (properti == "Status" && jenisEntitas == "Realisasi" && Enum.TryParse<StatusRealisasi>(nilai, out var status) && Enum.IsDefined(status))
            return Label.Teks(status);
        if (TanggalSaja().IsMatch(nilai) && DateOnly.TryParseExact(nilai, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var hari))
            return Tanggal.Panjang(hari);
        if (WaktuIso().IsMatch(nilai) && DateTimeOffset.TryParse(nilai, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var waktu))
            return Tanggal.Waktu(waktu);
        if (!BukanJumlah(properti) && AngkaInvarian().IsMatch(nilai)
            && decimal.TryParse(nilai, NumberStyles.Number, CultureInfo.InvariantCulture, out var angka))
            return nilai.Contains('.', StringComparison.Ordinal) || Math.Abs(angka) >= 10_000 ? Angka.Ringkas(angka, 6) : nilai;
        return nilai;
    }

    /// <summary>
    /// What the row is, for the Data column: the kind and, where the logged values tell it, the indicator, period and year
    /// ("Realisasi kinerja · IK 1.1 · TW I 2023") or its name/uraian; never a bare database key or GUID.
    /// <paramref name="uraian"/> is a description looked up from the stored row (null when gone or not looked up).
    /// </summary>
    public static string Data(string jenisEntitas, string kunci, string? uraian, IReadOnlyList<PerubahanProperti> perubahan, Func<string, int, string?> nama)
    {
        var jenis = Jenis(jenisEntitas);
        if (uraian is not null) return $"{jenis} · {uraian}";
        string? Ambil(string p) => perubahan.FirstOrDefault(x => x.Properti == p) is { } x ? x.Baru ?? x.Lama : null;
        var bagian = new List<string>();
        if (Ambil("IndikatorKinerjaId") is { } ik && int.TryParse(ik, CultureInfo.InvariantCulture, out var ikId) && nama("IndikatorKinerjaId", ikId) is { } kode)
            bagian.Add(kode);
        var periode = Ambil("Periode") is { } per ? Nilai(jenisEntitas, "Periode", per, nama) : null;
        var tahun = Ambil("Tahun");
        if (periode is not null || tahun is not null) bagian.Add(string.Join(" ", new[] { periode, tahun }.Where(s => s is not null)));
        foreach (var p in new[] { "Nama", "Uraian", "Judul", "Email", "Name" })
            if (Ambil(p) is { Length: > 0 } teks) { bagian.Add(teks.Length > 60 ? teks[..60] + "…" : teks); break; }
        if (bagian.Count > 0) return $"{jenis} · {string.Join(" · ", bagian)}";
        return int.TryParse(kunci, CultureInfo.InvariantCulture, out var nomor) ? $"{jenis} nomor {nomor}" : jenis;
    }

    private static string Kata(string pascal)
    {
        if (pascal.Length == 0) return pascal;
        var sb = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(pascal[i - 1])) sb.Append(' ').Append(char.ToLowerInvariant(c));
            else sb.Append(i == 0 ? char.ToUpperInvariant(c) : c);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex TanggalSaja();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex WaktuIso();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex AngkaInvarian();
}
