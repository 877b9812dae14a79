using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RealisasiVerifikasiJejak : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KomentarVerifikasi",
                table: "Realisasi",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AlasanBuka",
                table: "PeriodePelaporan",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JejakRealisasi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Waktu = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Pengguna = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndikatorKinerjaId = table.Column<int>(type: "INTEGER", nullable: true),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kolom = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NilaiLama = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NilaiBaru = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Sumber = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JejakRealisasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JejakRealisasi_IndikatorKinerja_IndikatorKinerjaId",
                        column: x => x.IndikatorKinerjaId,
                        principalTable: "IndikatorKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JejakRealisasi_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JejakRealisasi_IndikatorKinerjaId",
                table: "JejakRealisasi",
                column: "IndikatorKinerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_JejakRealisasi_SatkerId_IndikatorKinerjaId_Waktu",
                table: "JejakRealisasi",
                columns: new[] { "SatkerId", "IndikatorKinerjaId", "Waktu" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JejakRealisasi");

            migrationBuilder.DropColumn(
                name: "KomentarVerifikasi",
                table: "Realisasi");

            migrationBuilder.DropColumn(
                name: "AlasanBuka",
                table: "PeriodePelaporan");
        }
    }
}
