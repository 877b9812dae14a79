using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Sakip.Web.Tests.Features.Realisasi;

/// <summary>Evidence files are judged by their content, not their name: Office files must be real, safe archives; names never become paths.</summary>
public sealed class DataDukungIsiTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static async Task UnggahAsync(HttpClient klien, int satker, int indikator, byte[] isi, string nama, string halaman)
        => (await DataDukungTests.UnggahAsync(klien, satker, indikator, isi, nama, halaman)).StatusCode.Should().Be(HttpStatusCode.Redirect);

    private static byte[] Zip(params (string Nama, int Ukuran)[] bagian)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (nama, ukuran) in bagian)
            {
                using var s = zip.CreateEntry(nama, CompressionLevel.SmallestSize).Open();
                s.Write(Encoding.ASCII.GetBytes(new string(' ', ukuran)));
            }
        return ms.ToArray();
    }

    [Fact]
    public async Task OfficeEvidenceMustBeARealSafeDocumentAndItsNameIsNeverAPath()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("1.1");
        var halaman = $"/Realisasi?satker={padang}&tahun=2023&periode=TW1";
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");

        await UnggahAsync(klien, padang, ik, Zip(("[Content_Types].xml", 10), ("word/document.xml", 100)), "notulen rapat.docx", halaman);
        (await klien.GetStringAsync(halaman)).Should().Contain("Data dukung notulen rapat.docx diunggah.");

        await UnggahAsync(klien, padang, ik, Zip(("isi.txt", 10)), "bukan-excel.xlsx", halaman);
        (await klien.GetStringAsync(halaman)).Should().Contain("Isi berkas bukan-excel.xlsx bukan XLSX yang sah.");
        await UnggahAsync(klien, padang, ik, Zip(("[Content_Types].xml", 10), ("word/document.xml", 100)), "dokumen-word.xlsx", halaman);
        (await klien.GetStringAsync(halaman)).Should().Contain("Isi berkas dokumen-word.xlsx bukan XLSX yang sah.", "a Word file renamed .xlsx is refused");
        await UnggahAsync(klien, padang, ik, Zip(("[Content_Types].xml", 10), ("xl/workbook.xml", 10), ("xl/worksheets/sheet1.xml", 80 * 1024 * 1024)), "bom.xlsx", halaman);
        (await klien.GetStringAsync(halaman)).Should().Contain("Isi berkas bom.xlsx bukan XLSX yang sah.", "a zip bomb is refused before anything opens it");

        await UnggahAsync(klien, padang, ik, "%PDF-1.7\n"u8.ToArray(), "../../../etc/passwd.pdf", halaman);
        var d = await app.DbAsync(db => db.DataDukung.SingleAsync(x => x.NamaBerkas.EndsWith("passwd.pdf")));
        d.NamaBerkas.Should().Be("passwd.pdf");
        d.KunciPenyimpanan.Should().MatchRegex("^[0-9a-f]{32}\\.pdf$", "files are stored under a generated name");
        (await app.DbAsync(db => db.DataDukung.CountAsync())).Should().Be(2);
    }
}
