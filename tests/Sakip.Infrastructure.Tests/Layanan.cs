using Sakip.Application.Beranda;
using Sakip.Application.Perencanaan;
using Sakip.Application.RealisasiKinerja;
using Sakip.Infrastructure.Data;

namespace Sakip.Infrastructure.Tests;

/// <summary>
/// The use cases built by hand on a test context, wired to the same adapters the app registers (the kept lists, the compiled
/// queries): tests run the production path. A test that needs its own <see cref="ReferensiCache"/> passes it.
/// </summary>
internal static class Layanan
{
    public static Referensi Referensi(SakipDbContext db, ReferensiCache? cache = null) => new(cache ?? new ReferensiCache(TimeProvider.System), db);
    public static KinerjaQuery Kinerja(SakipDbContext db, ReferensiCache? cache = null) => new(Referensi(db, cache), new KueriCepat(db));
    public static SatkerQuery Satker(SakipDbContext db, ReferensiCache? cache = null) => new(Referensi(db, cache));
    public static PenerapRealisasi Penerap(SakipDbContext db, Application.Common.ICurrentUser pengguna) => new(db, pengguna, TimeProvider.System, new KueriCepat(db));
}
