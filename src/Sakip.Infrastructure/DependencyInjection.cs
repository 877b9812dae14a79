using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Application.Anggaran;
using Sakip.Application.Laporan;
using Sakip.Application;
using Sakip.Infrastructure.Berkas;
using Sakip.Infrastructure.Data;
using Sakip.Infrastructure.Excel;
using Sakip.Infrastructure.Pdf;
using Sakip.Infrastructure.Identity;
using Sakip.Infrastructure.Seed;

using Sakip.Infrastructure.Surel;

namespace Sakip.Infrastructure;

public static class DependencyInjection
{
    public const string SqliteMigrations = "Sakip.Migrations.Sqlite";
    public const string SqlServerMigrations = "Sakip.Migrations.SqlServer";

    /// <summary>Configures the DbContext for the provider named by Database:Provider (Sqlite by default, or SqlServer).</summary>
    public static void ConfigureProvider(DbContextOptionsBuilder options, string provider, string connectionString)
    {
        switch (provider.ToLowerInvariant())
        {
            case "sqlserver":
                options.UseSqlServer(connectionString, x => x.MigrationsAssembly(SqlServerMigrations));
                break;
            case "sqlite":
                options.UseSqlite(connectionString, x => x.MigrationsAssembly(SqliteMigrations));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{provider}' tidak dikenal: gunakan Sqlite atau SqlServer.");
        }
    }

    /// <summary>The configured provider and connection string (SQLite defaults to App_Data/sakip.db under the content root).</summary>
    public static (string Provider, string ConnectionString) BasisData(IConfiguration config, string contentRoot)
    {
        var provider = DatabaseOptions.Dari(config).Provider;
        var cs = config.GetConnectionString("Sakip");
        if (string.IsNullOrWhiteSpace(cs))
        {
            if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException("ConnectionStrings:Sakip wajib diisi untuk SQL Server.");
            var dir = Path.Combine(contentRoot, "App_Data");
            Directory.CreateDirectory(dir);
            cs = $"Data Source={Path.Combine(dir, "sakip.db")}";
        }
        return (provider, cs);
    }

