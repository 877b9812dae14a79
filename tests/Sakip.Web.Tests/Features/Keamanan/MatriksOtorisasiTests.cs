using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Domain.Entities;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>
/// The authorization matrix: every controller action and endpoint of the running app, the answer each kind of user gets,
/// and, for every request, that the database and the stored files did not change unless the row says the request may change
/// them. A new action without a row fails <see cref="EveryActionAndEndpointOfTheAppHasARowInTheMatrix"/> naming it.
/// Columns: anonymous, Admin, Perencana, Pimpinan, AdminSatker of BBPPKS Padang on its own satker, and the same admin
/// sending BBPPKS Bandung's ids (satker in query and form, budget line and evidence ids in the route).
/// Parts are proven in more detail elsewhere (AnggaranTests, DataDukungTests, VerifikasiTests, NarasiTests, …): this class
/// keeps the whole surface in one place.
/// </summary>
public sealed class MatriksOtorisasiTests(MatriksOtorisasiTests.Data data) : IClassFixture<MatriksOtorisasiTests.Data>
{
    // ---------- expected answers ----------

    /// <summary>An acceptable answer: status(es), where a redirect goes, the kind of file, and whether data may change.</summary>
    public sealed record Hasil(int[] Status, string? Lokasi = null, string? Konten = null, bool BolehMengubah = false)
    {
        public override string ToString() => $"{string.Join("/", Status)}{(Lokasi is null ? "" : " → " + Lokasi)}{(Konten is null ? "" : " " + Konten)}";
    }

