using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class NaskahPerjanjianKinerja : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NaskahPerjanjianKinerja",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PerjanjianKinerjaId = table.Column<int>(type: "int", nullable: false),
                    Nomor = table.Column<int>(type: "int", nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: false),
                    PihakPertama = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    PihakKedua = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Alasan = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Baris = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NaskahPerjanjianKinerja", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NaskahPerjanjianKinerja_PerjanjianKinerja_PerjanjianKinerjaId",
                        column: x => x.PerjanjianKinerjaId,
                        principalTable: "PerjanjianKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NaskahPerjanjianKinerja_PerjanjianKinerjaId_Nomor",
                table: "NaskahPerjanjianKinerja",
                columns: new[] { "PerjanjianKinerjaId", "Nomor" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NaskahPerjanjianKinerja");
        }
    }
}
