package id.giliran.api.bpjs;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/**
 * The clinics (poli) PCare knows for this FKTP, to map Giliran's clinics to PCare poli codes. Answered
 * with a {@link BpjsClinicsView}; BPJS's failures come explained, never as an exception.
 */
@Permitted(Role.ADMIN)
public record FindPcareClinicsQuery() {
}
