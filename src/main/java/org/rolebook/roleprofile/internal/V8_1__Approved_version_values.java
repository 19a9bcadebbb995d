package org.rolebook.roleprofile.internal;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.rolebook.roleprofile.ApprovedValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 8.1: fills the approved values that V8 added from each approved version's content,
 * which only Java can read (it is JSON). Flyway takes it as a bean; its version and description
 * come from the class name, as Flyway's rules for Java migrations have it.
 */
@Component
class V8_1__Approved_version_values extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        ApprovedValues.fill(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
    }
}
