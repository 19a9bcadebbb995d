package org.rolebook.roleprofile;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the role profile tables between tests that share an application context; the framework stays. */
public final class RoleProfileData {

    private static final String[] TABLES = {
        "grade_decision", "workflow_event", "role_profile_version", "role_profile", "app_user_school", "school"
    };

    private RoleProfileData() {}

    public static void clear(JdbcClient jdbc) {
        for (String table : TABLES) {
            jdbc.sql("delete from " + table).update();
        }
    }
}
