using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class IndeksAgregasi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Realisasi_IndikatorKinerjaId",
                table: "Realisasi");

            migrationBuilder.CreateIndex(
                name: "IX_Realisasi_Agregasi",
                table: "Realisasi",
                columns: new[] { "IndikatorKinerjaId", "Tahun", "Periode", "N", "T" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Realisasi_Agregasi",
                table: "Realisasi");

            migrationBuilder.CreateIndex(
                name: "IX_Realisasi_IndikatorKinerjaId",
                table: "Realisasi",
                column: "IndikatorKinerjaId");
        }
    }
}
