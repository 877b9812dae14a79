using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sakip.Infrastructure.Data;
using Sakip.Infrastructure.Identity;

using Sakip.Application.Common;

namespace Sakip.Infrastructure.Seed;

/// <summary>Creates the roles, the administrator and (in the embedded demo only) one demo user per role.</summary>
public sealed class IdentitySeeder(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    SakipDbContext db,
    IOptions<SeedOptions> seed,
    IOptions<AdminOptions> admin,
    ILogger<IdentitySeeder> logger)
{
    /// <summary>Password of every demo user; printed in README, used only when Seed:DemoUsers is true (Development).</summary>
    public const string DemoPassword = "Sakip#2023";

    public static readonly (string Email, string Nama, string Peran, string? Satker)[] DemoUsers =
    [
        ("admin@sakip.local", "Administrator Sistem", Peran.Admin, null),
        ("perencana@sakip.local", "Perencana Pusdiklatbangprof", Peran.Perencana, null),
        ("pimpinan@sakip.local", "Kapusdiklatbangprof", Peran.Pimpinan, null),
        ("padang@sakip.local", "Admin BBPPKS Padang", Peran.AdminSatker, "BBPPKS_PADANG"),
        ("bandung@sakip.local", "Admin BBPPKS Bandung", Peran.AdminSatker, "BBPPKS_BANDUNG"),
        ("makassar@sakip.local", "Admin BBPPKS Makassar", Peran.AdminSatker, "BBPPKS_MAKASSAR"),
        ("pusat@sakip.local", "Admin Satker Pusdiklatbangprof", Peran.AdminSatker, "PUSDIKLATBANGPROF"),
    ];

    public async Task SeedAsync()
    {
        foreach (var r in Peran.Semua)
            if (!await roles.RoleExistsAsync(r))
                await roles.CreateAsync(new IdentityRole(r));

        if (seed.Value.DemoUsers)
        {
            var satker = await db.Satker.ToDictionaryAsync(s => s.Kode, s => s.Id);
            foreach (var (email, nama, peran, kode) in DemoUsers)
                await EnsureUserAsync(email, nama, peran, DemoPassword, kode is null ? null : satker[kode]);
            return;
        }

        var adminEmail = admin.Value.Email;
        var adminPassword = admin.Value.Password;
        if (string.IsNullOrWhiteSpace(adminEmail) || string.IsNullOrWhiteSpace(adminPassword))
        {
            logger.LogWarning("Admin:Email/Admin:Password not configured: no administrator account was created");
            return;
        }
        // Production bootstrap (README, "Produksi: langkah pertama"): the configured administrator is created only while no
        // active administrator exists; once the admins manage accounts in the browser, the configuration no longer adds one.
        var adminAktif = await (from u in db.Users
                                join ur in db.UserRoles on u.Id equals ur.UserId
                                join r in db.Roles on ur.RoleId equals r.Id
                                where r.Name == Peran.Admin && u.Aktif
                                select u.Id).AnyAsync();
        if (adminAktif)
        {
            logger.LogInformation("An active administrator exists: Admin:Email is not used");
            return;
        }
        if (await users.FindByEmailAsync(adminEmail) is { } ada)
        {
            // the configured account exists but is inactive or no longer an admin: restore it as the (only) way back in
            ada.Aktif = true;
            await users.UpdateSecurityStampAsync(ada);
            if (!await users.IsInRoleAsync(ada, Peran.Admin)) await users.AddToRoleAsync(ada, Peran.Admin);
            logger.LogWarning("No active administrator: {Email} from Admin:Email was reactivated as administrator", adminEmail);
            return;
        }
        await EnsureUserAsync(adminEmail, "Administrator Sistem", Peran.Admin, adminPassword, null);
    }

    private async Task EnsureUserAsync(string email, string nama, string peran, string password, int? satkerId)
    {
        if (await users.FindByEmailAsync(email) is not null) return;
        var u = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, NamaLengkap = nama, SatkerId = satkerId };
        var result = await users.CreateAsync(u, password);
        if (!result.Succeeded)
            throw new InvalidOperationException($"Pengguna {email} gagal dibuat: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        await users.AddToRoleAsync(u, peran);
        logger.LogInformation("Created user {Email} with role {Role}", email, peran);
    }
}
