using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sakip.Infrastructure.Seed;

/// <summary>The 2023 LAKIN figures as shipped with the application (embedded copy of lakin-2023.json).</summary>
internal sealed class LakinData
{
    public int Year { get; set; }
    public List<SatkerJson> Satker { get; set; } = [];
    public RenstraJson Renstra { get; set; } = new();
    public List<SasaranJson> SasaranKegiatan { get; set; } = [];
    public List<IndikatorJson> Indikator { get; set; } = [];
    public BudgetJson Budget { get; set; } = new();
    public SignatureJson Signature { get; set; } = new();
    public ConclusionJson? ConclusionPublished { get; set; }

    public static LakinData Load()
    {
        using var s = typeof(LakinData).Assembly.GetManifestResourceStream("Sakip.Seed.lakin-2023.json")
            ?? throw new InvalidOperationException("Data seed lakin-2023.json tidak ditemukan di assembly.");
        return JsonSerializer.Deserialize<LakinData>(s, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("Data seed lakin-2023.json kosong.");
    }
}

internal sealed class SatkerJson
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string Short { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Regional { get; set; }
    public string? Parent { get; set; }
    public string? KodeSatker { get; set; }
    public string? Head { get; set; }
    public string? HeadTitle { get; set; }
    public string? City { get; set; }
    public int? Pegawai { get; set; }
}

internal sealed class RenstraJson
{
    public string Period { get; set; } = "";
    public string Visi { get; set; } = "";
    public List<string> Misi { get; set; } = [];
}

internal sealed class SasaranJson
{
    public int No { get; set; }
    public string Name { get; set; } = "";
}

internal sealed class IndikatorJson
{
    public string Code { get; set; } = "";
    public int SasaranKegiatan { get; set; }
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal Target { get; set; }
    public string Kind { get; set; } = "";
    public string? NLabel { get; set; }
    public string? TLabel { get; set; }
    public string? OnlySatker { get; set; }
    public decimal? N { get; set; }
    public decimal? T { get; set; }
    public decimal? Value { get; set; }
    public string? Predikat { get; set; }
    public OutputJson? Output { get; set; }
    public BySatkerJson? BySatker { get; set; }
    public Dictionary<string, decimal>? MonevPercentBySatker { get; set; }
    public Dictionary<string, JsonElement>? Breakdowns { get; set; }
    public Dictionary<string, decimal?>? Trend { get; set; }
    public decimal? Target2024 { get; set; }
    public List<KomponenJson>? Components { get; set; }
    public IkpaJson? Ikpa { get; set; }
    public List<UnsurJson>? SkmUnsur { get; set; }
    public KonsolidasiSkmJson? Consolidation { get; set; }
    public decimal? RealisasiPublished { get; set; }
    public TotalsJson? TotalsPublished { get; set; }
    public Dictionary<string, PreviousYearJson>? PreviousYear { get; set; }
    public decimal? SkmTotalPublished { get; set; }
}

internal sealed class TotalsJson
{
    public decimal? Registered { get; set; }
    [JsonPropertyName("T")] public decimal? T { get; set; }
    [JsonPropertyName("n")] public decimal? N { get; set; }
}

internal sealed class PreviousYearJson
{
    [JsonPropertyName("T")] public decimal? T { get; set; }
    [JsonPropertyName("n")] public decimal? N { get; set; }
    public decimal? PercentPublished { get; set; }
}

internal sealed class ConclusionJson
{
    public int Indikator { get; set; }
    public int AboveTarget { get; set; }
    public int EqualTarget { get; set; }
    public int BelowTarget { get; set; }
}

internal sealed class OutputJson
{
    public string Label { get; set; } = "";
    public Dictionary<string, decimal> Target { get; set; } = [];
    public Dictionary<string, decimal>? Realisasi { get; set; }
    public decimal? CapaianPublished { get; set; }
}

internal sealed class BySatkerJson
{
    public Dictionary<string, decimal>? Registered { get; set; }
    [JsonPropertyName("T")] public Dictionary<string, decimal> T { get; set; } = [];
    [JsonPropertyName("n")] public Dictionary<string, decimal> N { get; set; } = [];
}

internal sealed class KomponenJson
{
    public string Name { get; set; } = "";
    public decimal Weight { get; set; }
    public decimal Value { get; set; }
    public string? Aspect { get; set; }
}

internal sealed class IkpaJson
{
    public List<KomponenJson> Components { get; set; } = [];
    public decimal? TotalPublished { get; set; }
    public Dictionary<string, decimal>? AspectPublished { get; set; }
}

internal sealed class UnsurJson
{
    public string Unsur { get; set; } = "";
    public decimal Value { get; set; }
}

internal sealed class KonsolidasiSkmJson
{
    public Dictionary<string, SkmSatkerJson> BySatker { get; set; } = [];
    public decimal? Published { get; set; }
    public decimal? TotalRespondentsPublished { get; set; }
}

internal sealed class SkmSatkerJson
{
    public decimal Ikm { get; set; }
    public int Respondents { get; set; }
}

internal sealed class BudgetJson
{
    public PusatBudgetJson Pusdiklatbangprof2023 { get; set; } = new();
    public KonsolidasiBudgetJson Consolidated2023 { get; set; } = new();
    public List<BudgetIndikatorJson> ByIndikator2023 { get; set; } = [];
}

internal sealed class PusatBudgetJson
{
    public List<BudgetLineJson> ByJenisBelanja { get; set; } = [];
    public List<BudgetLineJson> ByKegiatan { get; set; } = [];
    public List<PaguRevisionJson> PaguRevisions { get; set; } = [];
}

internal sealed class KonsolidasiBudgetJson
{
    public List<BudgetLineJson> ByKegiatan { get; set; } = [];
}

internal sealed class BudgetLineJson
{
    public string? Jenis { get; set; }
    public string? Kegiatan { get; set; }
    public decimal Pagu { get; set; }
    public decimal Realisasi { get; set; }
}

internal sealed class BudgetIndikatorJson
{
    public List<string> Ik { get; set; } = [];
    public decimal Pagu { get; set; }
    public decimal Realisasi { get; set; }
}

internal sealed class PaguRevisionJson
{
    public int No { get; set; }
    public DateOnly Date { get; set; }
    public decimal Pagu { get; set; }
    public string? Description { get; set; }
}

internal sealed class SignatureJson
{
    public string Place { get; set; } = "";
    public string Date { get; set; } = "";
    public string Name { get; set; } = "";
    public string Title { get; set; } = "";
}
