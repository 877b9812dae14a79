using Microsoft.AspNetCore.Identity;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Identity;

/// <summary>A user of Sakip.Web; an AdminSatker is bound to exactly one satker.</summary>
public class ApplicationUser : IdentityUser
{
    public string NamaLengkap { get; set; } = "";
    public int? SatkerId { get; set; }
    public Satker? Satker { get; set; }

    /// <summary>
    /// False for a deactivated account: it cannot sign in (<see cref="SakipSignInManager.CanSignInAsync"/>) and its open sessions
    /// end at their next request (the cookie check in Sakip.Web's <c>Sesi</c>). Existing rows were migrated as active.
    /// </summary>
    public bool Aktif { get; set; } = true;

    /// <summary>NIP (Nomor Induk Pegawai), 18 digits; optional.</summary>
    public string? Nip { get; set; }

    /// <summary>
    /// True after an administrator created the account or reset its password: the temporary password must be replaced at the
    /// next sign-in (Sakip.Web sends every request to <c>/Akun/Sandi</c> until it is).
    /// </summary>
    public bool WajibGantiSandi { get; set; }
}
