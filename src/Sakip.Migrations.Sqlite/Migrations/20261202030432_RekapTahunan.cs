using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RekapTahunan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RekapTahunan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Realisasi = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Keterangan = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RekapTahunan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RekapTahunan_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RekapTahunan_SatkerId_Tahun_Jenis",
                table: "RekapTahunan",
                columns: new[] { "SatkerId", "Tahun", "Jenis" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RekapTahunan");
        }
    }
}
