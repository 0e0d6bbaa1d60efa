package id.giliran.registration.command;

import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

@Component
class RepositoryRegistrationNumbers implements RegistrationNumbers {

    private final Repository<RegistrationDay> days;

    RepositoryRegistrationNumbers(Repository<RegistrationDay> days) {
        this.days = days;
    }

    @Override
    public String next(LocalDate day, String registrationId) {
        try {
            return days.loadOrCreate(RegistrationDay.id(day), RegistrationDay::new)
                       .invoke(registrations -> registrations.allocate(day, registrationId));
        } catch (RuntimeException failure) {
            throw failure;
        } catch (Exception failure) {
            throw new IllegalStateException("cannot number the registrations of " + day, failure);
        }
    }
}
