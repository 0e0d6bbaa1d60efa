package id.giliran.erasure.command;

import id.giliran.api.privacy.SubjectRef;

/** Destroys a data subject's key, once: what was sealed with it can never be read again. */
interface SubjectKeys {

    void destroy(SubjectRef subject);
}
