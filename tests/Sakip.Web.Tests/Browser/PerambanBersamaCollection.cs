namespace Sakip.Web.Tests.Browser;

/// <summary>
/// Browser tests that only read (accessibility scan, downloads, layout checks, screenshots) share one app and database,
/// so the suite starts one more Kestrel host for all of them rather than one per class.
/// </summary>
[CollectionDefinition(Nama)]
public sealed class PerambanBersamaCollection : ICollectionFixture<BrowserFixture>
{
    public const string Nama = "Peramban (hanya membaca)";
}
