using System.Globalization;

namespace Sakip.Domain.Common;

/// <summary>
/// The one place dates and times are written the Indonesian way (29 November 2023; 29 November 2023 14.05 WIB) and the one
/// place the offices' time zone, WIB, is known. Month names are written here, not taken from the machine's id-ID culture.
/// </summary>
public static class Tanggal
{
    /// <summary>
    /// The years the app knows (2000–2100): a year outside is never created (<c>BuatTahunAsync</c>) nor read from a URL
    /// (<c>ParameterDikenal</c>).
    /// </summary>
    public const int TahunTerkecil = 2000, TahunTerbesar = 2100;

    /// <summary>Western Indonesia Time: UTC+7, no daylight saving, the time of Pusdiklatbangprof's offices.</summary>
    public static readonly TimeSpan SelisihWib = TimeSpan.FromHours(7);

    private static readonly string[] Bulan = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    /// <summary>The Indonesian month name: 1 → "Januari" … 12 → "Desember".</summary>
    public static string NamaBulan(int bulan)
        => bulan is >= 1 and <= 12 ? Bulan[bulan - 1] : throw new ArgumentOutOfRangeException(nameof(bulan), bulan, "Bulan harus 1–12.");

    /// <summary>29 November 2023.</summary>
    public static string Panjang(DateOnly d) => $"{d.Day} {NamaBulan(d.Month)} {d.Year:0000}";

    /// <summary>The calendar day of <paramref name="d"/> as it stands (no time-zone conversion): 29 November 2023.</summary>
    public static string Panjang(DateTime d) => Panjang(DateOnly.FromDateTime(d));

    /// <summary>29 November 2023, or "–" when there is no date.</summary>
    public static string Panjang(DateOnly? d) => d is null ? "–" : Panjang(d.Value);

    /// <summary>A stored moment as a WIB wall-clock time. Unspecified kinds are stored UTC (the database's convention).</summary>
    public static DateTime KeWib(DateTime utc)
        => DateTime.SpecifyKind((utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : utc) + SelisihWib, DateTimeKind.Unspecified);

    /// <summary>A moment as a WIB wall-clock time.</summary>
    public static DateTime KeWib(DateTimeOffset waktu) => DateTime.SpecifyKind(waktu.UtcDateTime + SelisihWib, DateTimeKind.Unspecified);

    /// <summary>Today's date in WIB at moment <paramref name="sekarang"/> (17.00 UTC is already the next day in WIB).</summary>
    public static DateOnly HariIniWib(DateTimeOffset sekarang) => DateOnly.FromDateTime(KeWib(sekarang));

    /// <summary>The UTC moment a WIB day begins: 1 December 2023 00.00 WIB = 30 November 2023 17.00 UTC.</summary>
    public static DateTime AwalHariUtc(DateOnly hariWib) => hariWib.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - SelisihWib;

    /// <summary>A stored UTC moment in WIB: 29 November 2023 14.05 WIB.</summary>
    public static string Waktu(DateTime utc) => Tulis(KeWib(utc));

    /// <summary>A moment in WIB: 29 November 2023 14.05 WIB.</summary>
    public static string Waktu(DateTimeOffset waktu) => Tulis(KeWib(waktu));

    /// <summary>A date as a date field shows it: 17/08/2025 (day/month/year, the Indonesian order, whatever the browser's language).</summary>
    public static string Isian(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static readonly string[] FormatIsian = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    /// <summary>
    /// Reads a typed date: day/month/year as Indonesians write it (17/08/2025, 17-8-2025, 17.08.2025) or the ISO form
    /// 2025-08-17 that links and older forms send. Anything else (08/17/2025, 31/02/2025, "besok") is refused.
    /// </summary>
    public static bool TryBaca(string? teks, out DateOnly tanggal)
    {
        tanggal = default;
        return !string.IsNullOrWhiteSpace(teks)
               && DateOnly.TryParseExact(teks.Trim(), FormatIsian, CultureInfo.InvariantCulture, DateTimeStyles.None, out tanggal)
               && tanggal.Year is >= TahunTerkecil and <= TahunTerbesar;
    }

    /// <summary>The message next to a date field that could not be read.</summary>
    public static string PesanTidakTerbaca(string teks) => $"'{teks}' bukan tanggal: tulis hari/bulan/tahun, mis. 17/08/2025.";

    private static string Tulis(DateTime wib) => $"{Panjang(wib)} {wib.ToString("HH.mm", CultureInfo.InvariantCulture)} WIB";
}
