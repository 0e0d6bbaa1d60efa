package id.giliran.api.operations;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** Every event processor with its state; answered with a list of {@link EventProcessorView}. */
@Permitted({Role.ADMIN, Role.AUDITOR})
public record FindEventProcessorsQuery() {
}
