using System.Security.Claims;

using Sakip.Application.Common;

namespace Sakip.Web.Infrastructure;

/// <summary>One entry of the main menu: a page (controller) or a group of pages shown as a dropdown.</summary>
public sealed record ItemMenu(string Teks, string? Controller, IReadOnlyList<ItemMenu> Anak)
{
    public static ItemMenu Halaman(string teks, string controller) => new(teks, controller, []);
    public static ItemMenu Grup(string teks, params ItemMenu[] anak) => new(teks, null, anak);

    /// <summary>True when this page, or one of the group's pages, is the current one (or its parent page).</summary>
    public bool Aktif(string? controller) =>
        controller is not null && (string.Equals(Controller, Navigasi.Induk(controller), StringComparison.OrdinalIgnoreCase) || Anak.Any(a => a.Aktif(controller)));
}

/// <summary>
/// The main menu per role, in the order of that role's tasks, and the breadcrumb trail of every feature page.
/// An AdminSatker fills realisations and budget first; planners plan, then verify; the leadership reads.
/// </summary>
public static class Navigasi
{
    private static readonly ItemMenu Beranda = ItemMenu.Halaman("Beranda", "Beranda");
    private static readonly ItemMenu Renstra = ItemMenu.Halaman("Renstra", "Renstra");
    private static readonly ItemMenu Indikator = ItemMenu.Halaman("Sasaran dan indikator", "Indikator");
    private static readonly ItemMenu Target = ItemMenu.Halaman("Target Perjanjian Kinerja", "Perencanaan");
    private static readonly ItemMenu Pk = ItemMenu.Halaman("Perjanjian Kinerja", "PerjanjianKinerja");
    private static readonly ItemMenu Realisasi = ItemMenu.Halaman("Realisasi", "Realisasi");
    private static readonly ItemMenu Verifikasi = ItemMenu.Halaman("Verifikasi", "Verifikasi");
    private static readonly ItemMenu Temuan = ItemMenu.Halaman("Temuan data", "Temuan");
    private static readonly ItemMenu Tercantum = ItemMenu.Halaman("Angka tercantum", "Tercantum");
    private static readonly ItemMenu Audit = ItemMenu.Halaman("Jejak perubahan", "Audit");
    private static readonly ItemMenu Anggaran = ItemMenu.Halaman("Anggaran", "Anggaran");
    private static readonly ItemMenu Laporan = ItemMenu.Halaman("Laporan", "Laporan");
    private static readonly ItemMenu Satker = ItemMenu.Halaman("Satker", "Satker");
    private static readonly ItemMenu Pengguna = ItemMenu.Halaman("Pengguna", "Pengguna");
    private static readonly ItemMenu Evaluasi = ItemMenu.Halaman("Evaluasi AKIP", "Evaluasi");
    private static readonly ItemMenu TindakLanjut = ItemMenu.Halaman("Tindak lanjut rekomendasi", "TindakLanjut");
    private static readonly ItemMenu RencanaAksi = ItemMenu.Halaman("Rencana aksi", "RencanaAksi");

    /// <summary>The menu of the signed-in user; empty when nobody is signed in.</summary>
    public static IReadOnlyList<ItemMenu> Menu(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return [];
        if (user.IsInRole(Peran.Admin))
            return [Beranda, ItemMenu.Grup("Perencanaan", Renstra, Indikator, Target), ItemMenu.Grup("Kinerja", Pk, RencanaAksi, Realisasi, Verifikasi, Audit, Temuan, Tercantum, Evaluasi, TindakLanjut), Anggaran, Laporan, Satker, Pengguna];
        if (user.IsInRole(Peran.Perencana))
            return [Beranda, ItemMenu.Grup("Perencanaan", Renstra, Indikator, Target), ItemMenu.Grup("Kinerja", Pk, RencanaAksi, Realisasi, Verifikasi, Audit, Temuan, Tercantum, Evaluasi, TindakLanjut), Anggaran, Laporan, Satker];
        if (user.IsInRole(Peran.Pimpinan))
            return [Beranda, ItemMenu.Grup("Kinerja", Pk, RencanaAksi, Realisasi, Temuan, Tercantum, Evaluasi, TindakLanjut), Anggaran, Laporan, ItemMenu.Grup("Perencanaan", Renstra), Satker];
        // AdminSatker: its own tasks first (realisation, budget), then what it reads
        return [Beranda, Realisasi, RencanaAksi, Anggaran, Pk, Laporan, ItemMenu.Grup("Pemeriksaan", Tercantum, Temuan, Evaluasi, TindakLanjut), ItemMenu.Grup("Referensi", Renstra, Satker)];
    }

    /// <summary>Pages reached from another page: their breadcrumb goes through that page and the menu marks it.</summary>
    private static readonly Dictionary<string, string> IndukHalaman = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UnggahRealisasi"] = "Realisasi",
        ["DataDukung"] = "Realisasi",
        ["Narasi"] = "Laporan",
    };

    public static string Induk(string controller) => IndukHalaman.GetValueOrDefault(controller, controller);

    /// <summary>
    /// Beranda → [menu group] → page (linked, unless this is the page's own index) → this page's title, following the user's
    /// own menu; empty on Beranda and on pages without a title. Each step is (text, controller to link to or null).
    /// </summary>
    public static IReadOnlyList<(string Teks, string? Controller)> Remah(IReadOnlyList<ItemMenu> menu, string? controller, string? action, string? judul)
    {
        if (controller is null || string.Equals(controller, "Beranda", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(judul)) return [];
        var jejak = new List<(string, string?)> { ("Beranda", "Beranda") };
        var induk = Induk(controller);
        var halamanUtama = string.Equals(induk, controller, StringComparison.OrdinalIgnoreCase)
            && (action is null || action.Equals("Index", StringComparison.OrdinalIgnoreCase));
        foreach (var item in menu)
        {
            var halaman = item.Anak.Count == 0 ? (item.Controller == induk ? item : null) : item.Anak.FirstOrDefault(a => a.Controller == induk);
            if (halaman is null) continue;
            if (item.Anak.Count > 0) jejak.Add((item.Teks, null));
            if (!halamanUtama) jejak.Add((halaman.Teks, halaman.Controller));
            break;
        }
        jejak.Add((judul, null));
        return jejak;
    }
}
