extern alias bench;

using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Sakip.Web.Tests;

/// <summary>
/// Benches that cannot rot: every command of tests/Sakip.Bench runs in-process with tiny sizes, exits 0 and prints its
/// figures. Nothing is timed against a goal here (benchmarks are never timed unit tests); the figures only have to be there.
/// The commands of one class run one after the other (the bench prints through one shared writer).
/// </summary>
public sealed class BenchSmokeTests(ITestOutputHelper keluaran)
{
    public static TheoryData<string, string[], string[]> Perintah => new()
    {
        { "agregasi", ["--satker", "3", "--indikator", "2", "--tahun", "1"],
            [@"hand-written SQL GROUP BY .*:\s+\d+ ms\s+groups=\d+", @"aggregation service .*:\s+\d+ ms\s+groups=\d+"] },
        // 16 rows an upload, 8 indicators a satker: the 40 rows go in as several uploads, as the 10 000 of the default run do
        { "impor", ["--baris", "40", "--per-unggah", "16"],
            [@"in [2-9] upload\(s\) of at most 16 rows", @"Import: validate \+ preview .*:\s+[\d.,]+ ms", @"Import total\s+:\s+[\d.,]+ ms for [\d.,]+ changed cells, [\d.,]+ realisations saved"] },
        { "laporan", ["--satker", "3"],
            [@"LAKIN 2023 konsolidasi \(data seed\): \d+ halaman", @"generation \(query \+ model \+ PDF\): \d+ ms best of 3", @"final \+ lampiran \(query \+ model \+ PDF, .*\): \d+ ms best of 3, \d+ halaman", @"generation \(query \+ model \+ DOCX\): \d+ ms best of 3", @"LAKIN konsolidasi sintetis 3 satker: \d+ halaman"] },
        { "kueri", ["--kali", "3"],
            [@"MuatAsync \(all satker\)\s+\d+ µs CPU,\s+\d+ µs wall", @"FormulirAsync .*\d+ µs CPU"] },
        // background loops and server-side detail on, so that those paths cannot rot either. The error count is printed, not
        // asserted: in a full test run on two cores a 2-second load beside the other test hosts may time a request out, and the
        // 0-errors goal belongs to the bench's own run (docs/benchmarks.md), never to a timed unit test.
        { "beban", ["--detik", "2", "--pengguna", "2", "--dengan-latar", "--rinci"],
            [@"overall\s+[1-9][\d.,]*\s+[\d.,]+\s+[\d.,]+ ", @"Goal \(p95 < 100 ms overall, 0 errors\): \w+ — p95 [\d.,]+ ms, \d+ errors", @"LAKIN PDF konsolidasi\s+\d+"] },
    };

    [Fact]
    public void EveryCommandOfTheBenchHasASmokeRun()
        => Perintah.Select(r => (string)r[0]).Should().BeEquivalentTo(bench::Sakip.Bench.Perintah.Semua);

    [Theory]
    [MemberData(nameof(Perintah))]
    public async Task TheCommandRunsWithTinySizesAndPrintsItsFigures(string perintah, string[] argumen, string[] angka)
    {
        var tulisan = new StringWriter();
        var sw = Stopwatch.StartNew();
        var kode = await bench::Sakip.Bench.Perintah.JalankanAsync([perintah, .. argumen], tulisan);
        var teks = tulisan.ToString();
        keluaran.WriteLine($"{perintah} {string.Join(" ", argumen)}: exit {kode} in {sw.Elapsed.TotalSeconds:F1} s\n{teks}");

        kode.Should().Be(0, teks);
        foreach (var pola in angka)
            Regex.IsMatch(teks, pola).Should().BeTrue($"the output of {perintah} holds a figure line matching {pola}:\n{teks}");
    }
}
