package id.giliran.api.bpjs;

import java.time.LocalDate;

/**
 * A JKN participant as PCare knows them.
 *
 * @param cardNumber       13-digit JKN card number
 * @param nik              16-digit national identity number, when BPJS has it
 * @param sex              "L" (laki-laki) or "P" (perempuan), as BPJS sends it
 * @param participantClass care class, e.g. "KELAS III"
 * @param participantType  e.g. "PBI (APBN)", "PEKERJA PENERIMA UPAH"
 * @param providerCode     the first-level facility (FKTP) the participant is registered with
 * @param active           whether the membership is active today (BPJS's own judgement)
 * @param statusText       BPJS's wording of the status, e.g. "AKTIF" or "TIDAK AKTIF"
 */
public record Participant(
        String cardNumber,
        String nik,
        String name,
        String sex,
        LocalDate birthDate,
        String participantClass,
        String participantType,
        String providerCode,
        String providerName,
        LocalDate validFrom,
        LocalDate validUntil,
        boolean active,
        String statusText) {
}
