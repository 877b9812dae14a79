using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class HistorisPerSatker : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CapaianHistoris_IndikatorKinerjaId_Tahun",
                table: "CapaianHistoris");

            migrationBuilder.AddColumn<int>(
                name: "SatkerId",
                table: "CapaianHistoris",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // ---- hand-written (keep when regenerating this migration) ----
            // The history stored before issue 15 was Pusdiklatbangprof's (the parent satker, IndukId null): it stays its history.
            // Before the unique index and the foreign key, so both see the fixed rows.
            migrationBuilder.Sql("UPDATE [CapaianHistoris] SET [SatkerId] = COALESCE((SELECT MIN([Id]) FROM [Satker] WHERE [IndukId] IS NULL), (SELECT MIN([Id]) FROM [Satker])) WHERE [SatkerId] = 0");
            // ---- end hand-written ----

            migrationBuilder.CreateIndex(
                name: "IX_CapaianHistoris_IndikatorKinerjaId_SatkerId_Tahun",
                table: "CapaianHistoris",
                columns: new[] { "IndikatorKinerjaId", "SatkerId", "Tahun" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CapaianHistoris_SatkerId",
                table: "CapaianHistoris",
                column: "SatkerId");

            migrationBuilder.AddForeignKey(
                name: "FK_CapaianHistoris_Satker_SatkerId",
                table: "CapaianHistoris",
                column: "SatkerId",
                principalTable: "Satker",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CapaianHistoris_Satker_SatkerId",
                table: "CapaianHistoris");

            migrationBuilder.DropIndex(
                name: "IX_CapaianHistoris_IndikatorKinerjaId_SatkerId_Tahun",
                table: "CapaianHistoris");

            migrationBuilder.DropIndex(
                name: "IX_CapaianHistoris_SatkerId",
                table: "CapaianHistoris");

            migrationBuilder.DropColumn(
                name: "SatkerId",
                table: "CapaianHistoris");

            migrationBuilder.CreateIndex(
                name: "IX_CapaianHistoris_IndikatorKinerjaId_Tahun",
                table: "CapaianHistoris",
                columns: new[] { "IndikatorKinerjaId", "Tahun" },
                unique: true);
        }
    }
}
