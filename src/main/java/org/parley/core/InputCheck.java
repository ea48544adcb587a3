package org.parley.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;

/**
 * Checks a mutation input's Bean Validation constraints and reports the first violation as
 * BAD_USER_INPUT with {@code extensions.field} (e.g. "evidence[0].quote"). Done explicitly
 * rather than by the method-validation interceptor, whose exception SmallRye GraphQL reports
 * in its own uncoded way.
 */
@ApplicationScoped
public class InputCheck {

    @Inject
    Validator validator;

    public <T> T valid(T input, String name) {
        if (input == null) {
            throw ParleyException.badField(name, "'" + name + "' is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            String field = first.getPropertyPath().toString();
            String others = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
            throw ParleyException.badField(field, "'" + field + "' " + first.getMessage() + others);
        }
        return input;
    }

    /** An optional text of an update input: null (keep the stored value) or not blank. */
    public static String givenNotBlank(String value, String field) {
        if (value != null && value.isBlank()) {
            throw ParleyException.badField(field, "'" + field + "' must not be blank");
        }
        return value;
    }
}
