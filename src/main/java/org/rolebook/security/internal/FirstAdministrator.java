package org.rolebook.security.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.rolebook.security.NewUser;
import org.rolebook.security.Role;
import org.rolebook.security.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On an empty database, creates the administrator "admin": with the password from
 * ROLEBOOK_ADMIN_PASSWORD, or a random one printed once on the console with a note to change it.
 */
@Component
@ConditionalOnWebApplication
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Users users;
    private final String configured;

    FirstAdministrator(
            Users users, @Value("${rolebook.admin.password:${ROLEBOOK_ADMIN_PASSWORD:}}") String configured) {
        this.users = users;
        this.configured = configured;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createOnEmptyDatabase() {
        if (!users.none()) {
            return;
        }
        boolean generated = configured.isBlank();
        String password = generated ? random() : configured;
        try {
            users.add(new NewUser("admin", password, Role.HR_ADMIN, Set.of()));
        } catch (RuntimeException another) {
            log.info("The administrator was created by another instance at the same time");
            return;
        }
        if (generated) {
            System.out.printf(
                    "%n  Rolebook created the administrator \"admin\" with the password  %s%n"
                            + "  It is shown this once: sign in and change it (or set ROLEBOOK_ADMIN_PASSWORD before the first start).%n%n",
                    password);
        } else {
            log.info("Created the administrator \"admin\" with the password from ROLEBOOK_ADMIN_PASSWORD");
        }
    }

    private static String random() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
