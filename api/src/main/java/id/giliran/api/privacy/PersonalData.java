package id.giliran.api.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A personal field of an event (or of a record inside one): NIK, name, birth data, address, phone, BPJS
 * number, health or counseling content, free text about a person. It is stored only encrypted with the key
 * of the event's {@link DataSubject}, so destroying that key erases it everywhere ("crypto-shredding"); after
 * an erasure it reads {@link #ERASED} (text) or nothing (other types). Mark it here, once: the event
 * serializer does the rest, handlers never encrypt by hand.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface PersonalData {

    /** What an erased text field reads. */
    String ERASED = "[dihapus]";
}
