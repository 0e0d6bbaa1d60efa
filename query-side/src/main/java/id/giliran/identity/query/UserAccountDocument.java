package id.giliran.identity.query;

import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Set;

@Document("user_accounts")
record UserAccountDocument(@Id String username, String displayName, Set<Role> roles, boolean active,
                           Instant registeredAt) {

    UserView toView() {
        return new UserView(username, displayName, roles, active, registeredAt);
    }
}
