using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RevisiPerjanjianKinerja : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RevisiPerjanjianKinerja",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PerjanjianKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    Alasan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Waktu = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Oleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevisiPerjanjianKinerja", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevisiPerjanjianKinerja_PerjanjianKinerja_PerjanjianKinerjaId",
                        column: x => x.PerjanjianKinerjaId,
                        principalTable: "PerjanjianKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PerubahanTarget",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RevisiPerjanjianKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndikatorKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NilaiLama = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    NilaiBaru = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    VolumeLama = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    VolumeBaru = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerubahanTarget", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerubahanTarget_IndikatorKinerja_IndikatorKinerjaId",
                        column: x => x.IndikatorKinerjaId,
                        principalTable: "IndikatorKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerubahanTarget_RevisiPerjanjianKinerja_RevisiPerjanjianKinerjaId",
                        column: x => x.RevisiPerjanjianKinerjaId,
                        principalTable: "RevisiPerjanjianKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PerubahanTarget_IndikatorKinerjaId",
                table: "PerubahanTarget",
                column: "IndikatorKinerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_PerubahanTarget_RevisiPerjanjianKinerjaId",
                table: "PerubahanTarget",
                column: "RevisiPerjanjianKinerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_RevisiPerjanjianKinerja_PerjanjianKinerjaId",
                table: "RevisiPerjanjianKinerja",
                column: "PerjanjianKinerjaId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PerubahanTarget");

            migrationBuilder.DropTable(
                name: "RevisiPerjanjianKinerja");
        }
    }
}