    public static IHostApplicationBuilder AddInfrastructureServices(this IHostApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var (provider, cs) = BasisData(config, builder.Environment.ContentRootPath);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<SumberPerubahan>();
        builder.Services.AddScoped<AuditInterceptor>();
        // the year and satker lists every page shows, kept in memory and forgotten on every save of a satker or PK (issue 9)
        builder.Services.AddSingleton<ReferensiCache>();
        builder.Services.AddSingleton<PenandaReferensi>();
        // Pooled contexts (issue 9): the options are built once and a context is reused instead of created per request. The
        // audit interceptor keeps its per-request state and user, so it stays scoped: each request scope rents a context and
        // hands it its own AuditInterceptor, which the shared PenerusAudit calls; the context drops it when returned.
        builder.Services.AddSingleton<PenerusAudit>();
        builder.Services.AddPooledDbContextFactory<SakipDbContext>((sp, o) =>
        {
            ConfigureProvider(o, provider, cs);
            o.AddInterceptors(sp.GetRequiredService<PenerusAudit>(), sp.GetRequiredService<PenandaReferensi>());
        });
        // The scope's context is rented and given back by one holder (KonteksLingkup): the container disposes the context once
        // per name it was resolved under (here, Identity's context, ISakipDbContext), which could hand it back to the pool
        // while the next request already used it.
        builder.Services.AddScoped<KonteksLingkup>();
        builder.Services.AddScoped(sp => sp.GetRequiredService<KonteksLingkup>().Db);

        builder.Services.AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = true;
                // Failed sign-ins are counted per account AND client address by the web app (Sakip.Web GagalMasuk, issue 14),
                // not by Identity: its per-account lockout let anybody lock the administrator out. An account locked by hand
                // (LockoutEnd) still cannot sign in.
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<SakipDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<GalatIdentitasIndonesia>()
            .AddSignInManager<SakipSignInManager>()
            .AddClaimsPrincipalFactory<SakipClaimsPrincipalFactory>();
        // The key ring of cookies and antiforgery tokens in the database, with a name per deployment (issue 14).
        builder.Services.AddPerlindunganData(config, builder.Environment.EnvironmentName, provider, cs);

        builder.Services.AddHealthChecks().AddDbContextCheck<SakipDbContext>("database");
        builder.Services.AddOptions<SeedOptions>().Bind(config.GetSection(SeedOptions.Bagian));
        builder.Services.AddOptions<AdminOptions>().Bind(config.GetSection(AdminOptions.Bagian));
        builder.Services.AddScoped<DataSeeder>();
        builder.Services.AddScoped<ContohSatkerSeeder>();
        builder.Services.AddScoped<LkeSeeder>();
        builder.Services.AddScoped<IdentitySeeder>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Identity.EntityFrameworkCore.IdentityDbContext<ApplicationUser>>(sp => sp.GetRequiredService<SakipDbContext>());
        builder.Services.AddScoped<Sakip.Application.Pengguna.IAkunPengguna, AkunPengguna>();
        // ports of the use cases (Sakip.Application): the database, compiled reads, kept lists, files, workbooks, renderers
        builder.Services.AddScoped<ISakipDbContext>(sp => sp.GetRequiredService<SakipDbContext>());
        builder.Services.AddScoped<IKueriCepat, KueriCepat>();
        builder.Services.AddScoped<IReferensi, Referensi>();
        builder.Services.AddScoped<ISumberPerubahan>(sp => sp.GetRequiredService<SumberPerubahan>());
        builder.Services.AddSingleton(new FolderBerkas(BerkasOptions.Dari(config).FolderAtau(builder.Environment.ContentRootPath)));
        builder.Services.AddSingleton(BatasDataDukung.DariMb(BerkasOptions.Dari(config).DataDukungMaksimumMB));
        builder.Services.AddScoped<IUnggahanTertunda, UnggahanTertunda>();
        builder.Services.AddScoped<IPenyimpananBerkas, PenyimpananBerkas>();
        builder.Services.AddSingleton<IBukuKerjaRealisasi, BukuKerjaRealisasi>();
        builder.Services.AddSingleton<IBukuKerjaAnggaran, BukuKerjaAnggaran>();
        builder.Services.AddSingleton<Sakip.Application.Pengguna.IBukuKerjaPengguna, BukuKerjaPengguna>();
        builder.Services.AddSingleton<Sakip.Application.Tercantum.IBukuKerjaTercantum, BukuKerjaTercantum>();
        builder.Services.AddSingleton<Sakip.Application.Anggaran.IBukuKerjaNilaiAnggaran, BukuKerjaNilaiAnggaran>();
        builder.Services.AddSingleton(sp => Pdf.LogoLaporan.Dari(config, builder.Environment.ContentRootPath,
            sp.GetService<Microsoft.Extensions.Logging.ILoggerFactory>()?.CreateLogger<Pdf.LogoLaporan>())); // the LAKIN cover's logo (issue 19)
        builder.Services.AddSingleton<IPenyajiDokumen, PenyajiDokumen>();
        builder.Services.AddSingleton<IPemeriksaPdf, Pdf.PemeriksaPdf>();
        builder.Services.AddSingleton<Sakip.Application.RencanaAksiKinerja.IBukuKerjaRencanaAksi, BukuKerjaRencanaAksi>();
        builder.Services.AddSingleton<Sakip.Application.RencanaAksiKinerja.IPenyajiRencanaAksi, Pdf.PenyajiRencanaAksi>();
        builder.Services.AddSingleton<Sakip.Application.Evaluasi.IPenyajiLhe, PenyajiDokumen>();
        builder.Services.AddSurel(config); // optional e-mail of returned realisations (issue 18), off without Surel:Host
        builder.Services.AddApplicationServices();
        return builder;
    }

    /// <summary>Applies pending migrations and seeds an empty database (satker, 2023 LAKIN, roles and users).</summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Sakip.Database");
        var db = sp.GetRequiredService<SakipDbContext>();
        logger.LogInformation("Applying migrations ({Provider})", db.Database.ProviderName);
        await db.Database.MigrateAsync();
        // The initial load is logged as one summary row per save, not one audit row per seeded entity.
        using (sp.GetRequiredService<SumberPerubahan>().DataAwalDimuat())
        {
            var seed = sp.GetRequiredService<IOptions<SeedOptions>>().Value;
            if (seed.Data)
            {
                await sp.GetRequiredService<DataSeeder>().SeedAsync();
                await sp.GetRequiredService<LkeSeeder>().SeedAsync();
            }
            if (seed.ContohSatker)
                await sp.GetRequiredService<ContohSatkerSeeder>().SeedAsync();
            await sp.GetRequiredService<IdentitySeeder>().SeedAsync();
        }
    }
}
