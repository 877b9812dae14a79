using System.Text.Json;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Seed;

/// <summary>The written parts of the 2023 LAKIN (embedded narasi-2023.json, taken from the published report).</summary>
internal sealed class NarasiData
{
    public Dictionary<BagianNarasi, string> Bagian { get; set; } = [];
    public Dictionary<string, NarasiIndikatorJson> Indikator { get; set; } = [];

    public static NarasiData Load()
    {
        using var s = typeof(NarasiData).Assembly.GetManifestResourceStream("Sakip.Seed.narasi-2023.json")
            ?? throw new InvalidOperationException("Data seed narasi-2023.json tidak ditemukan di assembly.");
        return JsonSerializer.Deserialize<NarasiData>(s, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("Data seed narasi-2023.json kosong.");
    }
}

/// <summary>The analysis texts of one indicator.</summary>
internal sealed class NarasiIndikatorJson
{
    public string? AnalisisCapaian { get; set; }
    public string? FaktorPendukung { get; set; }
    public string? Hambatan { get; set; }
    public string? AnalisisEfisiensi { get; set; }
    public string? Rekomendasi { get; set; }
}
