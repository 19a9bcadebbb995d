package org.rolebook.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.audit.internal.AuditStore;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records changes and reads them back. A change is recorded in the transaction of the work it
 * describes, so that the two are kept, or lost, together. Nothing here changes or deletes an entry.
 */
@Service
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditStore store;
    private final Clock clock = Clock.systemUTC();
    private final String withoutUser;

    AuditLog(AuditStore store, ApplicationContext context) {
        this.store = store;
        this.withoutUser = context instanceof WebApplicationContext
                ? "Rolebook"
                : "command line (" + System.getProperty("user.name", "unknown") + ")";
    }

    @Transactional
    public void record(Change change) {
        store.insert(
                clock.instant(),
                clip(change.actor() != null ? change.actor() : actor(), 200),
                change.kind(),
                clip(change.action(), 100),
                clip(change.subject(), 300),
                change.summary() == null ? null : clip(change.summary(), 1000),
                json(change.before()),
                json(change.after()));
    }

    @Transactional(readOnly = true)
    public AuditPage find(AuditQuery query) {
        return store.find(query);
    }

    @Transactional(readOnly = true)
    public List<String> actors() {
        return store.actors();
    }

    /** The entries the query matches, oldest first, as CSV; no cell can start a spreadsheet formula. */
    @Transactional(readOnly = true)
    public void writeCsv(AuditQuery query, Writer out) throws IOException {
        AuditCsv.write(store, query, out);
    }

    /** Who is doing the work: the signed-in user or token holder, else Rolebook itself or the command line. */
    private String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() ? authentication.getName() : withoutUser;
    }

    private static @Nullable String json(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String text ? JSON.writeValueAsString(text) : JSON.writeValueAsString(value);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
