using System.Text.Json;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;

namespace Sakip.Domain.Tests.TestData;

/// <summary>Test-data builder: the 2023 inputs (per-satker n/T, outputs, components, budget) read from the published LAKIN figures in lakin-2023.json.</summary>
public static class Lakin2023
{
    private static readonly Lazy<JsonElement> _root = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "lakin-2023.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.Clone();
    });

    public const string Pusat = "PUSDIKLATBANGPROF";

    public static JsonElement Root => _root.Value;

    /// <summary>Satker keys in the order of the file; the satker id used in the models is the position + 1 (Pusdiklatbangprof = 1).</summary>
    public static IReadOnlyList<string> Satker => Root.GetProperty("satker").EnumerateArray().Select(s => s.GetProperty("key").GetString()!).ToList();

    public static int SatkerId(string key)
    {
        var i = Satker.ToList().IndexOf(key);
        if (i < 0) throw new ArgumentException($"Unknown satker {key}");
        return i + 1;
    }

    public static int IdPusat => SatkerId(Pusat);

    public static IReadOnlyList<string> KodeIndikator => Root.GetProperty("indikator").EnumerateArray().Select(i => i.GetProperty("code").GetString()!).ToList();

    public static JsonElement Indikator(string kode) => Root.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("code").GetString() == kode);

    public static int IndikatorId(string kode) => KodeIndikator.ToList().IndexOf(kode) + 1;

    public static decimal Angka(JsonElement e) => e.GetDecimal();

    public static IReadOnlyDictionary<string, decimal> PerSatker(JsonElement obj)
        => obj.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal());

    /// <summary>n and T of a ratio indicator per satker (1.1, 2.1).</summary>
    public static IReadOnlyList<(string Satker, decimal N, decimal T)> RasioPerSatker(string kode)
    {
        var by = Indikator(kode).GetProperty("bySatker");
        var n = PerSatker(by.GetProperty("n"));
        var t = PerSatker(by.GetProperty("T"));
        return n.Keys.Select(k => (k, n[k], t[k])).ToList();
    }

    public static IReadOnlyDictionary<string, decimal> Terdaftar(string kode) => PerSatker(Indikator(kode).GetProperty("bySatker").GetProperty("registered"));

    public static decimal TotalTercantum(string kode, string nama) => Indikator(kode).GetProperty("totalsPublished").GetProperty(nama).GetDecimal();

    /// <summary>Output (volume) targets per satker.</summary>
    public static IReadOnlyDictionary<string, decimal> TargetOutput(string kode) => PerSatker(Indikator(kode).GetProperty("output").GetProperty("target"));

    /// <summary>Output realisations per satker; for 1.1 and 2.1 the output is T ("mengikuti" = took part in the whole process).</summary>
    public static IReadOnlyDictionary<string, decimal> RealisasiOutput(string kode)
    {
        var output = Indikator(kode).GetProperty("output");
        return output.TryGetProperty("realisasi", out var r)
            ? PerSatker(r)
            : PerSatker(Indikator(kode).GetProperty("bySatker").GetProperty("T"));
    }

    /// <summary>Rows of a breakdown table: row name → values in column order, with the column names.</summary>
    public static (IReadOnlyList<string> Kolom, IReadOnlyDictionary<string, IReadOnlyList<decimal>> Baris, IReadOnlyList<decimal> TotalTercantum) Rincian(string kode, string tabel)
    {
        var t = Indikator(kode).GetProperty("breakdowns").GetProperty(tabel);
        var kolom = t.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
        var baris = t.GetProperty("rows").EnumerateObject()
            .ToDictionary(p => p.Name, p => (IReadOnlyList<decimal>)p.Value.EnumerateArray().Select(v => v.GetDecimal()).ToList());
        var total = t.GetProperty("totalPublished").EnumerateArray().Select(v => v.GetDecimal()).ToList();
        return (kolom, baris, total);
    }

    /// <summary>Cells (category, value) of a breakdown table, for column totals.</summary>
    public static IEnumerable<(string Kategori, decimal Nilai)> Sel(string kode, string tabel)
    {
        var (kolom, baris, _) = Rincian(kode, tabel);
        return baris.Values.SelectMany(v => v.Select((x, i) => (kolom[i], x)));
    }

    /// <summary>Components of nilai kinerja anggaran (SMART, IKPA) with weights in percent (the file holds fractions: 0,5 → 50).</summary>
    public static IReadOnlyList<(string Nama, decimal Bobot, decimal Nilai)> KomponenKinerjaAnggaran()
        => Indikator("6.2").GetProperty("components").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("weight").GetDecimal() * 100m, c.GetProperty("value").GetDecimal()))
            .ToList();

    /// <summary>The eight IKPA components with weights in percent and their aspect.</summary>
    public static IReadOnlyList<(string Nama, string Aspek, decimal Bobot, decimal Nilai)> KomponenIkpa()
        => Indikator("6.2").GetProperty("ikpa").GetProperty("components").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("aspect").GetString()!, c.GetProperty("weight").GetDecimal(), c.GetProperty("value").GetDecimal()))
            .ToList();

    public static IReadOnlyList<decimal> UnsurSkm()
        => Indikator("7.1").GetProperty("skmUnsur").EnumerateArray().Select(u => u.GetProperty("value").GetDecimal()).ToList();

    public static IReadOnlyList<(string Satker, decimal Ikm, int Responden)> IkmPerSatker()
        => Indikator("7.1").GetProperty("consolidation").GetProperty("bySatker").EnumerateObject()
            .Select(p => (p.Name, p.Value.GetProperty("ikm").GetDecimal(), p.Value.GetProperty("respondents").GetInt32()))
            .ToList();

    /// <summary>Pagu and realisasi per indicator (a shared line such as ATENSI lists several indicators).</summary>
    public static IReadOnlyList<(IReadOnlyList<string> Indikator, decimal Pagu, decimal Realisasi)> AnggaranPerIndikator()
        => Root.GetProperty("budget").GetProperty("byIndikator2023").EnumerateArray()
            .Select(b => ((IReadOnlyList<string>)b.GetProperty("ik").EnumerateArray().Select(x => x.GetString()!).ToList(),
                b.GetProperty("pagu").GetDecimal(), b.GetProperty("realisasi").GetDecimal()))
            .ToList();

    /// <summary>Budget lines (uraian, pagu, realisasi) of a section of the budget: e.g. ("consolidated2023", "byKegiatan").</summary>
    public static IReadOnlyList<(string Uraian, decimal Pagu, decimal Realisasi)> Anggaran(string bagian, string tabel, string namaKolom)
        => Root.GetProperty("budget").GetProperty(bagian).GetProperty(tabel).EnumerateArray()
            .Select(b => (b.GetProperty(namaKolom).GetString()!, b.GetProperty("pagu").GetDecimal(), b.GetProperty("realisasi").GetDecimal()))
            .ToList();

    public static JsonElement TotalAnggaranTercantum(string bagian) => Root.GetProperty("budget").GetProperty(bagian).GetProperty("totalPublished");

    // ---- calculator inputs ----

    /// <summary>The eleven PK indicators as the calculator sees them, each aggregated the way the LAKIN 2023 does.</summary>
    public static IReadOnlyList<IndikatorDef> IndikatorDefs()
    {
        var hasil = new List<IndikatorDef>();
        foreach (var kode in KodeIndikator)
        {
            var ik = Indikator(kode);
            var id = IndikatorId(kode);
            var kind = ik.GetProperty("kind").GetString();
            var jenis = kind switch
            {
                "ratio" => JenisIndikator.Rasio,
                "score" => JenisIndikator.NilaiLangsung,
                "weighted" => JenisIndikator.KompositBerbobot,
                "survey" => JenisIndikator.IndeksSurvei,
                _ => throw new InvalidOperationException(kind),
            };
            var perSatker = ik.TryGetProperty("bySatker", out _);
            var pengampu = ik.TryGetProperty("onlySatker", out var only) ? only.GetString()! : Pusat;
            var komponen = jenis switch
            {
                // IKPA enters as DJPb publishes it (95,91), a leaf; its own eight components are tested separately.
                JenisIndikator.KompositBerbobot => KomponenKinerjaAnggaran().Select((k, i) => new KomponenDef(id * 100 + i, k.Nama, k.Bobot, null)).ToList(),
                JenisIndikator.IndeksSurvei => UnsurSkm().Select((_, i) => new KomponenDef(id * 100 + i, $"Unsur {i + 1}", 1m, null)).ToList(),
                _ => new List<KomponenDef>(),
            };
            hasil.Add(new IndikatorDef(id, kode, ik.GetProperty("name").GetString()!,
                ik.GetProperty("sasaranKegiatan").GetInt32(),
                SasaranNama(ik.GetProperty("sasaranKegiatan").GetInt32()),
                ik.GetProperty("unit").GetString()!,
                jenis,
                perSatker ? CaraAgregasi.RasioJumlah : CaraAgregasi.SatkerPengampu,
                Polaritas.MakinTinggiMakinBaik,
                perSatker ? null : SatkerId(pengampu),
                kode == "6.2" ? 3 : 2,
                komponen));
        }
        return hasil;
    }

    private static string SasaranNama(int no)
        => Root.GetProperty("sasaranKegiatan").EnumerateArray().Single(s => s.GetProperty("no").GetInt32() == no).GetProperty("name").GetString()!;

    /// <summary>Pusdiklatbangprof's PK targets (value and its own output target) plus every satker's output targets.</summary>
    /// <summary>
    /// The 2023 PK targets: Pusdiklatbangprof's value and volume; every satker that reports an indicator (or has an output target
    /// for it) holds it in its PK with the same target value — the LAKIN prints it once for all, as the seed stores it — and
    /// its own output volume.
    /// </summary>
    public static IReadOnlyList<TargetData> Target()
    {
        var hasil = new List<TargetData>();
        var melapor = Realisasi().ToLookup(r => r.IndikatorId, r => r.SatkerId);
        foreach (var kode in KodeIndikator)
        {
            var ik = Indikator(kode);
            var id = IndikatorId(kode);
            var target = ik.GetProperty("target").GetDecimal();
            var volume = ik.TryGetProperty("output", out _) ? TargetOutput(kode) : new Dictionary<string, decimal>();
            hasil.Add(new TargetData(IdPusat, id, target, volume.TryGetValue(Pusat, out var vp) ? vp : null));
            var satker = volume.Keys.Where(k => k != Pusat).Select(SatkerId).Concat(melapor[id]).Where(s => s != IdPusat).Distinct();
            foreach (var s in satker)
                hasil.Add(new TargetData(s, id, target, volume.FirstOrDefault(x => x.Key != Pusat && SatkerId(x.Key) == s) is { Key: not null } v ? v.Value : null));
        }
        return hasil;
    }

    /// <summary>Every satker's 2023 realisation: n/T per satker where published, otherwise the pengampu's n/T or value, plus output volumes.</summary>
    public static IReadOnlyList<RealisasiData> Realisasi()
    {
        var hasil = new List<RealisasiData>();
        var defs = IndikatorDefs();
        foreach (var def in defs)
        {
            var ik = Indikator(def.Kode);
            var volume = ik.TryGetProperty("output", out _) ? RealisasiOutput(def.Kode) : new Dictionary<string, decimal>();
            var baris = new Dictionary<string, RealisasiData>();
            RealisasiData Kosong(string s) => new(SatkerId(s), def.Id, null, null, null, null, null, new Dictionary<int, decimal>());
            RealisasiData Ambil(string s) => baris.TryGetValue(s, out var r) ? r : Kosong(s);

            if (def.Agregasi == CaraAgregasi.RasioJumlah)
            {
                foreach (var (s, n, t) in RasioPerSatker(def.Kode)) baris[s] = Ambil(s) with { N = n, T = t };
            }
            else
            {
                var p = Satker[def.SatkerPengampuId!.Value - 1];
                var r = Ambil(p);
                if (ik.TryGetProperty("n", out var n)) r = r with { N = n.GetDecimal(), T = ik.GetProperty("T").GetDecimal() };
                if (ik.TryGetProperty("value", out var v)) r = r with { Nilai = v.GetDecimal() };
                if (def.Jenis is JenisIndikator.KompositBerbobot)
                    r = r with { Komponen = KomponenKinerjaAnggaran().Select((k, i) => (def.Komponen[i].Id, k.Nilai)).ToDictionary(x => x.Id, x => x.Nilai) };
                if (def.Jenis is JenisIndikator.IndeksSurvei)
                    r = r with { Komponen = UnsurSkm().Select((u, i) => (def.Komponen[i].Id, u)).ToDictionary(x => x.Id, x => x.u) };
                baris[p] = r;
            }
            if (def.Jenis is JenisIndikator.IndeksSurvei)
            {
                // other satker report their own index and respondents (used by the consolidated index)
                foreach (var (s, ikm, responden) in IkmPerSatker())
                    baris[s] = s == Satker[def.SatkerPengampuId!.Value - 1] ? Ambil(s) with { Responden = responden } : Ambil(s) with { Nilai = ikm, Responden = responden };
            }
            foreach (var (s, v) in volume) baris[s] = Ambil(s) with { Volume = v };
            hasil.AddRange(baris.Values);
        }
        return hasil;
    }

    /// <summary>The consolidated PK table of Pusdiklatbangprof 2023 as the calculator computes it.</summary>
    public static IReadOnlyList<BarisCapaian> PkKonsolidasi()
        => KalkulatorKinerja.Konsolidasi(IdPusat, IndikatorDefs(), Target(), Realisasi());

    public static BarisCapaian Baris(this IReadOnlyList<BarisCapaian> pk, string kode) => pk.Single(b => b.Indikator.Kode == kode);
}
