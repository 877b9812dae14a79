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
}

/// <summary>The roles of the system.</summary>
public static class Peran
{
    public const string Admin = "Admin";
    /// <summary>Planner: owns the Renstra and the Perjanjian Kinerja.</summary>
    public const string Perencana = "Perencana";
    /// <summary>Administrator of one satker: enters its realisations and budget.</summary>
    public const string AdminSatker = "AdminSatker";
    /// <summary>Leadership: reads and downloads everything.</summary>
    public const string Pimpinan = "Pimpinan";

    public static readonly string[] Semua = [Admin, Perencana, AdminSatker, Pimpinan];
}
