using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LampiranLaporan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LampiranLaporan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Judul = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NamaBerkas = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Ukuran = table.Column<long>(type: "INTEGER", nullable: false),
                    JumlahHalaman = table.Column<int>(type: "INTEGER", nullable: false),
                    KunciPenyimpanan = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LampiranLaporan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LampiranLaporan_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LampiranLaporan_SatkerId_Tahun",
                table: "LampiranLaporan",
                columns: new[] { "SatkerId", "Tahun" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LampiranLaporan");
        }
    }
}
