using Microsoft.AspNetCore.Identity;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Identity;

/// <summary>A user of Sakip.Web; an AdminSatker is bound to exactly one satker.</summary>
public class ApplicationUser : IdentityUser
{
    public string NamaLengkap { get; set; } = "";
    public int? SatkerId { get; set; }
    public Satker? Satker { get; set; }
}
