using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sakip.Application.Common;
using Sakip.Infrastructure.Identity;

using Sakip.Infrastructure.Seed;

namespace Sakip.Application.Tests.Pengguna;

/// <summary>The Production bootstrap: the administrator from configuration exists only while no active administrator does.</summary>
public sealed class AdminPertamaTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private async Task SemaiAsync(string email)
    {
        await using var scope = app.Layanan.CreateAsyncScope();
        var admin = Options.Create(new AdminOptions { Email = email, Password = "Pertama#2024" });
        var seed = Options.Create(new SeedOptions { DemoUsers = false });
        await ActivatorUtilities.CreateInstance<IdentitySeeder>(scope.ServiceProvider, admin, seed).SeedAsync();
    }

    private async Task<ApplicationUser?> CariAsync(string email)
    {
        await using var scope = app.Layanan.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
    }

    [Fact]
    public async Task TheConfiguredAdminIsCreatedOnlyWhileNoActiveAdminExistsAndRestoredWhenAllAreDeactivated()
    {
        (await CariAsync("pertama@uji")).Should().BeNull("the fixture seeds no users");
        await SemaiAsync("pertama@uji");
        var pertama = (await CariAsync("pertama@uji"))!;
        pertama.Should().NotBeNull();

        await SemaiAsync("kedua@uji");
        (await CariAsync("kedua@uji")).Should().BeNull("an active administrator exists: the configuration adds nobody");

        await using (var scope = app.Layanan.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var u = (await users.FindByIdAsync(pertama.Id))!;
            u.Aktif = false;
            (await users.UpdateAsync(u)).Succeeded.Should().BeTrue();
        }
        await SemaiAsync("pertama@uji");
        await using (var scope = app.Layanan.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var u = (await users.FindByIdAsync(pertama.Id))!;
            u.Aktif.Should().BeTrue("with no active administrator the configured account is the way back in");
            (await users.IsInRoleAsync(u, Peran.Admin)).Should().BeTrue();
        }
    }
}
