using System.Globalization;
using System.Security.Claims;
using Sakip.Application.Common;
using Sakip.Infrastructure.Identity;

namespace Sakip.Web.Infrastructure;

/// <summary>The satker rule of <see cref="IAksesSatker"/> (<see cref="AksesPeran"/>) for the signed-in user's roles and satker claim.</summary>
internal sealed class AksesSatker(IHttpContextAccessor http) : IAksesSatker
{
    private AksesPeran? _aturan;

    private AksesPeran Aturan => _aturan ??= Dari(http.HttpContext?.User ?? new ClaimsPrincipal());

    internal static AksesPeran Dari(ClaimsPrincipal user)
    {
        var peran = Peran.Semua.Where(user.IsInRole).ToList();
        var c = user.FindFirst(SakipClaimsPrincipalFactory.SatkerClaim)?.Value;
        int? satker = int.TryParse(c, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;
        return new AksesPeran(peran, satker);
    }

    public int? SatkerSendiri => Aturan.SatkerSendiri;
    public bool BolehLihat(int satkerId) => Aturan.BolehLihat(satkerId);
    public bool BolehUbahData(int satkerId) => Aturan.BolehUbahData(satkerId);
    public bool BolehUbahRencana => Aturan.BolehUbahRencana;
    public bool BolehLihatKonsolidasi => Aturan.BolehLihatKonsolidasi;
    public bool BolehKunciPeriode => Aturan.BolehKunciPeriode;
    public bool BolehKelolaPengguna => Aturan.BolehKelolaPengguna;
    public bool BolehJawabEvaluasi(int satkerId) => Aturan.BolehJawabEvaluasi(satkerId);
    public bool BolehMenilaiEvaluasi => Aturan.BolehMenilaiEvaluasi;
    public bool BolehUbahLembarKerja => Aturan.BolehUbahLembarKerja;
}
