using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Common;
using Sakip.Application.Perencanaan;
using Sakip.Application.Laporan;
using Sakip.Application.Beranda;
using Sakip.Infrastructure.Data;

namespace Sakip.Web.Features.PerjanjianKinerja;

public sealed class PerjanjianKinerjaController(IKinerjaQuery kinerja, ISatkerQuery satkerQuery, IAksesSatker akses, IDokumenPerjanjianKinerja dokumen) : Controller
{
    /// <summary>The PK table of a year: consolidated for Pusdiklatbangprof, or of one satker.</summary>
    public async Task<IActionResult> Index(int? tahun, int? satker, CancellationToken ct)
    {
        var daftarTahun = await kinerja.DaftarTahunAsync(ct);
        var th = tahun ?? daftarTahun.FirstOrDefault();
        var pilihan = await satkerQuery.DaftarAsync(akses.SatkerSendiri, ct);
        var satkerId = satker ?? akses.SatkerSendiri ?? pilihan.FirstOrDefault(s => s.IndukId is null)?.Id;
        if (satkerId is null) return NotFound();
        if (!akses.BolehLihat(satkerId.Value)) return Forbid();

        var tabel = await kinerja.PerjanjianKinerjaAsync(th, satkerId.Value, akses.BolehLihatKonsolidasi, ct);
        if (tabel is null) return NotFound();
        return View(new PerjanjianKinerjaModel(tabel, daftarTahun, pilihan));
    }

    /// <summary>The printable PK document (PDF) of a satker and year.</summary>
    public async Task<IActionResult> Unduh(int tahun, int satker, CancellationToken ct)
    {
        if (!akses.BolehLihat(satker)) return Forbid();
        var berkas = await dokumen.PdfAsync(tahun, satker, ct);
        return berkas is null ? NotFound() : File(berkas.Isi, berkas.ContentType, berkas.NamaBerkas);
    }
}

public sealed record PerjanjianKinerjaModel(TabelPerjanjianKinerja Tabel, IReadOnlyList<int> DaftarTahun, IReadOnlyList<Sakip.Domain.Entities.Satker> PilihanSatker);
