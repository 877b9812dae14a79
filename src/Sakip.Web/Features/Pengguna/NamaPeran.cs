using Sakip.Application.Common;

namespace Sakip.Web.Features.Pengguna;

/// <summary>The roles as the pages name them.</summary>
public static class NamaPeran
{
    public static string Teks(string peran) => peran switch
    {
        Peran.Admin => "Administrator",
        Peran.Perencana => "Perencana",
        Peran.AdminSatker => "Admin satker",
        Peran.Pimpinan => "Pimpinan",
        _ => peran,
    };
}
