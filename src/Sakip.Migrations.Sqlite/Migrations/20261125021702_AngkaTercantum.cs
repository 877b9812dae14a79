using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AngkaTercantum",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    KodeIndikator = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Rujukan = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Nilai = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    N = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    T = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Sumber = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
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
