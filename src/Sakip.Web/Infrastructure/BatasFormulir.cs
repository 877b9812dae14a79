namespace Sakip.Web.Infrastructure;

/// <summary>
/// How large a posted form may be (issue 16): as many rows as an upload accepts (a budget of 5.000 lines, a PK grid of many
/// indicators × satker), each with its fields. Beyond it the explained 400 page ("terlalu banyak isian"), never a 500.
/// </summary>
public static class BatasFormulir
{
    /// <summary>
    /// Rows of one posted collection (MVC's default is 1.024): the PK grid posts one cell per indicator × satker, so 1.000
    /// indicators × 9 satker = 9.000 cells (ADR 015).
    /// </summary>
    public const int BarisMaksimum = 10_000;

    /// <summary>Form values of one request (ASP.NET's default is 1.024): 5.000 budget rows × 10 fields, or 9.000 PK cells × 4 fields + the rest.</summary>
    public const int IsianMaksimum = 50_000;
}
