namespace Sakip.Application.Common;

/// <summary>Names where the changes of a save come from in the audit log (the form, or an uploaded file with its SHA-256).</summary>
public interface ISumberPerubahan
{
    /// <summary>Until disposed, changes are logged as coming from the uploaded file <paramref name="namaBerkas"/>.</summary>
    IDisposable Unggahan(string namaBerkas, ReadOnlySpan<byte> isi);
}
