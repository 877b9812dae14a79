using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AngkaTercantum : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kelompok",
                table: "KomponenIndikator",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AngkaTercantum",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Tahun = table.Column<int>(type: "int", nullable: false),
                    Jenis = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    KodeIndikator = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Rujukan = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Nilai = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    N = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    T = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    Sumber = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    DibuatOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AngkaTercantum", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AngkaTercantum_Tahun",
                table: "AngkaTercantum",
                column: "Tahun");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AngkaTercantum");

            migrationBuilder.DropColumn(
                name: "Kelompok",
                table: "KomponenIndikator");
        }
    }
}
