using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Awal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PeriodePelaporan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Dikunci = table.Column<bool>(type: "INTEGER", nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodePelaporan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Renstra",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TahunAwal = table.Column<int>(type: "INTEGER", nullable: false),
                    TahunAkhir = table.Column<int>(type: "INTEGER", nullable: false),
                    Visi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Tujuan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Renstra", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SasaranKegiatan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SasaranKegiatan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Satker",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NamaSingkat = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Jenis = table.Column<int>(type: "INTEGER", nullable: false),
                    Regional = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    KodeSatker = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Kota = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NamaPimpinan = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    JabatanPimpinan = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    JumlahPegawai = table.Column<int>(type: "INTEGER", nullable: true),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    IndukId = table.Column<int>(type: "INTEGER", nullable: true),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Satker", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Satker_Satker_IndukId",
                        column: x => x.IndukId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RenstraMisi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RenstraId = table.Column<int>(type: "INTEGER", nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    Teks = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RenstraMisi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RenstraMisi_Renstra_RenstraId",
                        column: x => x.RenstraId,
                        principalTable: "Renstra",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    NamaLengkap = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndikatorKinerja",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SasaranKegiatanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Satuan = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Polaritas = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Agregasi = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LabelN = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    LabelT = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    LabelOutput = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SumberVolume = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LabelTerdaftar = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SumberData = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SatkerPengampuId = table.Column<int>(type: "INTEGER", nullable: true),
                    BolehLebihDari100 = table.Column<bool>(type: "INTEGER", nullable: false),
                    DesimalTampilan = table.Column<int>(type: "INTEGER", nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndikatorKinerja", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndikatorKinerja_SasaranKegiatan_SasaranKegiatanId",
                        column: x => x.SasaranKegiatanId,
                        principalTable: "SasaranKegiatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndikatorKinerja_Satker_SatkerPengampuId",
                        column: x => x.SatkerPengampuId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MataAnggaran",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Klasifikasi = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Pagu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Realisasi = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Cakupan = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MataAnggaran", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MataAnggaran_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerjanjianKinerja",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    NomorRevisi = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PihakPertama = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PihakKedua = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    TanggalDisepakati = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerjanjianKinerja", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerjanjianKinerja_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RevisiPagu",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Pagu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Keterangan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevisiPagu", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevisiPagu_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CapaianHistoris",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndikatorKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Realisasi = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Keterangan = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapaianHistoris", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CapaianHistoris_IndikatorKinerja_IndikatorKinerjaId",
                        column: x => x.IndikatorKinerjaId,
                        principalTable: "IndikatorKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KomponenIndikator",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndikatorKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Bobot = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    IndukId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KomponenIndikator", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KomponenIndikator_IndikatorKinerja_IndikatorKinerjaId",
                        column: x => x.IndikatorKinerjaId,
                        principalTable: "IndikatorKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_KomponenIndikator_KomponenIndikator_IndukId",
                        column: x => x.IndukId,
                        principalTable: "KomponenIndikator",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Realisasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndikatorKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    N = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    T = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Nilai = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Volume = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Terdaftar = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Responden = table.Column<int>(type: "INTEGER", nullable: true),
                    Predikat = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AnalisisCapaian = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FaktorPendukung = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Hambatan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnalisisEfisiensi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Rekomendasi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Versi = table.Column<Guid>(type: "TEXT", nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Realisasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Realisasi_IndikatorKinerja_IndikatorKinerjaId",
                        column: x => x.IndikatorKinerjaId,
                        principalTable: "IndikatorKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Realisasi_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MataAnggaranIndikator",
                columns: table => new
                {
                    MataAnggaranId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndikatorKinerjaId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MataAnggaranIndikator", x => new { x.MataAnggaranId, x.IndikatorKinerjaId });
                    table.ForeignKey(
                        name: "FK_MataAnggaranIndikator_IndikatorKinerja_IndikatorKinerjaId",
                        column: x => x.IndikatorKinerjaId,
                        principalTable: "IndikatorKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MataAnggaranIndikator_MataAnggaran_MataAnggaranId",
                        column: x => x.MataAnggaranId,
                        principalTable: "MataAnggaran",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TargetKinerja",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PerjanjianKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndikatorKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Nilai = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Volume = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetKinerja", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetKinerja_IndikatorKinerja_IndikatorKinerjaId",
                        column: x => x.IndikatorKinerjaId,
                        principalTable: "IndikatorKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TargetKinerja_PerjanjianKinerja_PerjanjianKinerjaId",
                        column: x => x.PerjanjianKinerjaId,
                        principalTable: "PerjanjianKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RealisasiKomponen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RealisasiId = table.Column<int>(type: "INTEGER", nullable: false),
                    KomponenIndikatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nilai = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RealisasiKomponen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RealisasiKomponen_KomponenIndikator_KomponenIndikatorId",
                        column: x => x.KomponenIndikatorId,
                        principalTable: "KomponenIndikator",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RealisasiKomponen_Realisasi_RealisasiId",
                        column: x => x.RealisasiId,
                        principalTable: "Realisasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RealisasiRincian",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RealisasiId = table.Column<int>(type: "INTEGER", nullable: false),
                    Dimensi = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Baris = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Kategori = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Nilai = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Cakupan = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RealisasiRincian", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RealisasiRincian_Realisasi_RealisasiId",
                        column: x => x.RealisasiId,
                        principalTable: "Realisasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_SatkerId",
                table: "AspNetUsers",
                column: "SatkerId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CapaianHistoris_IndikatorKinerjaId_Tahun",
                table: "CapaianHistoris",
                columns: new[] { "IndikatorKinerjaId", "Tahun" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndikatorKinerja_SasaranKegiatanId_Kode",
                table: "IndikatorKinerja",
                columns: new[] { "SasaranKegiatanId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndikatorKinerja_SatkerPengampuId",
                table: "IndikatorKinerja",
                column: "SatkerPengampuId");

            migrationBuilder.CreateIndex(
                name: "IX_KomponenIndikator_IndikatorKinerjaId",
                table: "KomponenIndikator",
                column: "IndikatorKinerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_KomponenIndikator_IndukId",
                table: "KomponenIndikator",
                column: "IndukId");

            migrationBuilder.CreateIndex(
                name: "IX_MataAnggaran_SatkerId_Tahun_Klasifikasi_Cakupan_Uraian",
                table: "MataAnggaran",
                columns: new[] { "SatkerId", "Tahun", "Klasifikasi", "Cakupan", "Uraian" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MataAnggaranIndikator_IndikatorKinerjaId",
                table: "MataAnggaranIndikator",
                column: "IndikatorKinerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_PeriodePelaporan_Tahun_Periode",
                table: "PeriodePelaporan",
                columns: new[] { "Tahun", "Periode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerjanjianKinerja_SatkerId_Tahun",
                table: "PerjanjianKinerja",
                columns: new[] { "SatkerId", "Tahun" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Realisasi_IndikatorKinerjaId",
                table: "Realisasi",
                column: "IndikatorKinerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_Realisasi_SatkerId_IndikatorKinerjaId_Tahun_Periode",
                table: "Realisasi",
                columns: new[] { "SatkerId", "IndikatorKinerjaId", "Tahun", "Periode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Realisasi_Tahun_Periode",
                table: "Realisasi",
                columns: new[] { "Tahun", "Periode" });

            migrationBuilder.CreateIndex(
                name: "IX_RealisasiKomponen_KomponenIndikatorId",
                table: "RealisasiKomponen",
                column: "KomponenIndikatorId");

            migrationBuilder.CreateIndex(
                name: "IX_RealisasiKomponen_RealisasiId_KomponenIndikatorId",
                table: "RealisasiKomponen",
                columns: new[] { "RealisasiId", "KomponenIndikatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RealisasiRincian_RealisasiId",
                table: "RealisasiRincian",
                column: "RealisasiId");

            migrationBuilder.CreateIndex(
                name: "IX_RenstraMisi_RenstraId",
                table: "RenstraMisi",
                column: "RenstraId");

            migrationBuilder.CreateIndex(
                name: "IX_RevisiPagu_SatkerId_Tahun_Nomor",
                table: "RevisiPagu",
                columns: new[] { "SatkerId", "Tahun", "Nomor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SasaranKegiatan_Tahun_Nomor",
                table: "SasaranKegiatan",
                columns: new[] { "Tahun", "Nomor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Satker_IndukId",
                table: "Satker",
                column: "IndukId");

            migrationBuilder.CreateIndex(
                name: "IX_Satker_Kode",
                table: "Satker",
                column: "Kode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TargetKinerja_IndikatorKinerjaId",
                table: "TargetKinerja",
                column: "IndikatorKinerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetKinerja_PerjanjianKinerjaId_IndikatorKinerjaId_Periode",
                table: "TargetKinerja",
                columns: new[] { "PerjanjianKinerjaId", "IndikatorKinerjaId", "Periode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "CapaianHistoris");

            migrationBuilder.DropTable(
                name: "MataAnggaranIndikator");

            migrationBuilder.DropTable(
                name: "PeriodePelaporan");

            migrationBuilder.DropTable(
                name: "RealisasiKomponen");

            migrationBuilder.DropTable(
                name: "RealisasiRincian");

            migrationBuilder.DropTable(
                name: "RenstraMisi");

            migrationBuilder.DropTable(
                name: "RevisiPagu");

            migrationBuilder.DropTable(
                name: "TargetKinerja");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "MataAnggaran");

            migrationBuilder.DropTable(
                name: "KomponenIndikator");

            migrationBuilder.DropTable(
                name: "Realisasi");

            migrationBuilder.DropTable(
                name: "Renstra");

            migrationBuilder.DropTable(
                name: "PerjanjianKinerja");

            migrationBuilder.DropTable(
                name: "IndikatorKinerja");

            migrationBuilder.DropTable(
                name: "SasaranKegiatan");

            migrationBuilder.DropTable(
                name: "Satker");
        }
    }
}
