package id.giliran.api.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The component of an event that names whose personal data its {@link PersonalData} fields are: a patient's
 * id, an account's username. Exactly one per event that has personal fields.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface DataSubject {

    SubjectKind value();
}
