using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SatkerId = table.Column<int>(type: "int", nullable: false),
                    Tahun = table.Column<int>(type: "int", nullable: false),
                    Jenis = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Target = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Realisasi = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Keterangan = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DibuatOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
