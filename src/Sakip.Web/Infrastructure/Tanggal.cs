using System.Globalization;

namespace Sakip.Web.Infrastructure;

/// <summary>Dates and times as Indonesian users read them: 29 November 2023; 29 November 2023 14.05 WIB.</summary>
public static class Tanggal
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>Western Indonesia Time (UTC+7, no daylight saving), the time of Pusdiklatbangprof's offices.</summary>
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.CreateCustomTimeZone("WIB", TimeSpan.FromHours(7), "WIB", "WIB");

    public static string Panjang(DateOnly d) => d.ToString("d MMMM yyyy", Id);

    public static string Panjang(DateTime d) => d.ToString("d MMMM yyyy", Id);

    public static string Panjang(DateOnly? d) => d is null ? "–" : Panjang(d.Value);

    /// <summary>A stored UTC moment in WIB: 29 November 2023 14.05 WIB.</summary>
    public static string Waktu(DateTime utc) =>
        TimeZoneInfo.ConvertTime(DateTime.SpecifyKind(utc, utc.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : utc.Kind), Wib).ToString("d MMMM yyyy HH.mm", Id) + " WIB";

    public static string Waktu(DateTimeOffset waktu) => TimeZoneInfo.ConvertTime(waktu, Wib).ToString("d MMMM yyyy HH.mm", Id) + " WIB";
}
