namespace Sakip.Application.Common;

/// <summary>How every template's columns are named to a user: the letter Excel shows and the header ("E (Pagu)").</summary>
public static class KolomTemplat
{
    /// <summary>The column letter a user sees in Excel (1 → A, 27 → AA).</summary>
    public static string Huruf(int nomor)
    {
        var huruf = "";
        for (; nomor > 0; nomor = (nomor - 1) / 26) huruf = (char)('A' + (nomor - 1) % 26) + huruf;
        return huruf;
    }

    /// <summary>"E (Pagu)": the letter of the <paramref name="nomor"/>-th column (1-based) and its header.</summary>
    public static string Nama(int nomor, string judul) => $"{Huruf(nomor)} ({judul})";
}
