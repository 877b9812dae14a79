namespace Sakip.Application.Common;

/// <summary>Names where the changes of a save come from in the audit log (the form, an uploaded file with its SHA-256, or an account action).</summary>
public interface ISumberPerubahan
{
    /// <summary>Until disposed, changes are logged as coming from the uploaded file <paramref name="namaBerkas"/>.</summary>
    IDisposable Unggahan(string namaBerkas, ReadOnlySpan<byte> isi);

    /// <summary>
    /// Until disposed, changes are logged as coming from the named account action: "akun: {uraian}" (e.g. two-step sign-in
    /// turned on). The text is fixed by the caller; it never carries keys, codes or passwords.
    /// </summary>
    IDisposable Tindakan(string uraian);
}
