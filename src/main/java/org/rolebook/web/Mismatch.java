package org.rolebook.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** What is wrong with a parameter of the wrong kind, in words: for a choice, the choices there are. */
final class Mismatch {

    private Mismatch() {}

    static String message(MethodArgumentTypeMismatchException mismatch) {
        String given = "\"%s\" is not a valid value".formatted(mismatch.getValue());
        Class<?> type = mismatch.getRequiredType();
        if (type != null && type.isEnum()) {
            return given + "; it is one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(choice -> ((Enum<?>) choice).name())
                            .collect(Collectors.joining(", "));
        }
        return given;
    }
}
