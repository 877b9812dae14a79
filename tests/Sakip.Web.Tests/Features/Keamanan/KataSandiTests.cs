using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Infrastructure.Identity;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>The password policy the app enforces whenever an account is created (seeded admin, demo users).</summary>
public sealed class KataSandiTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private async Task<IdentityResult> BuatAsync(string kataSandi)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"uji-{Guid.NewGuid():N}@sakip.local";
        return await users.CreateAsync(new ApplicationUser { UserName = email, Email = email, NamaLengkap = "Uji" }, kataSandi);
    }

    [Theory]
    [InlineData("Ab#1234", "PasswordTooShort")]
    [InlineData("Sakip20231", "PasswordRequiresNonAlphanumeric")]
    [InlineData("sakip#2023", "PasswordRequiresUpper")]
    [InlineData("SAKIP#2023", "PasswordRequiresLower")]
    [InlineData("Sakip#Kemensos", "PasswordRequiresDigit")]
    public async Task AWeakPasswordIsRefused(string kataSandi, string alasan)
    {
        var hasil = await BuatAsync(kataSandi);
        hasil.Succeeded.Should().BeFalse();
        hasil.Errors.Select(e => e.Code).Should().Contain(alasan);
    }

    [Fact]
    public async Task AStrongPasswordIsAccepted()
        => (await BuatAsync("Kinerja#2024")).Succeeded.Should().BeTrue();
}
