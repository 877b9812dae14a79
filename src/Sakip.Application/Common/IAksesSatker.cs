namespace Sakip.Application.Common;

/// <summary>
/// Which satker the signed-in user may see and change: the one rule every use case asks itself (the web project supplies it
/// from the signed-in user's roles and satker claim). Controllers do not repeat it.
/// </summary>
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
    /// <summary>Locking and unlocking a reporting period: Admin only.</summary>
    bool BolehKunciPeriode { get; }
    /// <summary>User management (accounts, roles, satker, passwords): Admin only.</summary>
    bool BolehKelolaPengguna { get; }
    /// <summary>Evaluasi AKIP internal: answering a satker's self-assessment (and its evidence): only that satker's own AdminSatker (ADR 016).</summary>
    bool BolehJawabEvaluasi(int satkerId);
    /// <summary>Evaluasi AKIP internal: opening and closing rounds, scoring, findings and recommendations: the evaluators, Perencana and Admin (ADR 016).</summary>
    bool BolehMenilaiEvaluasi { get; }
    /// <summary>Evaluasi AKIP internal: the worksheet (weights, criteria, scales, predikat): Admin only (ADR 016).</summary>
    bool BolehUbahLembarKerja { get; }
}

/// <summary>
/// The satker rule itself, from a user's roles and bound satker: the web project builds it from the signed-in user's claims,
/// tests and background jobs from whoever they act as. One home for who may see and change what.
/// </summary>
public sealed class AksesPeran(IReadOnlyCollection<string> peran, int? satkerId) : IAksesSatker
{
    private bool Punya(string p) => peran.Contains(p);
    private bool Semua => Punya(Peran.Admin) || Punya(Peran.Perencana) || Punya(Peran.Pimpinan);

    /// <summary>An AdminSatker without a (readable) satker claim is bound to no satker (-1), never to every one.</summary>
    public int? SatkerSendiri => Semua ? null : satkerId ?? -1;

    public bool BolehLihat(int satkerId) => Semua || (Punya(Peran.AdminSatker) && SatkerSendiri == satkerId);

    public bool BolehUbahData(int satkerId)
        => Punya(Peran.Admin) || Punya(Peran.Perencana) || (Punya(Peran.AdminSatker) && SatkerSendiri == satkerId);

    public bool BolehUbahRencana => Punya(Peran.Admin) || Punya(Peran.Perencana);

    public bool BolehLihatKonsolidasi => Semua;

    public bool BolehKunciPeriode => Punya(Peran.Admin);
    public bool BolehKelolaPengguna => Punya(Peran.Admin);

    /// <summary>Only a satker's own AdminSatker answers its self-assessment; a central role never answers for it (ADR 016).</summary>
    public bool BolehJawabEvaluasi(int satkerId) => !Semua && Punya(Peran.AdminSatker) && SatkerSendiri == satkerId;
    public bool BolehMenilaiEvaluasi => Punya(Peran.Admin) || Punya(Peran.Perencana);
    public bool BolehUbahLembarKerja => Punya(Peran.Admin);
}

/// <summary>The one rule for which satker a page shows when none is asked for.</summary>
public static class PilihanSatkerHalaman
{
    /// <summary>The satker asked for, else the user's own (AdminSatker), else the parent (Pusdiklatbangprof) of <paramref name="pilihan"/>.</summary>
    public static int? SatkerHalaman(this IAksesSatker akses, int? diminta, IEnumerable<Domain.Entities.Satker> pilihan)
        => diminta ?? akses.SatkerSendiri ?? pilihan.FirstOrDefault(s => s.IndukId is null)?.Id;
}
