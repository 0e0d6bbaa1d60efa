package id.giliran.erasure.command;

import id.giliran.api.privacy.SubjectRef;
import id.giliran.privacy.PersonalDataKeys;
import org.springframework.stereotype.Component;

/** The key store's {@link PersonalDataKeys#eraseOnce}: a repeated or replayed destruction spares later keys. */
@Component
class StoredSubjectKeys implements SubjectKeys {

    private final PersonalDataKeys keys;

    StoredSubjectKeys(PersonalDataKeys keys) {
        this.keys = keys;
    }

    @Override
    public void destroy(SubjectRef subject) {
        keys.eraseOnce(subject);
    }
}
