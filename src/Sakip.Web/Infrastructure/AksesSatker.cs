using System.Globalization;
using System.Security.Claims;
using Sakip.Infrastructure.Identity;

namespace Sakip.Web.Infrastructure;

/// <summary>Which satker the signed-in user may see and change: the one rule every controller asks.</summary>
public interface IAksesSatker
{
    /// <summary>The satker an AdminSatker is bound to; null for roles that see every satker.</summary>
    int? SatkerSendiri { get; }
    bool BolehLihat(int satkerId);
    /// <summary>Realisations and budget: an AdminSatker only its own satker; Perencana and Admin all; Pimpinan none.</summary>
    bool BolehUbahData(int satkerId);
    /// <summary>Plans (Renstra, PK): Perencana and Admin only.</summary>
    bool BolehUbahRencana { get; }
    /// <summary>The roll-up of every satker (and its per-satker tables): Admin, Perencana and Pimpinan, never an AdminSatker.</summary>
    bool BolehLihatKonsolidasi { get; }
}

internal sealed class AksesSatker(IHttpContextAccessor http) : IAksesSatker
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    private bool Semua => User.IsInRole(Peran.Admin) || User.IsInRole(Peran.Perencana) || User.IsInRole(Peran.Pimpinan);

    public int? SatkerSendiri
    {
        get
        {
            if (Semua) return null;
            var c = User.FindFirst(SakipClaimsPrincipalFactory.SatkerClaim)?.Value;
            return int.TryParse(c, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : -1;
        }
    }

    public bool BolehLihat(int satkerId) => Semua || (User.IsInRole(Peran.AdminSatker) && SatkerSendiri == satkerId);

    public bool BolehUbahData(int satkerId)
        => User.IsInRole(Peran.Admin) || User.IsInRole(Peran.Perencana) || (User.IsInRole(Peran.AdminSatker) && SatkerSendiri == satkerId);

    public bool BolehUbahRencana => User.IsInRole(Peran.Admin) || User.IsInRole(Peran.Perencana);

    public bool BolehLihatKonsolidasi => Semua;
}
