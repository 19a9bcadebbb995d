package org.rolebook.roleprofile;

import java.util.List;
import org.rolebook.framework.CatalogueConflict;
import org.rolebook.framework.UnknownInCatalogue;
import org.rolebook.roleprofile.internal.SchoolStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The schools whose posts have role profiles: registering them, changing them, finding them. */
@Service
public class Schools {

    private final SchoolStore store;
    private final ProfileAudit audit;

    Schools(SchoolStore store, ProfileAudit audit) {
        this.store = store;
        this.audit = audit;
    }

    public List<School> all() {
        return store.all();
    }

    public School get(long id) {
        return store.byId(id).orElseThrow(() -> new UnknownInCatalogue("school", "no school with id " + id));
    }

    public School byUrn(String urn) {
        return store.byUrn(urn).orElseThrow(() -> new UnknownInCatalogue("school", "no school with URN " + urn));
    }

    /** Registers a school; a URN already registered is refused. */
    @Transactional
    public School add(NewSchool school) {
        if (store.byUrn(school.urn()).isPresent()) {
            throw new CatalogueConflict("urn", "a school with URN " + school.urn() + " is already registered");
        }
        School added = store.insert(school);
        audit.schoolRegistered(added);
        return added;
    }

    /** Changes a school's URN, name, phase or size; a URN another school has is refused. */
    @Transactional
    public School change(long id, NewSchool changed) {
        School before = get(id);
        store.byUrn(changed.urn()).filter(other -> other.id() != id).ifPresent(other -> {
            throw new CatalogueConflict("urn", "another school, " + other.name() + ", has URN " + changed.urn());
        });
        School after = store.update(id, changed);
        audit.schoolChanged(before, after);
        return after;
    }
}
