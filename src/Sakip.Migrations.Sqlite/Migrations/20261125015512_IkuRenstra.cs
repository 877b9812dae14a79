using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IkuRenstra : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndikatorRenstra",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RenstraId = table.Column<int>(type: "INTEGER", nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Satuan = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    KodeIndikator = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndikatorRenstra", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndikatorRenstra_Renstra_RenstraId",
                        column: x => x.RenstraId,
                        principalTable: "Renstra",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TargetRenstra",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndikatorRenstraId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Nilai = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetRenstra", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetRenstra_IndikatorRenstra_IndikatorRenstraId",
                        column: x => x.IndikatorRenstraId,
                        principalTable: "IndikatorRenstra",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndikatorRenstra_RenstraId",
                table: "IndikatorRenstra",
                column: "RenstraId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetRenstra_IndikatorRenstraId_Tahun",
                table: "TargetRenstra",
                columns: new[] { "IndikatorRenstraId", "Tahun" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TargetRenstra");

            migrationBuilder.DropTable(
                name: "IndikatorRenstra");
        }
    }
}
