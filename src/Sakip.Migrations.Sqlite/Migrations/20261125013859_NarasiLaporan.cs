using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NarasiLaporan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NarasiLaporan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Bagian = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Teks = table.Column<string>(type: "TEXT", nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NarasiLaporan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NarasiLaporan_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NarasiLaporan_SatkerId_Tahun_Bagian",
                table: "NarasiLaporan",
                columns: new[] { "SatkerId", "Tahun", "Bagian" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NarasiLaporan");
        }
    }
}
