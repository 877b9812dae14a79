using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RenstraPerSatker : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SatkerId",
                table: "Renstra",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // a Renstra made before issue 15 was Pusdiklatbangprof's (the parent satker): it stays its Renstra
            migrationBuilder.Sql("UPDATE Renstra SET SatkerId = (SELECT MIN(Id) FROM Satker WHERE IndukId IS NULL) WHERE SatkerId = 0");

            migrationBuilder.CreateIndex(
                name: "IX_Renstra_SatkerId_TahunAwal",
                table: "Renstra",
                columns: new[] { "SatkerId", "TahunAwal" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Renstra_SatkerId_TahunAwal",
                table: "Renstra");

            migrationBuilder.DropColumn(
                name: "SatkerId",
                table: "Renstra");
        }
    }
}
