package id.giliran.identity.command;

import id.giliran.api.identity.AccountStanding;
import id.giliran.api.identity.FindAccountStandingQuery;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Sign-in's source of truth: an account's roles and activity loaded from the {@link UserAccount}
 * aggregate through its repository (its own events, through its own event-sourcing handlers), so a
 * deactivation counts at once, even while the "user-accounts" read model is behind, stopped or has
 * parked events.
 */
@Component
class AccountStandingQueries {

    private final Repository<UserAccount> accounts;

    AccountStandingQueries(Repository<UserAccount> accounts) {
        this.accounts = accounts;
    }

    @QueryHandler
    Optional<AccountStanding> handle(FindAccountStandingQuery query) throws Exception {
        if (query.username() == null || query.username().isBlank()) {
            return Optional.empty();
        }
        // a unit of work of its own: the repository loads (and locks) only inside one
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            try {
                return Optional.of(accounts.load(query.username()).invoke(UserAccount::standing));
            } catch (AggregateNotFoundException unknown) {
                return Optional.<AccountStanding>empty();
            }
        }).getPayload();
    }
}
