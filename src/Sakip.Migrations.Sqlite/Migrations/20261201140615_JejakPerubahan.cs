using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class JejakPerubahan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JejakPerubahan",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WaktuUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Pengguna = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    JenisEntitas = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kunci = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Aksi = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Perubahan = table.Column<string>(type: "TEXT", nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: true),
                    AlamatIp = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IdKorelasi = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Sumber = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JejakPerubahan", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JejakPerubahan_JenisEntitas_WaktuUtc",
                table: "JejakPerubahan",
                columns: new[] { "JenisEntitas", "WaktuUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_JejakPerubahan_Pengguna_WaktuUtc",
                table: "JejakPerubahan",
                columns: new[] { "Pengguna", "WaktuUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_JejakPerubahan_SatkerId_WaktuUtc",
                table: "JejakPerubahan",
                columns: new[] { "SatkerId", "WaktuUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_JejakPerubahan_WaktuUtc",
                table: "JejakPerubahan",
                column: "WaktuUtc");

            // Append-only in the database too (ExecuteUpdate/ExecuteDelete or a SQL console cannot change the log either).
            migrationBuilder.Sql("CREATE TRIGGER JejakPerubahan_TanpaUbah BEFORE UPDATE ON JejakPerubahan BEGIN SELECT RAISE(ABORT, 'Jejak perubahan tidak dapat diubah.'); END;");
            migrationBuilder.Sql("CREATE TRIGGER JejakPerubahan_TanpaHapus BEFORE DELETE ON JejakPerubahan BEGIN SELECT RAISE(ABORT, 'Jejak perubahan tidak dapat dihapus.'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS JejakPerubahan_TanpaUbah;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS JejakPerubahan_TanpaHapus;");

            migrationBuilder.DropTable(
                name: "JejakPerubahan");
        }
    }
}
