using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DataDukung : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataDukung",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SatkerId = table.Column<int>(type: "int", nullable: false),
                    IndikatorKinerjaId = table.Column<int>(type: "int", nullable: false),
                    Tahun = table.Column<int>(type: "int", nullable: false),
                    Periode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NamaBerkas = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    JenisKonten = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Ukuran = table.Column<long>(type: "bigint", nullable: false),
                    KunciPenyimpanan = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DibuatOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataDukung", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataDukung_IndikatorKinerja_IndikatorKinerjaId",
                        column: x => x.IndikatorKinerjaId,
                        principalTable: "IndikatorKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DataDukung_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DataDukung_IndikatorKinerjaId",
                table: "DataDukung",
                column: "IndikatorKinerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_DataDukung_SatkerId_Tahun_Periode",
                table: "DataDukung",
                columns: new[] { "SatkerId", "Tahun", "Periode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataDukung");
        }
    }
}
