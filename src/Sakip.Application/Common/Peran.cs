namespace Sakip.Application.Common;

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

    /// <summary>The role as the pages and templates name it in Bahasa Indonesia; an unknown text is returned as it is.</summary>
    public static string Nama(string peran) => peran switch
    {
        Admin => "Administrator",
        Perencana => "Perencana",
        AdminSatker => "Admin satker",
        Pimpinan => "Pimpinan",
        _ => peran,
    };
}
