using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RealisasiAnggaranBulanan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RealisasiAnggaranBulanan",
                columns: table => new
                {
                    MataAnggaranId = table.Column<int>(type: "INTEGER", nullable: false),
                    Bulan = table.Column<int>(type: "INTEGER", nullable: false),
                    Jumlah = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RealisasiAnggaranBulanan", x => new { x.MataAnggaranId, x.Bulan });
                    table.CheckConstraint("CK_RealisasiAnggaranBulanan_Bulan", "Bulan BETWEEN 1 AND 12");
                    table.ForeignKey(
                        name: "FK_RealisasiAnggaranBulanan_MataAnggaran_MataAnggaranId",
                        column: x => x.MataAnggaranId,
                        principalTable: "MataAnggaran",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RealisasiAnggaranBulanan");
        }
    }
}
