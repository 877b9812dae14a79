using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;

using Sakip.Application.Common;

namespace Sakip.Infrastructure.Tests.Data;

/// <summary>
/// Issue 9: the app's DbContexts come from a pool. A context rented again by the next request scope must audit that scope's
/// user, IP, correlation id and change source, never those of the scope that used it before.
/// </summary>
public sealed class KonteksTerkumpulTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private sealed class PenggunaLingkup : ICurrentUser
    {
        public string Nama { get; set; } = "";
        public string? UserName => Nama;
        public string? AlamatIp => "ip-" + Nama;
        public string? IdKorelasi => "kor-" + Nama;
    }

    private IHost BuatHost(Action<IServiceCollection>? tambah = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Sakip"] = database.ConnectionString,
        });
        builder.AddInfrastructureServices();
        builder.Services.AddScoped<PenggunaLingkup>();
        builder.Services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<PenggunaLingkup>());
        tambah?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>
    /// Stands for the next request: the test client has the response and sends its next request while the scope of the
    /// previous one is still being disposed. Disposed by the container between the disposals of the scope's services, it
    /// rents a context in a scope of its own, as the next request would.
    /// </summary>
    private sealed class PermintaanBerikut(IServiceScopeFactory lingkup) : IDisposable
    {
        public AsyncServiceScope? Lingkup { get; private set; }
        public SakipDbContext? Db { get; private set; }

        public void Dispose()
        {
            Lingkup = lingkup.CreateAsyncScope();
            Db = Lingkup.Value.ServiceProvider.GetRequiredService<SakipDbContext>();
        }
    }

    [Fact]
    public async Task AContextResolvedUnderSeveralNamesGoesBackToThePoolOnceAndNeverFromUnderTheNextRequest()
    {
        // The context is registered as SakipDbContext, Identity's IdentityDbContext and ISakipDbContext; the container disposes
        // what each registration returned, so the same context two or three times. When the next request rented it between
        // those disposals, the later one gave it back to the pool again while that request used it (seen as an
        // ObjectDisposedException in Identity's sign-in and a closed reader elsewhere).
        using var host = BuatHost(s => s.AddScoped<PermintaanBerikut>());
        PermintaanBerikut berikut;
        SakipDbContext dipakai;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            dipakai = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
            berikut = scope.ServiceProvider.GetRequiredService<PermintaanBerikut>(); // disposed between the two names below
            scope.ServiceProvider.GetRequiredService<ISakipDbContext>().Should().BeSameAs(dipakai);
            scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.EntityFrameworkCore.IdentityDbContext<Sakip.Infrastructure.Identity.ApplicationUser>>()
                .Should().BeSameAs(dipakai);
            (await dipakai.Satker.CountAsync()).Should().BePositive();
        }

        await using var lingkupBerikut = berikut.Lingkup!.Value;
        var db = berikut.Db!;
        var hitung = async () => await db.Satker.CountAsync();
        (await hitung.Should().NotThrowAsync("the next request's context stays its own until its scope ends")).Which.Should().BePositive();
        await using var scopeLagi = host.Services.CreateAsyncScope();
        scopeLagi.ServiceProvider.GetRequiredService<SakipDbContext>().Should().NotBeSameAs(db, "a context in use is not in the pool");
    }

    [Fact]
    public async Task APooledContextTakenStraightFromTheFactoryRefusesToSaveAChangeTheAuditLogWouldMiss()
    {
        using var host = BuatHost();
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<SakipDbContext>>().CreateDbContextAsync();
        var satker = await db.Satker.Where(s => s.Kode == "BBPPKS_PADANG").Select(s => s.Id).SingleAsync();
        db.MataAnggaran.Add(new MataAnggaran(satker, 2034, KlasifikasiAnggaran.JenisBelanja, "Belanja tanpa jejak", 1_000m, 0m, Cakupan.Satker, 1));

        var simpan = () => db.SaveChangesAsync();

        await simpan.Should().ThrowAsync<InvalidOperationException>().WithMessage("*tidak tercatat di jejak perubahan*");
        await using var baca = database.CreateContext();
        (await baca.MataAnggaran.AnyAsync(m => m.Uraian == "Belanja tanpa jejak")).Should().BeFalse("nothing unaudited reaches the database");
    }

    [Fact]
    public async Task APooledContextAuditsEachRequestScopeWithItsOwnUserAndSource()
    {
        using var host = BuatHost();

        SakipDbContext? pertama = null;
        foreach (var (nama, berkas) in new[] { ("padang@sakip.local", "a.xlsx"), ("bandung@sakip.local", (string?)null), ("perencana@sakip.local", null) })
        {
            await using var scope = host.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<PenggunaLingkup>().Nama = nama;
            using var unggah = berkas is null ? null : scope.ServiceProvider.GetRequiredService<SumberPerubahan>().Unggahan(berkas, [1, 2, 3]);
            var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
            if (pertama is null) pertama = db;
            else db.Should().BeSameAs(pertama, "the context went back to the pool and was rented again");
            db.ChangeTracker.Entries().Should().BeEmpty("a rented context starts clean");
            var satker = await db.Satker.Where(s => s.Kode == "BBPPKS_PADANG").Select(s => s.Id).SingleAsync();
            db.MataAnggaran.Add(new MataAnggaran(satker, 2033, KlasifikasiAnggaran.JenisBelanja, "Belanja " + nama, 1_000m, 0m, Cakupan.Satker, 1));
            await db.SaveChangesAsync();
            (await db.MataAnggaran.SingleAsync(m => m.Uraian == "Belanja " + nama)).DibuatOleh.Should().Be(nama);
        }

        await using var baca = database.CreateContext();
        var jejak = await baca.JejakPerubahan.Where(j => j.JenisEntitas == nameof(MataAnggaran) && j.Aksi == JejakPerubahan.AksiTambah)
            .OrderBy(j => j.Id).ToListAsync();
        jejak.Select(j => (j.Pengguna, j.AlamatIp, j.IdKorelasi, j.Sumber.StartsWith("unggah: a.xlsx", StringComparison.Ordinal) ? "unggah" : j.Sumber)).Should().Equal(
            ("padang@sakip.local", "ip-padang@sakip.local", "kor-padang@sakip.local", "unggah"),
            ("bandung@sakip.local", "ip-bandung@sakip.local", "kor-bandung@sakip.local", "formulir"),
            ("perencana@sakip.local", "ip-perencana@sakip.local", "kor-perencana@sakip.local", "formulir"));
    }
}
