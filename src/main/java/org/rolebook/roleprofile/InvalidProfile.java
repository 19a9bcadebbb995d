package org.rolebook.roleprofile;

import java.util.List;
import org.rolebook.framework.FieldProblem;

/** A role profile refused for the fields named; nothing was saved. */
public class InvalidProfile extends FieldProblem {

    private final List<FieldError> errors;

    public InvalidProfile(List<FieldError> errors) {
        super(errors.getFirst().field(), errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public List<Detail> details() {
        return errors.stream()
                .map(error -> new Detail(error.field(), error.message()))
                .toList();
    }
}
