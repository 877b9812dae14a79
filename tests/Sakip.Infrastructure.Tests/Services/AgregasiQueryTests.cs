using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Beranda;

namespace Sakip.Infrastructure.Tests.Services;

public sealed class AgregasiQueryTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    [Fact]
    public async Task GroupedSumsGiveTheRatioOfSumsOfEveryRatioIndicator()
    {
        await using var db = database.CreateContext();
        var kode = await db.IndikatorKinerja.ToDictionaryAsync(i => i.Id, i => i.Kode);
        var hasil = (await new AgregasiQuery(db).RasioJumlahAsync(2023, 2023)).ToDictionary(r => kode[r.IndikatorKinerjaId]);

        hasil["1.1"].Should().BeEquivalentTo(new { Tahun = 2023, Periode = Periode.Tahunan, JumlahN = 2146m, JumlahT = 2668m });
        Angka.Persen(hasil["1.1"].Persen).Should().Be("80,43%");
        Angka.Persen(hasil["2.1"].Persen).Should().Be("95,40%");
        hasil.Should().NotContainKey("6.1", "a direct score has no n/T");
    }
}
