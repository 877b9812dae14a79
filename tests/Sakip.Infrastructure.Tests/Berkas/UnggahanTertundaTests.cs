using Sakip.Application.Common;
using Sakip.Infrastructure.Berkas;

namespace Sakip.Infrastructure.Tests.Berkas;

/// <summary>
/// Issue 17, finding 10: when the folder of waiting uploads cannot even be created (a full disk, or here a path blocked by a
/// file), the upload gets the explained "cannot store" answer (<see cref="PenyimpananPenuhException"/> → 507), never a raw
/// IOException (a 500), and nothing is left behind.
/// </summary>
public sealed class UnggahanTertundaTests
{
    private sealed class Pengguna : ICurrentUser
    {
        public string? UserName => "perencana@sakip.local";
    }

    [Fact]
    public async Task AFolderThatCannotBeCreatedIsTheExplainedCannotStoreAnswer()
    {
        var akar = Path.Combine(Path.GetTempPath(), $"sakip-tertunda-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(akar, "bukan folder"); // "unggahan" cannot be created under a file
        try
        {
            var tertunda = new UnggahanTertunda(new FolderBerkas(akar), new Pengguna(), TimeProvider.System);

            var simpan = () => tertunda.SimpanAsync("realisasi", [1, 2, 3], new { Nama = "uji" }, CancellationToken.None);

            await simpan.Should().ThrowAsync<PenyimpananPenuhException>();
            File.Exists(akar).Should().BeTrue("nothing else was written");
        }
        finally
        {
            File.Delete(akar);
        }
    }
}
