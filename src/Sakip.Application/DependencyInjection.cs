using Microsoft.Extensions.DependencyInjection;
using Sakip.Application.Anggaran;
using Sakip.Application.Audit;
using Sakip.Application.Beranda;
using Sakip.Application.Historis;
using Sakip.Application.Rekap;
using Sakip.Application.Laporan;
using Sakip.Application.Pengguna;
using Sakip.Application.Perencanaan;
using Sakip.Application.RealisasiKinerja;

namespace Sakip.Application;

public static class DependencyInjection
{
    /// <summary>The use cases, one folder per user task; their ports are supplied by Infrastructure and Web.</summary>
    public static IServiceCollection AddApplicationServices(this IServiceCollection services)
    {
        // Realisasi kinerja: entry, upload, verification, evidence
        services.AddScoped<PenerapRealisasi>();
        services.AddScoped<IRealisasiService, RealisasiService>();
        services.AddScoped<IUnggahRealisasiService, UnggahRealisasiService>();
        services.AddScoped<IVerifikasiService, VerifikasiService>();
        services.AddScoped<IMejaVerifikasiQuery, MejaVerifikasiQuery>();
        services.AddScoped<IDataDukungService, DataDukungService>();
        // Anggaran: budget lines, monthly realisation, pagu revisions, upload
        services.AddScoped<IAnggaranService, AnggaranService>();
        services.AddScoped<IUnggahAnggaranService, UnggahAnggaranService>();
        services.AddScoped<INilaiAnggaranService, NilaiAnggaranService>();
        // Perencanaan: PK targets, indicators, Renstra, satker
        services.AddScoped<IPerencanaanService, PerencanaanService>();
        services.AddScoped<IIndikatorService, IndikatorService>();
        services.AddScoped<IRenstraService, RenstraService>();
        services.AddScoped<ISatkerQuery, SatkerQuery>();
        services.AddScoped<IPerjanjianKinerjaSatker, PerjanjianKinerjaSatker>();
        // Historis: a satker's earlier years (entered, or computed from the years the system holds)
        services.AddScoped<IHistorisService, HistorisService>();
        // Rekap lima tahun: a satker's budget and training figures of five years (entered, or computed from the years the system holds)
        services.AddScoped<IRekapService, RekapService>();
        // Laporan: LAKIN read model and export, narratives, findings, PK document
        services.AddScoped<ILaporanKinerjaService, LaporanKinerjaService>();
        services.AddScoped<IEksporLaporan, EksporLaporan>();
        services.AddScoped<IPenetapanLaporan, PenetapanLaporan>();
        services.AddScoped<ILampiranLaporanService, LampiranLaporanService>();
        services.AddScoped<INarasiService, NarasiService>();
        services.AddScoped<IPemeriksaanTercantum, PemeriksaanTercantum>();
        services.AddScoped<IDokumenPerjanjianKinerja, DokumenPerjanjianKinerja>();
        services.AddScoped<ITemuanQuery, TemuanQuery>();
        services.AddScoped<Tercantum.IAngkaTercantumService, Tercantum.AngkaTercantumService>();
        services.AddScoped<Tercantum.IUnggahTercantumService, Tercantum.UnggahTercantumService>();
        services.AddScoped<Anggaran.IUnggahNilaiAnggaranService, Anggaran.UnggahNilaiAnggaranService>();
        // Beranda: dashboards, consolidated figures
        services.AddScoped<IKinerjaQuery, KinerjaQuery>();
        services.AddScoped<IDasborQuery, DasborQuery>();
        services.AddScoped<IAgregasiQuery, AgregasiQuery>();
        // Audit
        services.AddScoped<IJejakPerubahanQuery, JejakPerubahanQuery>();
        // Pengguna: user management (Admin), bulk creation from Excel, and the own password
        services.AddScoped<IPenggunaService, PenggunaService>();
        services.AddScoped<IUnggahPenggunaService, UnggahPenggunaService>();
        // Evaluasi AKIP internal (LKE): rounds, worksheet, answers, scores, LHE
        services.AddScoped<Evaluasi.IEvaluasiService, Evaluasi.EvaluasiService>();
        services.AddScoped<TindakLanjut.ITindakLanjutService, TindakLanjut.TindakLanjutService>();
        // Rencana Aksi: plans per quarter, reports (form and upload), monitoring board, Hasil Monev
        services.AddScoped<RencanaAksiKinerja.IRencanaAksiService, RencanaAksiKinerja.RencanaAksiService>();
        return services;
    }
}
