package id.giliran.api.identity;

/** What a signed-in person may do. The kiosk and the TV display are used without a role. */
public enum Role {
    ADMIN,
    PETUGAS_LOKET,
    KONSELOR,
    SISWA,
    PASIEN,
    AUDITOR
}
