package id.giliran.patient.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.identity.Usernames;
import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.NikCheck;
import id.giliran.api.patient.Niks;
import id.giliran.api.patient.PatientDetails;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimits;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Validates a patient's details and brings them into their one stored form. */
final class PatientRules {

    private static final Pattern BPJS_NUMBER = Pattern.compile("[0-9]{13}");
    private static final Pattern RT_RW = Pattern.compile("([0-9]{1,3})\\s*/\\s*([0-9]{1,3})");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.-]");

    private PatientRules() {
    }

    /** The details in stored form, or a {@link BusinessRuleViolation} naming the first rule broken. */
    static PatientDetails normalise(PatientDetails details, LocalDate today) {
        if (details == null) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a patient has details");
        }
        String name = text(details.name());
        if (name == null) {
            throw new BusinessRuleViolation(ErrorCode.PATIENT_NAME_REQUIRED, "a patient has a name");
        }
        TextLimits.require(TextLimit.PERSON_NAME, name);
        TextLimits.require(TextLimit.PLACE, details.birthPlace());
        TextLimits.require(TextLimit.ADDRESS, details.address());
        TextLimits.require(TextLimit.PLACE, details.kelurahan());
        TextLimits.require(TextLimit.PLACE, details.kecamatan());
        TextLimits.require(TextLimit.PLACE, details.kabupaten());
        TextLimits.require(TextLimit.OCCUPATION, details.occupation());
        TextLimits.require(TextLimit.ALLERGIES, details.allergies());
        String nik = Niks.normalise(details.nik());
        if (nik != null && !Niks.wellFormed(nik)) {
            throw new BusinessRuleViolation(ErrorCode.NIK_INVALID, "a NIK is 16 digits");
        }
        if (details.birthDate() == null) {
            throw new BusinessRuleViolation(ErrorCode.BIRTH_DATE_REQUIRED, "a patient has a birth date");
        }
        if (details.birthDate().isAfter(today)) {
            throw new BusinessRuleViolation(ErrorCode.BIRTH_DATE_IN_FUTURE,
                    "birth date " + details.birthDate() + " is after today, " + today);
        }
        if (details.sex() == null) {
            throw new BusinessRuleViolation(ErrorCode.SEX_REQUIRED, "a patient's sex is recorded");
        }
        String bpjsNumber = digits(details.bpjsNumber());
        if (bpjsNumber != null && !BPJS_NUMBER.matcher(bpjsNumber).matches()) {
            throw new BusinessRuleViolation(ErrorCode.BPJS_NUMBER_INVALID, "a BPJS card number is 13 digits");
        }
        String phone = text(details.phone());
        if (phone != null) {
            phone = Usernames.normalise(phone).filter(number -> number.startsWith("+62"))
                             .orElseThrow(() -> new BusinessRuleViolation(ErrorCode.PHONE_INVALID,
                                     "not an Indonesian phone number"));
        }
        String rtRw = text(details.rtRw());
        if (rtRw != null) {
            Matcher parts = RT_RW.matcher(rtRw);
            if (!parts.matches()) {
                throw new BusinessRuleViolation(ErrorCode.RT_RW_INVALID, "RT/RW is two numbers, e.g. 003/005");
            }
            rtRw = String.format("%03d/%03d", Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)));
        }
        return new PatientDetails(nik, name, text(details.birthPlace()), details.birthDate(), details.sex(),
                text(details.address()), rtRw, text(details.kelurahan()), text(details.kecamatan()),
                text(details.kabupaten()), phone, details.bloodType() == null ? BloodType.UNKNOWN : details.bloodType(),
                details.maritalStatus(), text(details.occupation()), text(details.allergies()), bpjsNumber);
    }

    /**
     * The officer's reason to record for accepting the NIK of normalised {@code details}: null when
     * there is no NIK or it agrees with the birth date and sex; the reason when it disagrees; a
     * NIK_BIRTH_DATE_MISMATCH refusal when it disagrees and no reason was given.
     */
    static String nikOverride(PatientDetails details, String reason) {
        if (details.nik() == null) {
            return null;
        }
        NikCheck check = Niks.check(details.nik(), details.birthDate(), details.sex());
        if (!check.needsOverride()) {
            return null;
        }
        String given = text(reason);
        if (given == null) {
            throw new BusinessRuleViolation(ErrorCode.NIK_BIRTH_DATE_MISMATCH,
                    "NIK and birth date or sex disagree (" + check + "); give a reason to accept it");
        }
        return given;
    }

    /** Stripped, inner runs of white space made one space; null for nothing. */
    static String text(String input) {
        if (input == null) {
            return null;
        }
        String text = input.strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? null : text;
    }

    private static String digits(String input) {
        if (input == null) {
            return null;
        }
        String digits = SEPARATORS.matcher(input).replaceAll("");
        return digits.isEmpty() ? null : digits;
    }
}