    private static readonly Hasil Ok = new([200]);
    private static readonly Hasil KeMasuk = new([302], "/Akun/Masuk");
    private static readonly Hasil Dilarang = new([403]);
    private static readonly Hasil TidakAda = new([404]);
    /// <summary>The form is refused (validation) and shown again; nothing saved.</summary>
    private static readonly Hasil Ditolak = new([400]);
    private static readonly Hasil Konflik = new([409]);
    private static readonly Hasil Pdf = new([200], Konten: "application/pdf");
    private static readonly Hasil Xlsx = new([200], Konten: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static readonly Hasil Docx = new([200], Konten: "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static Hasil Ke(string lokasi) => new([302], lokasi);
    private static readonly Hasil KeluarMengubahStempel = KeMasuk with { BolehMengubah = true };

    /// <summary>The ids a request is filled with: the satker it is aimed at and that satker's objects.</summary>
    public sealed record Sasaran(int Satker, int MataAnggaran, int DataDukung, int Realisasi, int Indikator, int SasaranKegiatan, int Renstra, int Rekomendasi = 0)
    {
        /// <summary>An attached appendix of the satker's 2023 LAKIN (issue 19 item 4).</summary>
        public int Lampiran { get; init; }
    }


    /// <summary>
    /// One row: key "Controller/Action METHOD" ("*" = any method, requested with GET; endpoints: "endpoint /pattern"),
    /// the URL ({s} satker, {ma} budget line, {dd} evidence, {r} realisation, {ik} indicator, {sk} sasaran, {rs} renstra, {rk} recommendation),
    /// the form (POST only), and the answer per column.
    /// </summary>
    public sealed record Baris(string Kunci, string Url, Func<Sasaran, Dictionary<string, string>>? Form,
        Hasil Anonim, Hasil Admin, Hasil Perencana, Hasil Pimpinan, Hasil Padang, Hasil PadangKeBandung)
    {
        public bool Post => Kunci.EndsWith(" POST", StringComparison.Ordinal);
        public bool MenerimaPost => Post || Kunci.EndsWith(" *", StringComparison.Ordinal);
        public bool Mvc => !Kunci.StartsWith("endpoint ", StringComparison.Ordinal);
        /// <summary>Signs the user out: run last.</summary>
        public bool Keluar => Kunci == "Akun/Keluar POST";
        public override string ToString() => Kunci;
    }

    private static Baris B(string kunci, string url, Hasil anon, Hasil admin, Hasil perencana, Hasil pimpinan, Hasil padang, Hasil padangKeBandung,
        Func<Sasaran, Dictionary<string, string>>? form = null)
        => new(kunci, url, form, anon, admin, perencana, pimpinan, padang, padangKeBandung);

    /// <summary>Readable shorthands for the common shapes of a row.</summary>
    private static Baris Semua(string kunci, string url, Hasil h) => B(kunci, url, KeMasuk, h, h, h, h, h);
    private static Baris Perencana(string kunci, string url, Hasil h, Func<Sasaran, Dictionary<string, string>>? form = null)
        => B(kunci, url, KeMasuk, h, h, Dilarang, Dilarang, Dilarang, form);
    /// <summary>Admin only (user management).</summary>
    private static Baris AdminSaja(string kunci, string url, Hasil h, Func<Sasaran, Dictionary<string, string>>? form = null)
        => B(kunci, url, KeMasuk, h, Dilarang, Dilarang, Dilarang, Dilarang, form);
    /// <summary>Readable by whoever may see the satker: every central role, an AdminSatker only its own.</summary>
    private static Baris LihatSatker(string kunci, string url, Hasil h) => B(kunci, url, KeMasuk, h, h, h, h, Dilarang);
    /// <summary>Changeable by Admin, Perencana and the satker's own AdminSatker; Pimpinan reads only.</summary>
    private static Baris UbahSatker(string kunci, string url, Hasil h, Func<Sasaran, Dictionary<string, string>>? form = null)
        => B(kunci, url, KeMasuk, h, h, Dilarang, h, Dilarang, form);

    private static Dictionary<string, string> F(params (string Kunci, object Nilai)[] isian)
        => isian.ToDictionary(x => x.Kunci, x => Convert.ToString(x.Nilai, System.Globalization.CultureInfo.InvariantCulture)!);

    /// <summary>The matrix. Forms for allowed users are built to be refused or to change nothing, so every row can run for every user.</summary>
    public static readonly IReadOnlyList<Baris> Matriks =
    [
        // Akun: public login, logout for the signed in
        B("Akun/Masuk GET", "/Akun/Masuk", Ok, Ok, Ok, Ok, Ok, Ok),
        B("Akun/Masuk POST", "/Akun/Masuk", Ok, Ok, Ok, Ok, Ok, Ok, _ => F(("Email", "tidak-terdaftar@sakip.local"), ("KataSandi", "Salah#2023"))),
        B("Akun/AksesDitolak GET", "/Akun/AksesDitolak", Dilarang, Dilarang, Dilarang, Dilarang, Dilarang, Dilarang),
        // sign-out renews the user's security stamp (AspNetUsers) so every copy of the cookie ends (issue 14, SesiTests)
        // own password (issue 14): every signed-in user; the form here repeats the new password wrongly, so nothing changes
        Semua("Akun/Sandi GET", "/Akun/Sandi", Ok),
        Semua("Akun/Sandi POST", "/Akun/Sandi", Ditolak) with { Form = _ => F(("KataSandiLama", "Salah#2023x"), ("KataSandiBaru", "Baru#20240"), ("UlangiKataSandi", "Lain#20240")) },
        B("Akun/Keluar POST", "/Akun/Keluar", KeMasuk, KeluarMengubahStempel, KeluarMengubahStempel, KeluarMengubahStempel, KeluarMengubahStempel, KeluarMengubahStempel, _ => []),
        // two-step sign-in (issue 14, DuaLangkahTests). The second step needs the 5-minute cookie of a right password; without it
        // everybody, signed in or not, is sent back to the first step
        B("Akun/MasukDuaLangkah GET", "/Akun/MasukDuaLangkah", KeMasuk, KeMasuk, KeMasuk, KeMasuk, KeMasuk, KeMasuk),
        B("Akun/MasukDuaLangkah POST", "/Akun/MasukDuaLangkah", KeMasuk, KeMasuk, KeMasuk, KeMasuk, KeMasuk, KeMasuk, _ => F(("Kode", "123456"))),
        // the own two-step page: every signed-in user. The forms here leave the password or code empty (or two-step is not on,
        // or not being set up), so each is refused with 400 and nothing changes
        Semua("Akun/DuaLangkah GET", "/Akun/DuaLangkah", Ok),
        Semua("Akun/SiapkanDuaLangkah POST", "/Akun/SiapkanDuaLangkah", Ditolak) with { Form = _ => F(("kataSandi", "")) },
        Semua("Akun/AktifkanDuaLangkah POST", "/Akun/AktifkanDuaLangkah", Ditolak) with { Form = _ => F(("kode", "")) },
        Semua("Akun/KodePemulihanBaru POST", "/Akun/KodePemulihanBaru", Ditolak) with { Form = _ => F(("kodeBaru", "")) },
        Semua("Akun/MatikanDuaLangkah POST", "/Akun/MatikanDuaLangkah", Ditolak) with { Form = _ => F(("kataSandiAtauKode", "")) },

        // Beranda and the error pages (public, so an error is always explained)
        Semua("Beranda/Index *", "/", Ok),
        B("Beranda/Status *", "/Beranda/Status/404", TidakAda, TidakAda, TidakAda, TidakAda, TidakAda, TidakAda),
        B("Beranda/Galat *", "/Beranda/Galat", new([200, 500]), new([200, 500]), new([200, 500]), new([200, 500]), new([200, 500]), new([200, 500])),
        B("endpoint /health", "/health", Ok, Ok, Ok, Ok, Ok, Ok),
        // dashboard drill-down: an indicator across every satker is for the central roles only
        B("Beranda/Indikator *", "/Beranda/Indikator/{ik}?tahun=2023", KeMasuk, Ok, Ok, Ok, Dilarang, Dilarang),
        // audit log viewer: Admin and Perencana only, read-only
        Perencana("Audit/Index GET", "/Audit", Ok),

        // Read pages for everyone signed in (an AdminSatker sees its own satker only)
        Semua("Satker/Index *", "/Satker", Ok),
        // Pusdiklatbangprof's Renstra: Padang's admin reads its own satker's only (issue 15)
        B("Renstra/Index *", "/Renstra/Index/{rs}", KeMasuk, Ok, Ok, Ok, Dilarang, Dilarang),
        B("Renstra/Buat POST", "/Renstra/Buat", KeMasuk, Ditolak, Ditolak, Dilarang, Dilarang, Dilarang,
            s => F(("SatkerId", s.Satker), ("TahunAwal", 2031), ("TahunAkhir", 2030))),
        LihatSatker("PerjanjianKinerja/Index *", "/PerjanjianKinerja?tahun=2023&satker={s}", Ok),
        LihatSatker("PerjanjianKinerja/Unduh *", "/PerjanjianKinerja/Unduh?tahun=2023&satker={s}", Pdf),
        LihatSatker("Laporan/Index *", "/Laporan?tahun=2023&satker={s}", Ok),
        LihatSatker("Laporan/Pdf *", "/Laporan/Pdf?tahun=2023&satker={s}", Pdf),
        LihatSatker("Laporan/Excel *", "/Laporan/Excel?tahun=2023&satker={s}", Xlsx),
        LihatSatker("Laporan/Word *", "/Laporan/Word?tahun=2023&satker={s}", Docx),
        LihatSatker("Laporan/Final *", "/Laporan/Final?tahun=2023&satker={s}&versi=99", TidakAda),
        Perencana("Laporan/Tetapkan POST", "/Laporan/Tetapkan", Ke("/Laporan"), s => F(("tahun", 2023), ("satker", s.Satker))),
        // attached appendices of the LAKIN (issue 19 item 4): read by whoever may see the satker, added by whoever may change its data
        // (the form here has no file: refused next to the field, nothing stored); an unknown id is not found for everybody
        LihatSatker("Laporan/Lampiran *", "/Laporan/Lampiran/{la}", Pdf),
        UbahSatker("Laporan/UnggahLampiran POST", "/Laporan/UnggahLampiran", Ditolak,
            s => F(("tahun", 2023), ("satker", s.Satker), ("jenis", "Lainnya"), ("judul", "Lampiran matriks"))),
        B("Laporan/HapusLampiran POST", "/Laporan/HapusLampiran", KeMasuk, TidakAda, TidakAda, TidakAda, TidakAda, TidakAda,
            s => F(("id", 999_999), ("tahun", 2023), ("satker", s.Satker))),
        LihatSatker("Narasi/Index *", "/Narasi?tahun=2023&satker={s}", Ok),
        LihatSatker("Historis/Index *", "/Historis?tahun=2023&satker={s}", Ok),
        // five-year budget and training figures (issue 16 item 4): read by whoever may see the satker, changed by its own AdminSatker,
        // Perencana and Admin; a stale form (409) changes nothing (RekapTests for the rest)
        LihatSatker("Rekap/Index *", "/Rekap?tahun=2023&satker={s}", Ok),
        LihatSatker("Realisasi/Index *", "/Realisasi?satker={s}&tahun=2023&periode=TW1", Ok),
        LihatSatker("Anggaran/Index *", "/Anggaran?tahun=2023&satker={s}", Ok),
        LihatSatker("DataDukung/Unduh *", "/DataDukung/Unduh/{dd}", Pdf),
        LihatSatker("UnggahRealisasi/Templat *", "/UnggahRealisasi/Templat?satker={s}&tahun=2023&periode=TW1", Xlsx),
        // a satker's findings: whoever may see it (the parent's roll-up: central roles only, TemuanTests)
        LihatSatker("Temuan/Index *", "/Temuan?tahun=2023&satker={s}", Ok),
        // printed figures (issue 15 item 7): read by whoever may see the satker, changed by Admin, Perencana and its own AdminSatker;
        // the refused forms and unknown ids change nothing (TercantumTests, AngkaTercantumTests for the rest)
        LihatSatker("Tercantum/Index *", "/Tercantum?tahun=2023&satker={s}", Ok),
        UbahSatker("Tercantum/Templat *", "/Tercantum/Templat?tahun=2023&satker={s}", Xlsx),
        UbahSatker("Tercantum/Simpan POST", "/Tercantum/Simpan", Ditolak, s => F(("SatkerId", s.Satker), ("Tahun", 2023), ("Jenis", ""), ("Nilai", "bukan angka"), ("Sumber", ""))),
        UbahSatker("Tercantum/Unggah POST", "/Tercantum/Unggah", Ditolak, s => F(("tahun", 2023), ("satker", s.Satker))),
        B("Tercantum/Ubah GET", "/Tercantum/Ubah/999999", KeMasuk, TidakAda, TidakAda, TidakAda, TidakAda, TidakAda),
        B("Tercantum/Hapus POST", "/Tercantum/Hapus/999999", KeMasuk, TidakAda, TidakAda, TidakAda, TidakAda, TidakAda, s => F(("tahun", 2023), ("satker", s.Satker))),
        B("Tercantum/SimpanUnggahan POST", "/Tercantum/SimpanUnggahan", KeMasuk, TidakAda, TidakAda, TidakAda, TidakAda, TidakAda, _ => F(("token", Guid.NewGuid()))),

        // Rencana Aksi (issue 20 item 1; RencanaAksiServiceTests, RencanaAksiTests for the rest): read by whoever may see the satker,
        // planned and reported by Admin, Perencana and its own AdminSatker (stale versions: 409, nothing saved); the board for every
        // signed-in user (an AdminSatker sees only its own row), its comment by the planners
        LihatSatker("RencanaAksi/Index *", "/RencanaAksi?tahun=2023&satker={s}", Ok),
        UbahSatker("RencanaAksi/Rencana GET", "/RencanaAksi/Rencana?satker={s}&tahun=2023&indikator={ik}", Ok),
        UbahSatker("RencanaAksi/Rencana POST", "/RencanaAksi/Rencana", Konflik, s => F(("SatkerId", s.Satker), ("Tahun", 2023), ("IndikatorId", s.Indikator),
            ("Versi", "versi-basi"), ("Aksi[0].Uraian", "Aksi uji matriks"), ("Aksi[0].Triwulan[0].Volume", "1"))),
        LihatSatker("RencanaAksi/Lapor GET", "/RencanaAksi/Lapor?satker={s}&tahun=2023&triwulan=TW1", Ok),
        UbahSatker("RencanaAksi/Lapor POST", "/RencanaAksi/Lapor", Konflik, s => F(("SatkerId", s.Satker), ("Tahun", 2023), ("Triwulan", "TW1"), ("Versi", "versi-basi"))),
        Semua("RencanaAksi/Monev *", "/RencanaAksi/Monev?tahun=2023&triwulan=TW1", Ok),
        Perencana("RencanaAksi/Catatan POST", "/RencanaAksi/Catatan", Ditolak, s => F(("satker", s.Satker), ("tahun", 2023), ("triwulan", "TW1"), ("catatan", ""))),
        LihatSatker("RencanaAksi/HasilPdf *", "/RencanaAksi/HasilPdf?satker={s}&tahun=2023", Pdf),
        LihatSatker("RencanaAksi/HasilExcel *", "/RencanaAksi/HasilExcel?satker={s}&tahun=2023", Xlsx),
        UbahSatker("RencanaAksi/Templat *", "/RencanaAksi/Templat?satker={s}&tahun=2023&triwulan=TW1", Xlsx),
        UbahSatker("RencanaAksi/Unggah POST", "/RencanaAksi/Unggah", Ditolak, s => F(("satker", s.Satker), ("tahun", 2023), ("triwulan", "TW1"))),
        B("RencanaAksi/SimpanUnggahan POST", "/RencanaAksi/SimpanUnggahan", KeMasuk, TidakAda, TidakAda, TidakAda, TidakAda, TidakAda, _ => F(("token", Guid.NewGuid()))),
        UbahSatker("RencanaAksi/TemplatRencana *", "/RencanaAksi/TemplatRencana?satker={s}&tahun=2023", Xlsx),
        UbahSatker("RencanaAksi/UnggahRencana POST", "/RencanaAksi/UnggahRencana", Ditolak, s => F(("satker", s.Satker), ("tahun", 2023))),
        B("RencanaAksi/SimpanUnggahanRencana POST", "/RencanaAksi/SimpanUnggahanRencana", KeMasuk, TidakAda, TidakAda, TidakAda, TidakAda, TidakAda, _ => F(("token", Guid.NewGuid()))),

        // Satker data: Admin, Perencana, own AdminSatker; Pimpinan and other satker refused
        UbahSatker("Anggaran/Bulanan *", "/Anggaran/Bulanan/{ma}", Ok),
        UbahSatker("Anggaran/Templat *", "/Anggaran/Templat?tahun=2023&satker={s}", Xlsx),
        UbahSatker("UnggahRealisasi/Index *", "/UnggahRealisasi?satker={s}&tahun=2023&periode=TW1", Ok),
        // budget, monthly budget and PK target forms carry a data version (issue 9): a stale one is refused with 409 before anything else
        UbahSatker("Anggaran/Simpan POST", "/Anggaran/Simpan", Konflik, s => F(("Tahun", 2023), ("SatkerId", s.Satker), ("Versi", "versi-basi"),
            ("Baris[0].Klasifikasi", "JenisBelanja"), ("Baris[0].Cakupan", "Satker"), ("Baris[0].Uraian", "Belanja uji matriks"))),
        UbahSatker("Anggaran/Revisi POST", "/Anggaran/Revisi", Ditolak, s => F(("tahun", 2023), ("satkerId", s.Satker), ("keterangan", ""))),
        // kode satker (DIPA) (issue 16 item 1): a stale page is refused before anything is read from the form; an unknown code is not found
        UbahSatker("Anggaran/Kode POST", "/Anggaran/Kode", Konflik, s => F(("tahun", 2023), ("satkerId", s.Satker), ("versiKode", "versi-basi"), ("Dipa.Kode", "650061"),
            ("Dipa.BerlakuMulai", "2023-01-01"), ("Dipa.BerlakuSampai", "2023-12-31"))),
        UbahSatker("Anggaran/HapusKode POST", "/Anggaran/HapusKode", TidakAda, s => F(("tahun", 2023), ("satkerId", s.Satker), ("id", 999_999), ("versiKode", "versi-basi"))),
        UbahSatker("Anggaran/Bulanan POST", "/Anggaran/Bulanan/{ma}", Konflik, _ => F(("versi", "versi-basi"), ("bulan[0]", "bukan angka"))),
        // SMART and IKPA on the budget side (issue 16 item 6): read by whoever may see the satker; the post names a year whose PK has no
        // nilai-kinerja-anggaran indicator, so it is refused (400) for whoever may change the satker and changes nothing (NilaiAnggaranTests)
        LihatSatker("Anggaran/NilaiAnggaran *", "/Anggaran/NilaiAnggaran?tahun=2023&satker={s}", Ok),
        UbahSatker("Anggaran/NilaiAnggaran POST", "/Anggaran/NilaiAnggaran", Ditolak, s => F(("tahun", 2022), ("satker", s.Satker), ("versi", "versi-basi"))),
        UbahSatker("Anggaran/Unggah POST", "/Anggaran/Unggah", Ditolak, s => F(("tahun", 2023), ("satker", s.Satker))),
        // the SMART/IKPA workbook: 2022's PK holds no nilai-kinerja-anggaran indicator, so there is no template (404) and an upload is refused (400)
        UbahSatker("Anggaran/TemplatNilaiAnggaran *", "/Anggaran/TemplatNilaiAnggaran?tahun=2022&satker={s}", TidakAda),
        UbahSatker("Anggaran/UnggahNilaiAnggaran POST", "/Anggaran/UnggahNilaiAnggaran", Ditolak, s => F(("tahun", 2022), ("satker", s.Satker))),
        UbahSatker("DataDukung/Unggah POST", "/DataDukung/Unggah", Ke("/Realisasi"),
            s => F(("satker", s.Satker), ("indikator", s.Indikator), ("tahun", 2023), ("periode", "TW1"))),
        UbahSatker("Narasi/Simpan POST", "/Narasi/Simpan", Konflik, s => F(("SatkerId", s.Satker), ("Tahun", 2023), ("Versi", "versi-basi"))),
        UbahSatker("Historis/Simpan POST", "/Historis/Simpan", Konflik, s => F(("SatkerId", s.Satker), ("Tahun", 2023), ("Versi", "versi-basi"),
            ("Sel[0].IndikatorId", s.Indikator), ("Sel[0].Tahun", 2022), ("Sel[0].Realisasi", "50"))),
        UbahSatker("Rekap/Simpan POST", "/Rekap/Simpan", Konflik, s => F(("SatkerId", s.Satker), ("Tahun", 2023), ("Versi", "versi-basi"),
            ("Sel[0].Jenis", "Anggaran"), ("Sel[0].Tahun", 2022), ("Sel[0].Target", "50"))),
        UbahSatker("Realisasi/Simpan POST", "/Realisasi/Simpan", Ditolak, s => RealisasiData.Formulir(s.Satker, Periode.TW1, s.Indikator, n: "bukan angka", t: "10")),
        UbahSatker("UnggahRealisasi/Pratinjau POST", "/UnggahRealisasi/Pratinjau", Ditolak, s => F(("satker", s.Satker), ("tahun", 2023), ("periode", "TW1"))),
        // a preview token that does not belong to the user is unknown, whoever asks
        B("Anggaran/SimpanUnggahan POST", "/Anggaran/SimpanUnggahan", KeMasuk, TidakAda, TidakAda, TidakAda, TidakAda, TidakAda, _ => F(("token", Guid.NewGuid()))),
        B("Anggaran/SimpanUnggahanNilaiAnggaran POST", "/Anggaran/SimpanUnggahanNilaiAnggaran", KeMasuk, TidakAda, TidakAda, TidakAda, TidakAda, TidakAda, _ => F(("token", Guid.NewGuid()))),
        B("UnggahRealisasi/Simpan POST", "/UnggahRealisasi/Simpan", KeMasuk, TidakAda, TidakAda, TidakAda, TidakAda, TidakAda, _ => F(("token", Guid.NewGuid()))),

        // Plans: Perencana and Admin only
        Perencana("Indikator/Index *", "/Indikator?tahun=2023", Ok),
        Perencana("Indikator/Ubah *", "/Indikator/Ubah/{ik}", Ok),
        Perencana("Indikator/Baru *", "/Indikator/Baru?sasaran={sk}&induk={ik}", Ok), // with a chosen parent (sub-item, issue 15 item 4)
        Perencana("Indikator/Ubah POST", "/Indikator/Ubah", Ok, s => F(("Id", s.Indikator), ("SasaranKegiatanId", s.SasaranKegiatan), ("Kode", ""), ("Nama", ""), ("Versi", "versi-basi"))),
        Perencana("Indikator/Baru POST", "/Indikator/Baru", Ok, s => F(("SasaranKegiatanId", s.SasaranKegiatan), ("Kode", ""), ("Nama", ""))),
        Perencana("Indikator/TambahSasaran POST", "/Indikator/TambahSasaran", Ke("/Indikator"), _ => F(("tahun", 2023), ("nama", ""))),
        Perencana("Indikator/UbahSasaran *", "/Indikator/UbahSasaran/{sk}", Ok),
        Perencana("Indikator/UbahSasaran POST", "/Indikator/UbahSasaran", Ditolak, s => F(("Id", s.SasaranKegiatan), ("Nomor", 1), ("Nama", ""), ("Versi", "versi-basi"))),
        // the sasaran holds indicators: refused, nothing deleted
        Perencana("Indikator/HapusSasaran POST", "/Indikator/HapusSasaran/{sk}", Ditolak, _ => F()),
        // the indicator has targets and realisations: refused, nothing deleted
        Perencana("Indikator/Hapus POST", "/Indikator/Hapus/{ik}", Ditolak, _ => F()),
        Perencana("Perencanaan/Index *", "/Perencanaan?tahun=2023", Ok),
        Perencana("Perencanaan/Riwayat *", "/Perencanaan/Riwayat?tahun=2023&satker={s}", Ok),
        Perencana("Perencanaan/Simpan POST", "/Perencanaan/Simpan", Konflik, _ => F(("Tahun", 2023), ("Periode", "Tahunan"), ("Versi", "versi-basi"))),
        // creating a year that exists is refused next to the field (400), nothing saved
        Perencana("Perencanaan/BuatTahun POST", "/Perencanaan/BuatTahun", Ditolak, _ => F(("TahunBaru.Tahun", 2023), ("TahunBaru.DariTahun", 2023), ("kembali", 2023))),
        // without the parties and date: the page again with the reasons (400), nothing agreed
        Perencana("Perencanaan/Sepakati POST", "/Perencanaan/Sepakati", Ditolak, s => F(("Tahun", 2023), ("SatkerId", s.Satker))),
        // the confirmation page of "Buat tahun" (saves nothing): 2023 exists, so it says so and offers no button
        Perencana("Perencanaan/BuatTahun GET", "/Perencanaan/BuatTahun?tahun=2023&dari=2023&kembali=2023", Ok),
        // the bulk agreement without a date: back to the planning page with the reason, nothing agreed
        Perencana("Perencanaan/SepakatiBanyak POST", "/Perencanaan/SepakatiBanyak", Ke("/Perencanaan"),
            s => F(("Tahun", 2023), ("Pilih[0]", s.Satker), ("Kembali", "/Perencanaan?tahun=2023"))),
        B("Renstra/Simpan POST", "/Renstra/Simpan", KeMasuk, Ok, Ok, Dilarang, Dilarang, Dilarang,
            s => F(("Id", s.Renstra), ("Visi", "Visi uji"), ("Target[999-2024]", "bukan angka"))),

        // User management (issue 14): Admin only, decided by the use case. An unknown account id answers 404 to the admin and
        // 403 to everyone else; the admin's new-user form is refused (empty fields) so nothing changes (PenggunaTests for the rest)
        AdminSaja("Pengguna/Index *", "/Pengguna?status=aktif", Ok),
        AdminSaja("Pengguna/Baru GET", "/Pengguna/Baru", Ok),
        AdminSaja("Pengguna/Baru POST", "/Pengguna/Baru", Ditolak, _ => F(("Email", ""), ("NamaLengkap", ""), ("Peran", "AdminSatker"))),
        AdminSaja("Pengguna/Ubah GET", "/Pengguna/Ubah/tidak-ada", TidakAda),
        AdminSaja("Pengguna/Ubah POST", "/Pengguna/Ubah/tidak-ada", TidakAda, _ => F(("Email", "x@sakip.local"), ("NamaLengkap", "X"), ("Peran", "Admin"))),
        AdminSaja("Pengguna/Nonaktifkan POST", "/Pengguna/Nonaktifkan/tidak-ada", TidakAda, _ => []),
        AdminSaja("Pengguna/Aktifkan POST", "/Pengguna/Aktifkan/tidak-ada", TidakAda, _ => []),
        AdminSaja("Pengguna/BukaKunci POST", "/Pengguna/BukaKunci/tidak-ada", TidakAda, _ => []),
        AdminSaja("Pengguna/AturUlangSandi POST", "/Pengguna/AturUlangSandi/tidak-ada", TidakAda, _ => []),
        // bulk creation from Excel (PenggunaUnggahTests for the rest): the admin's upload without a file is refused and nothing is
        // kept; a token that is not the admin's own preview is unknown; everyone else is refused before the token is looked up
        AdminSaja("Pengguna/Unggah GET", "/Pengguna/Unggah", Ok),
        AdminSaja("Pengguna/Templat GET", "/Pengguna/Templat", Xlsx),
        AdminSaja("Pengguna/Unggah POST", "/Pengguna/Unggah", Ditolak, _ => []),
        AdminSaja("Pengguna/SimpanUnggahan POST", "/Pengguna/SimpanUnggahan", TidakAda, _ => F(("token", Guid.NewGuid()))),
        AdminSaja("Pengguna/MatikanDuaLangkah POST", "/Pengguna/MatikanDuaLangkah/tidak-ada", TidakAda, _ => []),

        // Evaluasi AKIP internal (LKE, issue 20 item 2; EvaluasiTests, EvaluasiServiceTests for the rest). The 2023 round is open
        // beforehand. Rounds: Perencana and Admin (2023 is already open: refused; no round of 2099 to close); the worksheet: Admin changes (a stale
        // version: 409), Perencana reads; answers and evidence: only the satker's own admin (a stale version: 409; evidence for an
        // unknown criterion: back to the sheet with the reason); scores: Perencana and Admin (stale: 409); results and LHE: whoever
        // may see the satker
        Semua("Evaluasi/Index *", "/Evaluasi?tahun=2023", Ok),
        Perencana("Evaluasi/Buka POST", "/Evaluasi/Buka", Ditolak, _ => F(("tahun", 2023))),
        Perencana("Evaluasi/Tutup POST", "/Evaluasi/Tutup", TidakAda, _ => F(("tahun", 2099))),
        Perencana("Evaluasi/LembarKerja GET", "/Evaluasi/LembarKerja?tahun=2023", Ok),
        AdminSaja("Evaluasi/SimpanLembarKerja POST", "/Evaluasi/SimpanLembarKerja", Konflik, _ => F(("Tahun", 2023), ("Versi", "versi-basi"), ("Komponen[1]", "bukan angka"))),
        AdminSaja("Evaluasi/TambahKriteria POST", "/Evaluasi/TambahKriteria", TidakAda, _ => F(("tahun", 2023), ("subKomponen", 999999), ("pertanyaan", ""), ("skala", 0))),
        AdminSaja("Evaluasi/HapusKriteria POST", "/Evaluasi/HapusKriteria/999999", TidakAda, _ => F(("tahun", 2023))),
        B("Evaluasi/Jawab GET", "/Evaluasi/Jawab?tahun=2023&satker={s}", KeMasuk, Dilarang, Dilarang, Dilarang, Ok, Dilarang),
        B("Evaluasi/Jawab POST", "/Evaluasi/Jawab", KeMasuk, Dilarang, Dilarang, Dilarang, Konflik, Dilarang,
            s => F(("Tahun", 2023), ("SatkerId", s.Satker), ("Versi", "versi-basi"), ("Baris[0].KriteriaId", 0), ("Baris[0].Isi", "Y"))),
        B("Evaluasi/Bukti POST", "/Evaluasi/Bukti", KeMasuk, Dilarang, Dilarang, Dilarang, Ke("/Evaluasi/Jawab"), Dilarang,
            s => F(("tahun", 2023), ("satker", s.Satker), ("kriteria", 0))),
        Perencana("Evaluasi/Nilai GET", "/Evaluasi/Nilai?tahun=2023&satker={s}", Ok),
        Perencana("Evaluasi/Nilai POST", "/Evaluasi/Nilai", Konflik,
            s => F(("Tahun", 2023), ("SatkerId", s.Satker), ("Versi", "versi-basi"), ("Baris[0].KriteriaId", 0), ("Baris[0].Isi", "Y"))),
        LihatSatker("Evaluasi/Hasil GET", "/Evaluasi/Hasil?tahun=2023&satker={s}", Ok),
        LihatSatker("Evaluasi/Lhe *", "/Evaluasi/Lhe?tahun=2023&satker={s}", Pdf),
        B("Evaluasi/UnduhBukti *", "/Evaluasi/UnduhBukti/999999", KeMasuk, TidakAda, TidakAda, TidakAda, TidakAda, TidakAda),

        // Tindak lanjut rekomendasi (issue 20 item 3; TindakLanjutTests, TindakLanjutServiceTests for the rest). Each satker has one
        // external recommendation ({rk}) with no follow-up yet. Recording a recommendation, editing, verifying, returning: Perencana and
        // Admin (the forms here are refused: empty text, nothing asked for closure); a follow-up and "ajukan selesai": only the owner
        // satker's admin (an empty follow-up and a closure without any follow-up are refused); reading: whoever may see the satker
        LihatSatker("TindakLanjut/Index *", "/TindakLanjut?satker={s}", Ok),
        LihatSatker("TindakLanjut/Detail *", "/TindakLanjut/Detail/{rk}", Ok),
        Perencana("TindakLanjut/Tambah POST", "/TindakLanjut/Tambah", Ditolak, s => F(("SatkerId", s.Satker), ("Tahun", 2023), ("Sumber", "Eksternal"), ("Evaluator", "Itjen"), ("Uraian", ""), ("BatasWaktu", "2026-06-30"))),
        Perencana("TindakLanjut/Ubah POST", "/TindakLanjut/Ubah/{rk}", Ditolak, _ => F(("Sumber", "Eksternal"), ("Evaluator", "Itjen"), ("Uraian", ""), ("BatasWaktu", "2026-06-30"))),
        B("TindakLanjut/Catat POST", "/TindakLanjut/Catat/{rk}", KeMasuk, Dilarang, Dilarang, Dilarang, Ditolak, Dilarang, _ => F(("Uraian", ""), ("Tanggal", "2024-01-05"))),
        B("TindakLanjut/AjukanSelesai POST", "/TindakLanjut/AjukanSelesai/{rk}", KeMasuk, Dilarang, Dilarang, Dilarang, Ditolak, Dilarang, _ => []),
        Perencana("TindakLanjut/Verifikasi POST", "/TindakLanjut/Verifikasi/{rk}", Ditolak, _ => []),
        Perencana("TindakLanjut/Kembalikan POST", "/TindakLanjut/Kembalikan/{rk}", Ditolak, _ => F(("Catatan", "periksa lagi"))),
        B("TindakLanjut/UnduhBukti *", "/TindakLanjut/UnduhBukti/999999", KeMasuk, TidakAda, TidakAda, TidakAda, TidakAda, TidakAda),
        Perencana("TindakLanjut/TerapkanNilai POST", "/TindakLanjut/TerapkanNilai", TidakAda, _ => F(("tahun", 2099))),

        // Verification: Perencana and Admin; locking and unlocking: Admin only (TW IV 2023 is locked beforehand)
        Perencana("Verifikasi/Index *", "/Verifikasi?tahun=2023", Ok),
        Perencana("Verifikasi/Jejak *", "/Verifikasi/Jejak?satker={s}&tahun=2023", Ok),
        Perencana("Verifikasi/Setujui POST", "/Verifikasi/Setujui", Ke("/Verifikasi"), s => F(("id", s.Realisasi), ("versi", Guid.NewGuid()), ("tahun", 2023))),
        Perencana("Verifikasi/Kembalikan POST", "/Verifikasi/Kembalikan", Ke("/Verifikasi"), s => F(("id", s.Realisasi), ("versi", Guid.NewGuid()), ("tahun", 2023), ("komentar", ""))),
        Perencana("Verifikasi/SetujuiBanyak POST", "/Verifikasi/SetujuiBanyak", Ke("/Verifikasi"), s => F(("pilih", $"{s.Realisasi}:{Guid.NewGuid()}"), ("tahun", 2023))),
        Perencana("Verifikasi/KembalikanBanyak POST", "/Verifikasi/KembalikanBanyak", Ke("/Verifikasi"), s => F(("pilih", $"{s.Realisasi}:{Guid.NewGuid()}"), ("tahun", 2023), ("komentar", "periksa lagi"))),
        B("Verifikasi/Kunci POST", "/Verifikasi/Kunci", KeMasuk, Ke("/Verifikasi"), Dilarang, Dilarang, Dilarang, Dilarang, _ => F(("tahun", 2023), ("periode", "TW4"))),
        B("Verifikasi/Buka POST", "/Verifikasi/Buka", KeMasuk, Ke("/Verifikasi"), Dilarang, Dilarang, Dilarang, Dilarang, _ => F(("tahun", 2023), ("periode", "TW4"), ("alasan", ""))),
    ];

    // ---------- the tests ----------

    [Fact]
    public void EveryActionAndEndpointOfTheAppHasARowInTheMatrix()
    {
        var adaDiApp = KunciAplikasi(data.App).ToHashSet();
        var diMatriks = Matriks.Select(b => b.Kunci).ToList();
        diMatriks.Should().OnlyHaveUniqueItems();

        var tanpaBaris = adaDiApp.Except(diMatriks).Order().ToList();
        tanpaBaris.Should().BeEmpty("every action needs a row in MatriksOtorisasiTests.Matriks saying who may call it; missing: {0}", string.Join(", ", tanpaBaris));
        var usang = diMatriks.Except(adaDiApp).ToList();
        usang.Should().BeEmpty("rows of actions that no longer exist: {0}", string.Join(", ", usang));
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToTheLoginPageExceptOnPublicPages()
        => await JalankanAsync(data.App.Klien(), "anonim", b => b.Anonim, data.Bandung);

    [Theory]
    [InlineData("admin@sakip.local")]
    [InlineData("perencana@sakip.local")]
    [InlineData("pimpinan@sakip.local")]
    public async Task EachCentralRoleGetsItsAnswerFromEveryActionAndRefusedOnesChangeNothing(string email)
    {
        Func<Baris, Hasil> kolom = email switch
        {
            "admin@sakip.local" => b => b.Admin,
            "perencana@sakip.local" => b => b.Perencana,
            _ => b => b.Pimpinan,
        };
        await JalankanAsync(await data.App.MasukSebagaiAsync(email), email, kolom, data.Bandung);
    }

    [Fact]
    public async Task SatkerAdminOfPadangWorksOnItsOwnSatker()
        => await JalankanAsync(await data.App.MasukSebagaiAsync("padang@sakip.local"), "padang (own satker)", b => b.Padang, data.Padang);

    [Fact]
    public async Task SatkerAdminOfPadangSendingBandungsIdsIsRefusedAndNothingChanges()
        => await JalankanAsync(await data.App.MasukSebagaiAsync("padang@sakip.local"), "padang → Bandung's ids", b => b.PadangKeBandung, data.Bandung);

    [Fact]
    public async Task PadangCannotSlipBandungsBudgetLineIntoItsOwnBudgetForm()
    {
        var klien = await data.App.MasukSebagaiAsync("padang@sakip.local");
        var sebelum = await data.SidikAsync();
        var versi = Formulir.Versi(await klien.GetStringAsync($"/Anggaran?tahun=2023&satker={data.Padang.Satker}"))!.Value.Nilai; // a current form of Padang
        var form = F(("Tahun", 2023), ("SatkerId", data.Padang.Satker), ("Versi", versi), ("Baris[0].Id", data.Bandung.MataAnggaran), ("Baris[0].Klasifikasi", "JenisBelanja"),
            ("Baris[0].Cakupan", "Satker"), ("Baris[0].Uraian", "Diambil alih"), ("Baris[0].Pagu", "1"), ("Baris[0].Realisasi", "0"));
        var resp = await KirimAsync(klien, "POST", "/Anggaran/Simpan", form, await TokenAsync(klien));
        (await resp.Content.ReadAsStringAsync()).Should().Contain("mata anggaran tidak dikenal untuk satker dan tahun ini");
        (await data.SidikAsync()).Should().Equal(sebelum, "Bandung's line is not Padang's to change");
    }

    [Fact]
    public async Task EveryPostWithoutAntiforgeryTokenIsRefusedWith400AndChangesNothing()
    {
        var admin = await data.App.MasukSebagaiAsync("admin@sakip.local");
        var galat = new List<string>();
        var sebelum = await data.SidikAsync();
        foreach (var b in Matriks.Where(b => b.Mvc && b.MenerimaPost).OrderBy(b => b.Keluar))
        {
            var resp = await KirimAsync(admin, "POST", Isi(b.Url, data.Bandung), b.Form?.Invoke(data.Bandung) ?? [], token: null);
            // the error pages answer any method without a token (they re-execute refused requests and change nothing, checked below)
            if (b.Kunci is "Beranda/Status *" or "Beranda/Galat *") { }
            else if (resp.StatusCode != HttpStatusCode.BadRequest) galat.Add($"{b.Kunci}: {(int)resp.StatusCode} instead of 400");
            else if (!(await resp.Content.ReadAsStringAsync()).Contains("Formulir kedaluwarsa atau tidak lengkap"))
                galat.Add($"{b.Kunci}: the 400 does not explain itself in Bahasa Indonesia");
            var sesudah = await data.SidikAsync();
            if (Beda(sebelum, sesudah) is { } beda) galat.Add($"{b.Kunci}: changed {beda}");
            sebelum = sesudah;
        }
        (await admin.GetAsync("/Satker")).StatusCode.Should().Be(HttpStatusCode.OK, "a logout without token does not sign the admin out");
        galat.Should().BeEmpty("every row must answer as the matrix says:\n{0}", string.Join("\n", galat));
    }

    // ---------- running the matrix ----------

    private async Task JalankanAsync(HttpClient klien, string siapa, Func<Baris, Hasil> kolom, Sasaran sasaran)
    {
        var token = await TokenAsync(klien);
        var galat = new List<string>();
        var sebelum = await data.SidikAsync();
        foreach (var b in Matriks.OrderBy(b => b.Keluar))
        {
            var harap = kolom(b);
            var url = Isi(b.Url, sasaran);
            var resp = await KirimAsync(klien, b.Post ? "POST" : "GET", url, b.Post ? b.Form?.Invoke(sasaran) ?? [] : null, token);
            var status = (int)resp.StatusCode;
            var lokasi = resp.Headers.Location?.ToString();
            var konten = resp.Content.Headers.ContentType?.MediaType;
            if (!harap.Status.Contains(status)
                || (harap.Lokasi is not null && (lokasi is null || !Jalur(lokasi).StartsWith(harap.Lokasi, StringComparison.OrdinalIgnoreCase)))
                || (harap.Konten is not null && konten != harap.Konten))
                galat.Add($"{b.Kunci} {url} as {siapa}: expected {harap}, got {status}{(lokasi is null ? "" : " → " + lokasi)} {konten}");
            var sesudah = await data.SidikAsync();
            if (!harap.BolehMengubah && Beda(sebelum, sesudah) is { } beda)
                galat.Add($"{b.Kunci} {url} as {siapa}: changed {beda}");
            sebelum = sesudah;
        }
        galat.Should().BeEmpty("every row must answer as the matrix says:\n{0}", string.Join("\n", galat));
    }

    private static string Jalur(string lokasi) => Uri.TryCreate(lokasi, UriKind.Absolute, out var u) ? u.PathAndQuery : lokasi;

    private static string Isi(string url, Sasaran s) => url
        .Replace("{s}", s.Satker.ToString()).Replace("{ma}", s.MataAnggaran.ToString()).Replace("{dd}", s.DataDukung.ToString())
        .Replace("{r}", s.Realisasi.ToString()).Replace("{ik}", s.Indikator.ToString()).Replace("{sk}", s.SasaranKegiatan.ToString())
        .Replace("{rs}", s.Renstra.ToString()).Replace("{la}", s.Lampiran.ToString()).Replace("{rk}", s.Rekomendasi.ToString());

    /// <summary>The antiforgery token for this client (bound to its cookie and its user), read from the login form.</summary>
    private static async Task<string> TokenAsync(HttpClient klien)
        => await Formulir.TokenAsync(klien, "/Akun/Masuk");

    private static async Task<HttpResponseMessage> KirimAsync(HttpClient klien, string metode, string url, Dictionary<string, string>? form, string? token)
    {
        if (metode == "GET") return await klien.GetAsync(url);
        var isian = new Dictionary<string, string>(form ?? []);
        if (token is not null) isian[Formulir.NamaToken] = token;
        return await klien.PostAsync(url, new FormUrlEncodedContent(isian));
    }

    private static string? Beda(IReadOnlyDictionary<string, string> sebelum, IReadOnlyDictionary<string, string> sesudah)
    {
        var beda = sebelum.Keys.Union(sesudah.Keys).Where(k => sebelum.GetValueOrDefault(k) != sesudah.GetValueOrDefault(k)).ToList();
        return beda.Count == 0 ? null : string.Join(", ", beda);
    }

    /// <summary>Controller actions as "Controller/Action METHOD" ("*" when any method is accepted) and other endpoints as "endpoint /pattern".</summary>
    private static IEnumerable<string> KunciAplikasi(SakipWebFactory app)
    {
        foreach (var e in app.Services.GetRequiredService<EndpointDataSource>().Endpoints)
        {
            if (e.Metadata.GetMetadata<ControllerActionDescriptor>() is { } a)
            {
                var metode = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
                if (metode is null || metode.Count == 0) yield return $"{a.ControllerName}/{a.ActionName} *";
                else foreach (var m in metode) yield return $"{a.ControllerName}/{a.ActionName} {m}";
            }
            else if (e is RouteEndpoint r && e.Metadata.GetMetadata<ISuppressMatchingMetadata>() is not { SuppressMatching: true })
            {
                yield return $"endpoint /{r.RoutePattern.RawText?.TrimStart('/')}";
            }
        }
    }

    /// <summary>One app for the class, arranged once: budget lines and evidence of Padang and Bandung, TW IV 2023 locked.</summary>
    public sealed class Data : IAsyncLifetime
    {
        public SakipWebFactory App { get; } = new();
        public Sasaran Padang { get; private set; } = null!;
        public Sasaran Bandung { get; private set; } = null!;
        private string _folder = "";

        /// <summary>Tables whose rows may change without a user changing data (none yet; an access log would go here).</summary>
        private static readonly HashSet<string> TabelDiabaikan = [];

        public async Task InitializeAsync()
        {
            _folder = App.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Berkas:Folder"]!;
            var padang = await App.SatkerAsync("BBPPKS_PADANG");
            var bandung = await App.SatkerAsync("BBPPKS_BANDUNG");
            var kode = (await App.IndikatorPkAsync(padang)).Intersect(await App.IndikatorPkAsync(bandung)).Order().First();
            var ik = await App.IndikatorAsync(kode);
            var (sk, rs) = await App.DbAsync(async db => (
                await db.IndikatorKinerja.Where(i => i.Id == ik).Select(i => i.SasaranKegiatanId).SingleAsync(),
                await db.Renstra.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync()));
            await App.KunciAsync(2023, Periode.TW4);
            await App.DbAsync(async db => { db.RondeEvaluasi.Add(new RondeEvaluasi(2023)); return await db.SaveChangesAsync(); });

            var perencana = await App.MasukSebagaiAsync("perencana@sakip.local");
            Padang = await SiapkanAsync(perencana, padang, ik, sk, rs);
            Bandung = await SiapkanAsync(perencana, bandung, ik, sk, rs);
        }

        private async Task<Sasaran> SiapkanAsync(HttpClient perencana, int satker, int ik, int sk, int rs)
        {
            var ma = await App.DbAsync(async db =>
            {
                var m = new MataAnggaran(satker, 2023, KlasifikasiAnggaran.JenisBelanja, "Belanja barang (matriks)", 1_000_000m, 250_000m, Cakupan.Satker, 1);
                db.MataAnggaran.Add(m);
                await db.SaveChangesAsync();
                return m.Id;
            });
            (await DataDukungTests.UnggahAsync(perencana, satker, ik, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray(), "bukti-matriks.pdf",
                $"/Realisasi?satker={satker}&tahun=2023&periode=TW1")).StatusCode.Should().Be(HttpStatusCode.Redirect);
            var (dd, r) = await App.DbAsync(async db => (
                await db.DataDukung.Where(d => d.SatkerId == satker).Select(d => d.Id).SingleAsync(),
                await db.Realisasi.Where(x => x.SatkerId == satker && x.Tahun == 2023).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync()));
            var la = await App.DbAsync(async db =>
            {
                var kunci = $"lampiran-matriks-{satker}.pdf";
                var isi = LampiranLaporanTests.PdfUji("Matriks", 1);
                await App.Services.GetRequiredService<Sakip.Application.Common.IPenyimpananBerkas>().SimpanAsync(satker, kunci, isi, default);
                var l = new LampiranLaporan(satker, 2023, JenisLampiran.Lainnya, "Lampiran matriks", "lampiran-matriks.pdf", isi.Length, 1, kunci);
                db.LampiranLaporan.Add(l);
                await db.SaveChangesAsync();
                return l.Id;
            });
            var rk = await App.DbAsync(async db =>
            {
                var x = RekomendasiEvaluasi.DariEksternal(satker, 2023, "Inspektorat Jenderal", "Rekomendasi matriks", new DateOnly(2030, 6, 30));
                db.RekomendasiEvaluasi.Add(x);
                await db.SaveChangesAsync();
                return x.Id;
            });
            return new Sasaran(satker, ma, dd, r, ik, sk, rs, rk) { Lampiran = la };
        }

        /// <summary>A hash of every row of every table and of every stored file, per table, to tell what a request changed.</summary>
        public async Task<IReadOnlyDictionary<string, string>> SidikAsync()
        {
            var hasil = new SortedDictionary<string, string>();
            await App.DbAsync(async db =>
            {
                var conn = db.Database.GetDbConnection();
                await conn.OpenAsync();
                try
                {
                    var tabel = new List<string>();
                    await using (var cmd = conn.CreateCommand())
                    {
                        cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
                        await using var rd = await cmd.ExecuteReaderAsync();
                        while (await rd.ReadAsync()) tabel.Add(rd.GetString(0));
                    }
                    foreach (var t in tabel.Where(t => !TabelDiabaikan.Contains(t)))
                    {
                        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
                        await using var cmd = conn.CreateCommand();
                        cmd.CommandText = $"SELECT * FROM \"{t}\" ORDER BY rowid";
                        await using var rd = await cmd.ExecuteReaderAsync();
                        while (await rd.ReadAsync())
                            for (var i = 0; i < rd.FieldCount; i++)
                                sha.AppendData(System.Text.Encoding.UTF8.GetBytes((rd.IsDBNull(i) ? "∅" : Convert.ToString(rd.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)) + "\u001f"));
                        hasil[t] = Convert.ToHexString(sha.GetHashAndReset());
                    }
                }
                finally { await conn.CloseAsync(); }
                return 0;
            });
            if (Directory.Exists(_folder))
                hasil["berkas"] = string.Join("|", Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Order()
                    .Select(f => $"{System.IO.Path.GetRelativePath(_folder, f)}:{new FileInfo(f).Length}"));
            return hasil;
        }

        public Task DisposeAsync() => App.DisposeAsync().AsTask();
    }
}
